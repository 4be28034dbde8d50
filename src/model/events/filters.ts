import type { AggregateCounts, AggregateEdge } from "./aggregate";

/** What to show of the aggregated window: plain data, so it can live in the URL and be tested alone. */
export interface AggregateFilter {
  /** Edges with fewer events are hidden. */
  minCount: number;
  /** Only the N entities with most events in the window (and edges between them); undefined = all. */
  topN?: number;
}

export type EdgeWeight = "count" | "goldstein";

/** How an event view aggregates and thins its edges (URL `fold`, `width`, `min`, `top`). */
export interface EventViewSettings {
  fold: boolean;
  weight: EdgeWeight;
  minCount: number;
  /** undefined = every entity. */
  topN?: number;
}

/** Width of an edge: event count, or the magnitude of the summed Goldstein score. */
export function edgeWeight(edge: AggregateEdge, weight: EdgeWeight): number {
  return weight === "count" ? edge.count : Math.abs(edge.goldstein);
}

/** What the filter hides, so the legend and the exported image can say so. */
export interface HiddenCounts {
  edges: number;
  events: number;
  entities: number;
  /** Events whose two actors are one entity (e.g. domestic events once folded). */
  selfLoopEvents: number;
}

export interface VisibleAggregates {
  edges: AggregateEdge[];
  entities: number[];
  hidden: HiddenCounts;
}

/** Entity indices with activity, most active first (ties by index, so the order is stable). */
export function topEntities(activity: Int32Array, n: number): number[] {
  const active: number[] = [];
  for (let i = 0; i < activity.length; i++) if (activity[i] > 0) active.push(i);
  active.sort((a, b) => activity[b] - activity[a] || a - b);
  return active.slice(0, n);
}

export function visibleAggregates(agg: AggregateCounts, filter: AggregateFilter): VisibleAggregates {
  const top = filter.topN === undefined ? undefined : new Set(topEntities(agg.activity, filter.topN));
  const edges: AggregateEdge[] = [];
  const entities = new Set<number>();
  let hiddenEdges = 0;
  let hiddenEvents = 0;
  for (const edge of agg.edges.values()) {
    if (edge.count >= filter.minCount && (!top || (top.has(edge.source) && top.has(edge.target)))) {
      edges.push(edge);
      entities.add(edge.source);
      entities.add(edge.target);
    } else {
      hiddenEdges++;
      hiddenEvents += edge.count;
    }
  }
  let active = 0;
  for (let i = 0; i < agg.activity.length; i++) if (agg.activity[i] > 0) active++;
  return {
    edges,
    entities: [...entities].sort((a, b) => a - b),
    hidden: { edges: hiddenEdges, events: hiddenEvents, entities: active - entities.size, selfLoopEvents: agg.selfLoopEvents },
  };
}
