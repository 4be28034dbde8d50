import { useMemo } from "react";
import { EventAggregator, EventWindow, type AggregateChange, type AggregateCounts } from "../../model/events/aggregate";
import { compareAggregates } from "../../model/events/compare";
import type { EventTable } from "../../model/events/table";
import { asOfEventWindow, windowsFor, type ChangeMark } from "../../model/time/timeModes";
import { selectionOf } from "../view/useTimeView";
import type { ViewState } from "../view/view";

/** The aggregated events a view shows: one window's counts, or two windows compared with each edge's mark. */
export interface EventFrame {
  counts: AggregateCounts;
  marks?: ReadonlyMap<number, ChangeMark>;
  /** The events of an edge in view, in day order (both windows' in Compare). */
  eventsOf: (key: number) => number[];
  /** The aggregator of the (second) window: its unfiltered counts are what the filter toggles govern. */
  aggregator: EventAggregator;
  change: AggregateChange;
  /** When this step began (performance.now()), for the step measure. */
  started: number;
}

type TimeFields = Pick<ViewState, "from" | "to" | "fromMonth" | "toMonth" | "at" | "compare">;

/** The day windows of a view: the window, the 12 months up to the As of day, or those up to each compared day. */
function eventWindows(view: TimeFields): { first?: [number, number]; second: [number, number] } {
  const selection = selectionOf(view);
  if (selection.mode === "compare") {
    const a = asOfEventWindow(selection.from);
    const b = asOfEventWindow(selection.to);
    return { first: [a.first, a.last], second: [b.first, b.last] };
  }
  const w = windowsFor(selection).event;
  return { second: [w.first, w.last] };
}

const merged = (a: number[], b: number[]) => [...new Set([...a, ...b])].sort((x, y) => x - y);

/**
 * Keeps aggregators over the table as the view moves: each time step applies only the events entering and
 * leaving (O(changed)), with the filter applied as they enter, so filtered views step incrementally too.
 * A new filter or folding starts a new aggregator (once per such change, not per step).
 */
export function useEventFrame(table: EventTable, entityOf: Int32Array, entityCount: number, include: ((id: number) => boolean) | undefined, view: TimeFields): EventFrame {
  const comparing = view.compare !== undefined;
  const main = useMemo(() => new EventWindow(new EventAggregator(table, entityOf, entityCount, include)), [table, entityOf, entityCount, include]);
  const earlier = useMemo(() => (comparing ? new EventWindow(new EventAggregator(table, entityOf, entityCount, include)) : null), [comparing, table, entityOf, entityCount, include]);
  const { from, to, fromMonth, toMonth, at } = view;
  const compare = view.compare?.join(",");
  return useMemo(() => {
    const started = performance.now();
    const windows = eventWindows({ from, to, fromMonth, toMonth, at, compare: compare ? (compare.split(",") as [string, string]) : undefined });
    const change = main.moveTo(...windows.second);
    if (earlier && windows.first) {
      earlier.moveTo(...windows.first);
      const compared = compareAggregates(earlier.aggregator, main.aggregator);
      return { counts: compared, marks: compared.marks, eventsOf: (key: number) => merged(earlier.eventsOf(key), main.eventsOf(key)), aggregator: main.aggregator, change, started };
    }
    return { counts: main.aggregator, eventsOf: (key: number) => main.eventsOf(key), aggregator: main.aggregator, change, started };
  }, [main, earlier, from, to, fromMonth, toMonth, at, compare]);
}
