import { useCallback, useEffect, useRef, useState } from "react";
import { setSearch } from "./url";
import { searchFromView, viewFromSearch, type ViewDomain, type ViewState, type YearBounds } from "./view";

/** "push" makes a history entry (a discrete change: a selection, a filter); "replace" does not (dragging the slider). */
export type HistoryMode = "push" | "replace";
/** Sets the whole view (or derives it from the current one, as React's setState does). */
export type UpdateView = (next: ViewState | ((current: ViewState) => ViewState), mode?: HistoryMode) => void;

/**
 * View state initialised from the URL and written back to it, so every view can be shared; back/forward
 * restore it. While `hold` is set (playback) the URL is left alone and written once when it ends.
 */
export function useUrlView(defaults: ViewState, bounds: YearBounds, domain?: ViewDomain, hold = false): [ViewState, UpdateView] {
  const read = () => viewFromSearch(window.location.search, defaults, bounds, domain);
  const [view, setView] = useState(read);
  const current = useRef(view);
  current.current = view;
  const readRef = useRef(read);
  readRef.current = read;
  const holdRef = useRef(hold);
  holdRef.current = hold;

  useEffect(() => {
    // Normalise the URL once: invalid parameters are dropped, the window is always stated.
    setSearch(searchFromView(current.current, window.location.search));
    const onPop = () => setView(readRef.current());
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  useEffect(() => {
    if (hold) return;
    setSearch(searchFromView(current.current, window.location.search));
  }, [hold]);

  const update = useCallback<UpdateView>((nextOrUpdate, mode = "replace") => {
    const next = typeof nextOrUpdate === "function" ? nextOrUpdate(current.current) : nextOrUpdate;
    if (!holdRef.current) setSearch(searchFromView(next, window.location.search), mode);
    current.current = next;
    setView(next);
  }, []);

  return [view, update];
}
