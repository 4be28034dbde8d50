import { useMemo } from "react";
import { applyFilters, type Filter } from "../model/filters";
import type { Model } from "../model/graph";
import { parseDay, windowFromMonths, monthNumber, type TimeSelection } from "../model/timeModes";
import { ViewTracker, type ViewUpdate } from "../model/viewTracker";
import { windowFromYears } from "../model/window";
import type { ViewState } from "./view";

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

let filteredSeq = -1;

/**
 * The update with the filters applied. Filters (types, entity types, ego view) apply after the time
 * window; a filtered update says it has no base (negative seq), so the renderer syncs it in full.
 */
export function withFilters(model: Model, update: ViewUpdate, filters: Filter[]): ViewUpdate {
  if (filters.length === 0) return update;
  const contents = applyFilters(model, update.contents, filters);
  const marks = update.marks && new Map([...update.marks].filter(([id]) => contents.relations.has(id)));
  return { ...update, seq: --filteredSeq, base: -1, contents, marks };
}
