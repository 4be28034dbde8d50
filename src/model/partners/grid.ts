import type { Model } from "../dataset/graph";
import { RELATION_CLASSES } from "../dataset/vocabulary";
import type { RelationClass } from "../dataset/schema";
import { busyYears, locate, monthPeriods, periodStarts, yearPeriods, type Period } from "./periods";

/** What held or happened between an entity and one partner in one period, per relation class. */
export interface PartnerCell {
  /** Per class (RELATION_CLASSES order): events dated in the period. */
  events: number[];
  /** Per class: states that held at some time in the period. */
  states: number[];
  /** The relations counted, in date order. */
  relations: string[];
}

export interface PartnerRow {
  partner: string;
  label: string;
  /** First day of its first relation with the entity. */
  firstDay: number;
  /** Relations with the entity, all time. */
  total: number;
  /** One per period; undefined where nothing held or happened. */
  cells: (PartnerCell | undefined)[];
}

export interface PartnerGrid {
  entity: string;
  periods: Period[];
  rows: PartnerRow[];
}

export type PartnerSort = "first" | "activity";

/** The columns: the window's months when it is in months; otherwise the years from the entity's first relation to `lastYear`. */
export type GridColumns = { unit: "year"; lastYear: number } | { unit: "month"; fromMonth: number; toMonth: number };

interface Touch {
  id: string;
  partner: string;
  kind: "event" | "state";
  cls: number;
  first: number;
  last: number;
}

const CLASS_INDEX = new Map<RelationClass, number>(RELATION_CLASSES.map((c, i) => [c, i]));

/** The entity's relations, from the graph's per-entity edge lists (never a scan of all relations), in date order. */
function touches(model: Model, entity: string): Touch[] {
  const out: Touch[] = [];
  model.graph.forEachEdge(entity, (id, a, source, target) => {
    out.push({ id, partner: source === entity ? target : source, kind: a.kind, cls: CLASS_INDEX.get(a.class)!, first: a.first, last: a.last });
  });
  return out.sort((x, y) => x.first - y.first || x.last - y.last || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

export function gridPeriods(model: Model, entity: string, columns: GridColumns): Period[] {
  return periodsOf(touches(model, entity), columns);
}

function periodsOf(list: Touch[], columns: GridColumns): Period[] {
  if (columns.unit === "month") return monthPeriods(columns.fromMonth, columns.toMonth);
  if (list.length === 0) return [];
  const busy = busyYears(list);
  const min = Math.min(...busy);
  return yearPeriods(min, Math.max(columns.lastYear, Math.max(...busy)), busy);
}

/**
 * Partners × periods (given, or made from the columns asked for): each relation of the entity is added to the cells of the periods its span
 * overlaps (found by binary search), so the cost is the entity's relations times the periods each
 * covers, whatever the size of the dataset.
 */
export function partnerGrid(model: Model, entity: string, columns: Period[] | GridColumns, sort: PartnerSort = "first"): PartnerGrid {
  const list = touches(model, entity);
  const periods = Array.isArray(columns) ? columns : periodsOf(list, columns);
  const starts = periodStarts(periods);
  const rows = new Map<string, PartnerRow>();
  const n = periods.length;
  const classes = RELATION_CLASSES.length;
  const end = n > 0 ? periods[n - 1].last : -Infinity;
  const begin = n > 0 ? periods[0].first : Infinity;
  for (const t of list) {
    let row = rows.get(t.partner);
    if (!row) {
      row = { partner: t.partner, label: model.graph.getNodeAttribute(t.partner, "entity").label, firstDay: t.first, total: 0, cells: new Array(n).fill(undefined) };
      rows.set(t.partner, row);
    }
    row.total++;
    if (t.first > end || t.last < begin) continue;
    const i0 = locate(periods, starts, Math.max(t.first, begin));
    const i1 = locate(periods, starts, Math.min(t.last, end));
    for (let i = i0; i <= i1; i++) {
      const cell: PartnerCell = (row.cells[i] ??= { events: new Array<number>(classes).fill(0), states: new Array<number>(classes).fill(0), relations: [] as string[] });
      (t.kind === "event" ? cell.events : cell.states)[t.cls]++;
      cell.relations.push(t.id);
    }
  }
  return { entity, periods, rows: sortRows([...rows.values()], sort) };
}

/** By first appearance (then label), or by activity: relations all time, most first. */
export function sortRows(rows: PartnerRow[], sort: PartnerSort): PartnerRow[] {
  return rows.sort(
    sort === "activity" ? (a, b) => b.total - a.total || a.label.localeCompare(b.label) : (a, b) => a.firstDay - b.firstDay || a.label.localeCompare(b.label),
  );
}

/** "2 events (material conflict 1, verbal conflict 1); 1 state (structural)": a cell in words. */
export function describeCell(cell: PartnerCell | undefined, classLabels: Record<RelationClass, string>): string {
  if (!cell) return "nothing";
  const part = (counts: number[], one: string, many: string) => {
    const total = counts.reduce((a, b) => a + b, 0);
    if (total === 0) return undefined;
    const by = RELATION_CLASSES.map((c, i) => (counts[i] > 0 ? `${classLabels[c].toLowerCase()} ${counts[i]}` : "")).filter(Boolean);
    return `${total} ${total === 1 ? one : many} (${by.join(", ")})`;
  };
  return [part(cell.states, "state", "states"), part(cell.events, "event", "events")].filter(Boolean).join("; ");
}
