import { useEffect, useMemo, useState } from "react";
import type { Model } from "../../model/dataset/graph";
import type { Layout } from "../../state/view/view";
import { forceLayoutOf, layoutInput, WORKER_THRESHOLD, type Positions } from "../../model/layout/layout";
import { mapLayout } from "../map/mapLayout";
import { keptForceLayout } from "./keptLayout";

/**
 * Positions for the chosen layout, computed once per dataset and kept while the layout is switched.
 * Null while a large dataset's force layout is still being computed in a worker.
 */
export function useLayoutPositions(model: Model, layout: Layout): Positions | null {
  // Per graph, not per model: an edit patches the graph in place and places what it adds itself (DisplayFollower).
  const input = useMemo(() => layoutInput(model.graph), [model.graph]);
  const cache = useMemo(() => new Map<Layout, Positions>(), [model.graph]);
  const large = input.nodes.length + input.edges.length > WORKER_THRESHOLD;
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (layout !== "force" || !large || cache.has("force")) return;
    const abort = new AbortController();
    keptForceLayout(model.dataset.meta.id, input, abort.signal).then((positions) => {
      if (!positions || abort.signal.aborted) return;
      cache.set("force", positions);
      setArrived((n) => n + 1);
    });
    return () => abort.abort();
  }, [model.graph, layout, large, input, cache]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!cache.has(layout)) {
    if (layout === "map") cache.set("map", mapLayout(model.dataset.entities, input.edges));
    else if (!large) cache.set("force", forceLayoutOf(input));
  }
  return cache.get(layout) ?? null;
}
