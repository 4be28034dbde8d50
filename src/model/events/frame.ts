import type { ChangeMark, TimeSelection } from "../time/timeModes";
import { asOfEventWindow, windowsFor } from "../time/timeModes";
import { EventAggregator, EventWindow, type AggregateChange, type AggregateCounts } from "./aggregate";
import { compareAggregates } from "./compare";
import { egoAggregates } from "./ego";
import type { EventTable } from "./table";

/** The aggregated events a view shows: one window's counts, or two windows compared with each edge's mark. */
export interface EventFrame {
  /** What is in view: the window's (or compared windows') edges, narrowed to the ego view when one is set. */
  counts: AggregateCounts;
  marks?: ReadonlyMap<number, ChangeMark>;
  /** The events of an edge in view, in day order (both windows' in Compare). */
  eventsOf: (key: number) => number[];
  /** The aggregator of the (second) window: its unfiltered counts are what the filter toggles govern. */
  aggregator: EventAggregator;
  /** What the (second) window's step changed, before the ego view. */
  change: AggregateChange;
}

/** The entity in focus (index) and how many steps around it the view shows. */
export interface EventEgo {
  focus: number;
  hops: 1 | 2;
}

/** The day windows of a time selection: the window, the 12 months up to the As of day, or those up to each compared day. */
function eventWindows(selection: TimeSelection): { first?: [number, number]; second: [number, number] } {
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
 * Follows a view of an event table through time: each step applies only the events entering and leaving the
 * window (O(changed)), with the filter applied as they enter, so filtered views step incrementally too; the
 * ego view is then one pass over the edges in view. A new filter or folding is a new source.
 */
export class EventFrameSource {
  private readonly main: EventWindow;
  private earlier: EventWindow | null = null;

  constructor(
    private readonly table: EventTable,
    private readonly entityOf: Int32Array,
    private readonly entityCount: number,
    private readonly include?: (id: number) => boolean,
  ) {
    this.main = this.window();
  }

  private window(): EventWindow {
    return new EventWindow(new EventAggregator(this.table, this.entityOf, this.entityCount, this.include));
  }

  frame(selection: TimeSelection, ego?: EventEgo): EventFrame {
    const windows = eventWindows(selection);
    const change = this.main.moveTo(...windows.second);
    const narrowed = (counts: AggregateCounts) => (ego ? egoAggregates(counts, ego.focus, ego.hops) : counts);
    const main = this.main;
    if (!windows.first) {
      this.earlier = null;
      return { counts: narrowed(main.aggregator), eventsOf: (key) => main.eventsOf(key), aggregator: main.aggregator, change };
    }
    const earlier = (this.earlier ??= this.window());
    earlier.moveTo(...windows.first);
    const compared = compareAggregates(earlier.aggregator, main.aggregator);
    return { counts: narrowed(compared), marks: compared.marks, eventsOf: (key) => merged(earlier.eventsOf(key), main.eventsOf(key)), aggregator: main.aggregator, change };
  }
}
