import { yearOf } from "../time/dates";
import { EVENT_CLASSES } from "../events/cameo";
import type { EventTable } from "../events/table";
import { RELATION_CLASSES } from "../dataset/vocabulary";
import { sortRows, type PartnerCell, type PartnerGrid, type PartnerRow, type PartnerSort } from "./grid";
import { locate, periodStarts, yearPeriods } from "./periods";

/** Per entity, the ids of its events (as either actor), in id order, which is day order: a CSR index. */
export interface EntityEvents {
  offsets: Int32Array;
  ids: Int32Array;
}

/** Built once per table and actor mapping, in two passes over the events. */
export function eventsByEntity(table: EventTable, entityOf: Int32Array, entityCount: number): EntityEvents {
  const counts = new Int32Array(entityCount + 1);
  const each = (visit: (entity: number, id: number) => void) => {
    for (let i = 0; i < table.size; i++) {
      const s = entityOf[table.subject[i]];
      const o = entityOf[table.object[i]];
      if (s === o) continue; // one entity on both sides (after folding): no partner
      visit(s, i);
      visit(o, i);
    }
  };
  each((e) => counts[e + 1]++);
  for (let e = 1; e <= entityCount; e++) counts[e] += counts[e - 1];
  const offsets = counts.slice();
  const ids = new Int32Array(counts[entityCount]);
  const next = counts.slice(0, entityCount);
  each((e, id) => (ids[next[e]++] = id));
  return { offsets, ids };
}

const CLASS_OF_EVENT = EVENT_CLASSES.map((c) => RELATION_CLASSES.indexOf(c));

/**
 * An actor's partners by year in an event table: per partner and year (runs of quiet years merged,
 * as for a curated dataset), the events between the two by class. Reads only the actor's events.
 */
export function eventPartnerGrid(
  table: EventTable,
  entityOf: Int32Array,
  labels: readonly string[],
  index: EntityEvents,
  entity: number,
  lastYear: number,
  sort: PartnerSort = "first",
): PartnerGrid {
  const from = index.offsets[entity];
  const to = index.offsets[entity + 1];
  const busy = new Set<number>();
  for (let k = from; k < to; k++) busy.add(yearOf(table.day[index.ids[k]]));
  const periods = busy.size === 0 ? [] : yearPeriods(Math.min(...busy), Math.max(lastYear, ...busy), busy);
  const starts = periodStarts(periods);
  const rows = new Map<number, PartnerRow>();
  for (let k = from; k < to; k++) {
    const id = index.ids[k];
    const s = entityOf[table.subject[id]];
    const partner = s === entity ? entityOf[table.object[id]] : s;
    let row = rows.get(partner);
    if (!row) {
      row = { partner: String(partner), label: labels[partner], firstDay: table.day[id], total: 0, cells: new Array(periods.length).fill(undefined) };
      rows.set(partner, row);
    }
    row.total++;
    const i = locate(periods, starts, table.day[id]);
    const cell: PartnerCell = (row.cells[i] ??= {
      events: new Array<number>(RELATION_CLASSES.length).fill(0),
      states: new Array<number>(RELATION_CLASSES.length).fill(0),
      relations: [] as string[],
    });
    cell.events[CLASS_OF_EVENT[table.cls[id]]]++;
  }
  return { entity: String(entity), periods, rows: sortRows([...rows.values()], sort) };
}
