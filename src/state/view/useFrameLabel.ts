import { useEffect, useMemo } from "react";
import { frameTitle, scopeOf, type FrameLabel } from "../../model/frame/describe";
import { periodOf, type Period } from "../../model/frame/period";
import type { Model } from "../../model/dataset/graph";
import type { ViewState } from "./view";

/** One label for everything that states the view (captions, file names, the tab's title); the title follows it. */
export function useLabel(dataset: { id: string; title: string }, period: Period, scope: FrameLabel["scope"]): FrameLabel {
  const slug = JSON.stringify([dataset.id, dataset.title, period, scope]);
  // Identity follows the content, so captions and exports recompute only when what they state changes.
  const label = useMemo(() => ({ dataset, period, scope }), [slug]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    document.title = frameTitle(label);
  }, [label]);
  return label;
}

/** The label of a view of a curated dataset. */
export function useFrameLabel(model: Model, view: ViewState): FrameLabel {
  const meta = model.dataset.meta;
  return useLabel({ id: meta.id, title: meta.title }, periodOf(view), scopeOf(model, view));
}
