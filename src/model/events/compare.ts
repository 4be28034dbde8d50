import type { ChangeMark } from "../time/timeModes";
import type { AggregateCounts, AggregateEdge } from "./aggregate";

/**
 * Compare for an event table. Events are single days, so "what held on a day" is read as the As of view of
 * that day: the aggregate edges with events in the 12 months up to it. Comparing two days compares those two
 * windows: an edge active in the second but not the first **began**, in the first but not the second **ended**,
 * in both **held**. (There is no "came and went": an edge active only between the windows is in neither.)
 */
export interface ComparedAggregates extends AggregateCounts {
  marks: Map<number, ChangeMark>;
}

export function compareAggregates(first: AggregateCounts, second: AggregateCounts): ComparedAggregates {
  const edges = new Map<number, AggregateEdge>();
  const marks = new Map<number, ChangeMark>();
  // An edge is drawn with the events of the later window it is in: the second day's, or the first's if it ended.
  for (const [key, edge] of second.edges) {
    edges.set(key, edge);
    marks.set(key, first.edges.has(key) ? "held" : "began");
  }
  for (const [key, edge] of first.edges) {
    if (edges.has(key)) continue;
    edges.set(key, edge);
    marks.set(key, "ended");
  }
  // Sizes and the top-N threshold read the busier of the two windows, so an entity whose edges ended still counts.
  const activity = new Int32Array(first.activity.length);
  for (let i = 0; i < activity.length; i++) activity[i] = Math.max(first.activity[i], second.activity[i]);
  return { edges, activity, selfLoopEvents: Math.max(first.selfLoopEvents, second.selfLoopEvents), marks };
}
