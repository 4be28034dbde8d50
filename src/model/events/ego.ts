import type { AggregateCounts, AggregateEdge } from "./aggregate";

/**
 * The ego view of an event table, as the curated view's (`applyFilter`, kind "ego"): the entity in focus, the
 * entities within `hops` aggregated edges of it (either direction), and the edges among them. An entity with
 * no edge in view leaves nothing in view. Sizes and the top-N threshold then read the events on those edges,
 * so an entity's size means its events in this view, not in the whole window.
 */
export function egoAggregates(counts: AggregateCounts, focus: number, hops: 1 | 2): AggregateCounts {
  // One pass over the edges in view, as the thresholds make after it: a step stays O(edges in the window).
  const links = new Map<number, number[]>();
  const link = (a: number, b: number) => {
    const list = links.get(a);
    if (list) list.push(b);
    else links.set(a, [b]);
  };
  for (const e of counts.edges.values()) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const near = new Set([focus]);
  let frontier = [focus];
  for (let step = 0; step < hops; step++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (const other of links.get(node) ?? []) {
        if (near.has(other)) continue;
        near.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  const edges = new Map<number, AggregateEdge>();
  const activity = new Int32Array(counts.activity.length);
  if (near.size > 1) {
    for (const [key, e] of counts.edges) {
      if (!near.has(e.source) || !near.has(e.target)) continue;
      edges.set(key, e);
      activity[e.source] += e.count;
      activity[e.target] += e.count;
    }
  }
  // Events within one entity are never drawn, and an ego view is of the ties between entities: none to report.
  return { edges, activity, selfLoopEvents: 0 };
}
