import { useEffect, useState } from "react";
import { searchFromView, viewFromSearch, type ViewState, type YearBounds } from "./view";

/** View state initialised from the URL and written back to it, so every view can be shared. */
export function useUrlView(defaults: ViewState, bounds: YearBounds): [ViewState, (v: ViewState) => void] {
  const [view, setView] = useState(() => viewFromSearch(window.location.search, defaults, bounds));
  useEffect(() => {
    const search = searchFromView(view, window.location.search);
    if (search !== window.location.search) window.history.replaceState(null, "", search);
  }, [view]);
  return [view, setView];
}
