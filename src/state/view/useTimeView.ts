import { useMemo } from "react";
import { FrameTracker } from "../../model/frame/tracker";
import type { Model } from "../../model/dataset/graph";
import { parseDay, windowFromMonths, monthNumber, type TimeSelection } from "../../model/time/timeModes";
import { ViewTracker, type ViewUpdate } from "../../model/frame/viewTracker";
import { windowFromYears } from "../../model/time/window";
import { filtersOf, type ViewState } from "./view";

/** The time selection a view state stands for: compare, as of, or the from–to window. */
export function selectionOf(view: Pick<ViewState, "from" | "to" | "fromMonth" | "toMonth" | "at" | "compare">): TimeSelection {
  if (view.compare) return { mode: "compare", from: parseDay(view.compare[0])!, to: parseDay(view.compare[1])! };
  if (view.at) return { mode: "asof", day: parseDay(view.at)! };
  if (view.fromMonth !== undefined && view.toMonth !== undefined) {
    return { mode: "window", window: windowFromMonths(monthNumber(view.from, view.fromMonth), monthNumber(view.to, view.toMonth)) };
  }
  return { mode: "window", window: windowFromYears(view.from, view.to) };
}

/**
 * What is in view, through the time index: each change of the view yields an update holding what
 * entered and left since the previous one. `include` is the filter on relations (stable identity).
 */
export function useTimeView(model: Model, view: ViewState, include?: (relationId: string) => boolean): ViewUpdate {
  const tracker = useMemo(() => new ViewTracker(model), [model]);
  const { from, to, fromMonth, toMonth, at } = view;
  const compare = view.compare?.join(",");
  return useMemo(
    () => tracker.update(selectionOf({ from, to, fromMonth, toMonth, at, compare: compare ? (compare.split(",") as [string, string]) : undefined }), include),
    [tracker, from, to, fromMonth, toMonth, at, compare, include],
  );
}

/**
 * What is in view with the view's filters (types, entity types, ego view) applied, and the same period
 * unfiltered (`inTime`, which the filter counts are of). Filtered or not, each update says what entered
 * and left since the previous one, so a time step refreshes only that.
 */
export function useFilteredView(model: Model, view: ViewState): { update: ViewUpdate; inTime: ViewUpdate } {
  // One tracker per graph: an edit patches the graph and gives a new model, which the tracker catches up with.
  const tracker = useMemo(() => {
    const started = performance.now();
    const built = new FrameTracker(model);
    // Named so a test can count the builds: at 100k relations one costs tens of milliseconds.
    performance.measure("entente:time-index", { start: started });
    return built;
  }, [model.graph]); // eslint-disable-line react-hooks/exhaustive-deps
  const { from, to, fromMonth, toMonth, at, types, entityTypes, focus, hops } = view;
  const compare = view.compare?.join(",");
  return useMemo(() => {
    tracker.catchUp(model);
    const selection = selectionOf({ from, to, fromMonth, toMonth, at, compare: compare ? (compare.split(",") as [string, string]) : undefined });
    return tracker.update(selection, filtersOf({ from, to, layout: "force", types, entityTypes, focus, hops }));
  }, [tracker, model, from, to, fromMonth, toMonth, at, compare, types, entityTypes, focus, hops]);
}
