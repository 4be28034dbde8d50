import { useEffect, useState } from "react";
import { searchFromView, viewFromSearch, type ViewState, type YearBounds } from "./view";

/** View state initialised from the URL and written back to it, so every view can be shared. */
export function useUrlView(defaults: ViewState, bounds: YearBounds, hold = false): [ViewState, (v: ViewState) => void] {
  const [view, setView] = useState(() => viewFromSearch(window.location.search, defaults, bounds));
  useEffect(() => {
    // `hold` (playback) defers writing until it ends.
    if (hold) return;
    const search = searchFromView(view, window.location.search);
    if (search !== window.location.search) window.history.replaceState(null, "", search);
  }, [view, hold]);
  return [view, setView];
}
