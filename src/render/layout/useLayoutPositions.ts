import { useEffect, useMemo, useState } from "react";
import type { Model } from "../../model/dataset/graph";
import type { Layout } from "../../state/view/view";
import { layoutInput, WORKER_THRESHOLD, type Positions } from "../../model/layout/layout";
import { forceLayoutCode, loadForceLayoutCode } from "./forceLayoutCode";
import { LayoutDrafts } from "./layoutDrafts";

/**
 * Positions for the chosen layout, computed once per dataset and kept while the layout is switched. Null
 * while a large dataset's force layout is computed in a worker (meanwhile its drafts stream to `drafts`),
 * or while the map layout's or the force layout's code loads (neither is part of the first screen). `kept`:
 * the force layout that came with the dataset (a shipped one's), drawn as it is.
 */
export function useLayoutPositions(model: Model, layout: Layout, kept?: Positions): { positions: Positions | null; drafts: LayoutDrafts } {
  // Per graph, not per model: an edit patches the graph in place and places what it adds itself (DisplayFollower).
  const input = useMemo(() => layoutInput(model.graph), [model.graph]);
  const cache = useMemo(() => new Map<Layout, Positions>(kept ? [["force", kept]] : []), [model.graph]); // eslint-disable-line react-hooks/exhaustive-deps
  const drafts = useMemo(() => new LayoutDrafts(), [model.graph]);
  const large = input.nodes.length + input.edges.length > WORKER_THRESHOLD;
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (layout !== "force" || !large || cache.has("force")) return;
    const abort = new AbortController();
    // Only large datasets are laid out in the worker and kept: that code loads with the first of them.
    void import("./keptLayout").then(({ keptForceLayout }) => keptForceLayout(model.dataset.meta.id, input, abort.signal, (d) => !abort.signal.aborted && drafts.set(d))).then((positions) => {
      if (!positions || abort.signal.aborted) return;
      cache.set("force", positions);
      drafts.set(null);
      setArrived((n) => n + 1);
    });
    return () => {
      abort.abort();
      drafts.set(null);
    };
  }, [model.graph, layout, large, input, cache, drafts]);
  useEffect(() => {
    if (layout !== "map" || cache.has("map")) return;
    let live = true;
    void import("../map/mapLayout").then(({ mapLayout }) => {
      cache.set("map", mapLayout(model.dataset.entities, input.edges));
      if (live) setArrived((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [model.graph, layout, input, cache]);
  const code = forceLayoutCode();
  useEffect(() => {
    if (layout !== "force" || large || cache.has("force") || code) return;
    let live = true;
    void loadForceLayoutCode().then(() => live && setArrived((n) => n + 1));
    return () => {
      live = false;
    };
  }, [layout, large, cache, code]);
  if (layout === "force" && !large && !cache.has("force") && code) cache.set("force", code.forceLayoutOf(input));
  return { positions: cache.get(layout) ?? null, drafts };
}
