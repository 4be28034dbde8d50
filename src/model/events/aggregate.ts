import { lowerBound, rangeDiff, rangeOfWindow, type IdRange } from "./dayIndex";
import type { EventTable } from "./table";

/**
 * Many events between two entities become one edge per (source, target, class) for the window in view.
 * Counters per edge and per entity are updated with the events entering and leaving the window, so a
 * window step costs O(events changed), not O(events).
 */

export interface AggregateEdge {
  key: number;
  source: number;
  target: number;
  /** Index into EVENT_CLASSES. */
  cls: number;
  count: number;
  /** Sum of the events' Goldstein scores. */
  goldstein: number;
}

/** Edge keys that appeared, disappeared, or changed their counts: what a renderer refreshes. */
export interface AggregateChange {
  added: number[];
  removed: number[];
  changed: number[];
}

export function edgeKey(source: number, target: number, cls: number, entityCount: number): number {
  return (source * entityCount + target) * 4 + cls;
}

/** What the thresholds and the picture read of an aggregation: one window's, or two compared (see compare.ts). */
export interface AggregateCounts {
  readonly edges: ReadonlyMap<number, AggregateEdge>;
  readonly activity: Int32Array;
  readonly selfLoopEvents: number;
}

export class EventAggregator implements AggregateCounts {
  readonly edges = new Map<number, AggregateEdge>();
  /** Events in the window touching each entity (a self-loop counts once), of those the filter keeps. */
  readonly activity: Int32Array;
  eventsInWindow = 0;
  /** Events in the window whose two actors are one entity (e.g. after folding): not drawn, but counted. */
  selfLoopEvents = 0;
  /** Every event in the window, kept by the filter or not: per CAMEO root (index 1–20) and per entity (what the filter toggles count). */
  readonly rootCounts = new Int32Array(21);
  readonly allActivity: Int32Array;
  /** Per event: its edge key, or -1 for a self-loop. */
  private readonly keys: Float64Array;
  private byEdge?: Map<number, number[]>;

  constructor(
    readonly table: EventTable,
    /** Actor index → entity index (detailed or folded). */
    readonly entityOf: Int32Array,
    readonly entityCount: number,
    /** Which events count (CAMEO root and entity type filters); absent = all. Fixed for the aggregator's life, so a time step stays O(changed). */
    readonly include?: (id: number) => boolean,
  ) {
    this.activity = new Int32Array(entityCount);
    this.allActivity = new Int32Array(entityCount);
    this.keys = new Float64Array(table.size);
    for (let i = 0; i < table.size; i++) {
      const s = entityOf[table.subject[i]];
      const t = entityOf[table.object[i]];
      this.keys[i] = s === t ? -1 : edgeKey(s, t, table.cls[i], entityCount);
    }
  }

  private touch(touched: Map<number, boolean>, key: number): void {
    if (!touched.has(key)) touched.set(key, this.edges.has(key));
  }

  private apply(id: number, sign: 1 | -1, touched: Map<number, boolean>): void {
    const t = this.table;
    const s = this.entityOf[t.subject[id]];
    const o = this.entityOf[t.object[id]];
    this.rootCounts[t.root[id]] += sign;
    this.allActivity[s] += sign;
    if (o !== s) this.allActivity[o] += sign;
    if (this.include && !this.include(id)) return;
    this.eventsInWindow += sign;
    this.activity[s] += sign;
    const key = this.keys[id];
    if (key < 0) {
      this.selfLoopEvents += sign;
      return;
    }
    this.activity[o] += sign;
    this.touch(touched, key);
    let edge = this.edges.get(key);
    if (!edge) {
      edge = { key, source: s, target: o, cls: t.cls[id], count: 0, goldstein: 0 };
      this.edges.set(key, edge);
    }
    edge.count += sign;
    edge.goldstein += sign * t.goldstein[id];
    if (edge.count === 0) this.edges.delete(key);
  }

  private changes(touched: Map<number, boolean>): AggregateChange {
    const change: AggregateChange = { added: [], removed: [], changed: [] };
    for (const [key, existed] of touched) {
      const exists = this.edges.has(key);
      if (existed && exists) change.changed.push(key);
      else if (exists) change.added.push(key);
      else if (existed) change.removed.push(key);
    }
    return change;
  }

  /** The time index's interface: ids of events that entered and left the window. */
  applyDiff(entered: ArrayLike<number>, left: ArrayLike<number>): AggregateChange {
    const touched = new Map<number, boolean>();
    for (let i = 0; i < left.length; i++) this.apply(left[i], -1, touched);
    for (let i = 0; i < entered.length; i++) this.apply(entered[i], 1, touched);
    return this.changes(touched);
  }

  /** The same for contiguous id ranges (what the day index yields), without building id lists. */
  applyRanges(entered: IdRange[], left: IdRange[]): AggregateChange {
    const touched = new Map<number, boolean>();
    for (const [lo, hi] of left) for (let i = lo; i < hi; i++) this.apply(i, -1, touched);
    for (const [lo, hi] of entered) for (let i = lo; i < hi; i++) this.apply(i, 1, touched);
    return this.changes(touched);
  }

  /** The events behind an edge whose ids lie in [lo, hi), in day order (for the tooltip and panel). */
  eventsOf(key: number, lo: number, hi: number): number[] {
    if (!this.byEdge) {
      this.byEdge = new Map();
      for (let i = 0; i < this.table.size; i++) {
        const k = this.keys[i];
        if (k < 0 || (this.include && !this.include(i))) continue;
        const list = this.byEdge.get(k);
        if (list) list.push(i);
        else this.byEdge.set(k, [i]);
      }
    }
    const list = this.byEdge.get(key) ?? [];
    const from = lowerBound(list, lo);
    return list.slice(from, lowerBound(list, hi, from));
  }
}

/** A moving window of days over an event table, keeping an aggregator up to date. */
export class EventWindow {
  range: IdRange = [0, 0];
  constructor(readonly aggregator: EventAggregator) {}

  moveTo(firstDay: number, lastDay: number): AggregateChange {
    const next = rangeOfWindow(this.aggregator.table.day, firstDay, lastDay);
    const { entered, left } = rangeDiff(this.range, next);
    this.range = next;
    return this.aggregator.applyRanges(entered, left);
  }

  eventsOf(key: number): number[] {
    return this.aggregator.eventsOf(key, this.range[0], this.range[1]);
  }
}
