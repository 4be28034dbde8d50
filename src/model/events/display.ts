import { yearEnd, yearOf, yearStart } from "../time/dates";
import type { Entity, EntityType, RelationClass } from "../dataset/schema";
import type { SnapshotText } from "../frame/snapshot";
import { CHANGE_MARKS, type ChangeMark } from "../time/timeModes";
import { EVENT_CLASSES } from "./cameo";
import { EventAggregator, EventWindow } from "./aggregate";
import { edgeWeight, type EdgeWeight, type VisibleAggregates } from "./filters";
import { edgeWidth } from "./present";
import type { EventTable } from "./table";

/**
 * What the event view draws, as plain data: which aggregated edges and entities are shown, at what
 * width and size. A window step compares the new picture with the one drawn and the renderer refreshes
 * only the entries that differ.
 */

/** The busiest edge and entity of any single year: widths and sizes are scaled against them, so they mean the same in every window. */
export interface EventScale {
  count: number;
  goldstein: number;
  activity: number;
}

/** One pass over the table, a year at a time (the window moved year by year: O(events) in all). */
export function yearlyScale(table: EventTable, entityOf: Int32Array, entityCount: number): EventScale {
  const scale: EventScale = { count: 1, goldstein: 1, activity: 1 };
  if (table.size === 0) return scale;
  const window = new EventWindow(new EventAggregator(table, entityOf, entityCount));
  for (let y = yearOf(table.day[0]); y <= yearOf(table.day[table.size - 1]); y++) {
    window.moveTo(yearStart(y), yearEnd(y));
    for (const e of window.aggregator.edges.values()) {
      scale.count = Math.max(scale.count, edgeWeight(e, "count"));
      scale.goldstein = Math.max(scale.goldstein, edgeWeight(e, "goldstein"));
    }
    for (const a of window.aggregator.activity) scale.activity = Math.max(scale.activity, a);
  }
  return scale;
}

/** The ends and class of an edge key (the inverse of `edgeKey`). */
export function edgeEnds(key: number, entityCount: number): { source: number; target: number; cls: number } {
  const pair = Math.floor(key / 4);
  return { source: Math.floor(pair / entityCount), target: pair % entityCount, cls: key % 4 };
}

/** Shown edges (key → width) and entities (index → size); in Compare, each edge's change mark (its colour). */
export interface ShownEvents {
  edges: Map<number, number>;
  entities: Map<number, number>;
  marks?: ReadonlyMap<number, ChangeMark>;
}

/** Node size by events in the window, square root so one busy actor does not dwarf the rest. */
export function entitySize(activity: number, scale: number, min = 4, max = 24): number {
  return Math.min(max, min + (max - min) * Math.sqrt(activity / Math.max(scale, 1)));
}

export function shownEvents(visible: VisibleAggregates, activity: Int32Array, weight: EdgeWeight, scale: EventScale, marks?: ReadonlyMap<number, ChangeMark>): ShownEvents {
  const maxWeight = weight === "count" ? scale.count : scale.goldstein;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    edges: new Map(visible.edges.map((e) => [e.key, round(Math.min(12, edgeWidth(e, weight, maxWeight)))])),
    entities: new Map(visible.entities.map((i) => [i, round(entitySize(activity[i], scale.activity))])),
    ...(marks ? { marks } : {}),
  };
}

/** Keys shown before or now whose presence or look differs: all the renderer refreshes. */
export function shownDiff(before: ShownEvents, now: ShownEvents): { edges: number[]; entities: number[] } {
  const differ = (a: Map<number, number>, b: Map<number, number>, markOf?: (k: number) => boolean) => {
    const out: number[] = [];
    for (const [k, v] of b) if (a.get(k) !== v || markOf?.(k)) out.push(k);
    for (const k of a.keys()) if (!b.has(k)) out.push(k);
    return out;
  };
  // A changed mark recolours an edge even when its width stays.
  const markMoved = before.marks || now.marks ? (k: number) => before.marks?.get(k) !== now.marks?.get(k) : undefined;
  return { edges: differ(before.edges, now.edges, markMoved), entities: differ(before.entities, now.entities) };
}

/** Bends per class, so an edge of each class (and its reverse, which bends the other way) stays apart. */
export function classCurvature(cls: number): number {
  return 0.12 + 0.12 * cls;
}

/**
 * What the layout places: every entity, linked to those it has events with (over all time) and, for a
 * sector actor, to its country, so sectors settle around their country and folding never moves anyone.
 */
export function layoutLinks(table: EventTable, detailed: Int32Array, folded: Int32Array, ids: readonly string[]): { nodes: string[]; edges: [string, string][] } {
  const seen = new Set<number>();
  const edges: [string, string][] = [];
  const link = (a: number, b: number) => {
    if (a === b) return;
    const k = a < b ? a * ids.length + b : b * ids.length + a;
    if (seen.has(k)) return;
    seen.add(k);
    edges.push([ids[a], ids[b]]);
  };
  for (let i = 0; i < table.size; i++) link(detailed[table.subject[i]], detailed[table.object[i]]);
  for (let a = 0; a < detailed.length; a++) link(detailed[a], folded[a]);
  return { nodes: [...ids], edges };
}

/** What the exported image and the legend state: the caption (the frame's), the colours in use, the file, and what is hidden. */
export function eventSnapshotText(caption: string, file: string, visible: VisibleAggregates, entities: readonly Entity[], hidden: string, marks?: ReadonlyMap<number, ChangeMark>): SnapshotText {
  const types = new Set<EntityType>(visible.entities.map((i) => entities[i].type));
  // In Compare the edges are drawn in their change colours, so the legend names those instead of the classes.
  const classes = new Set<RelationClass>(marks ? [] : visible.edges.map((e) => EVENT_CLASSES[e.cls]));
  const changes = new Set(marks ? visible.edges.map((e) => marks.get(e.key)) : []);
  const events = visible.edges.reduce((n, e) => n + e.count, 0);
  return {
    caption,
    attribution: `Source: ${file} (${events.toLocaleString("en-US")} events drawn, one edge per source, target and class)`,
    entityTypes: [...types].sort(),
    classes: [...classes].sort(),
    ...(marks ? { changes: CHANGE_MARKS.filter((m) => changes.has(m)) } : {}),
    ...(hidden ? { note: hidden } : {}),
  };
}
