import { useEffect, useMemo, useState } from "react";
import type { Model } from "../model/graph";
import type { Layout } from "../state/view";
import { forceLayoutOf, layoutInput, WORKER_THRESHOLD, type Positions } from "./layout";
import { mapLayout } from "./mapLayout";
import { keptForceLayout, type LayoutDraft } from "./keptLayout";

/** The positions to draw: the layout's, or the latest draft while a large layout converges (null before the first). */
export interface LayoutPositions {
  positions: Positions | null;
  /** How far the layout shown has come, while it is a draft. */
  converging: { done: number; total: number } | null;
}

/**
 * Positions for the chosen layout, computed once per dataset and kept while the layout is switched.
 * A large dataset's force layout is computed in a worker and streams into view as it converges.
 */
export function useLayoutPositions(model: Model, layout: Layout): LayoutPositions {
  const input = useMemo(() => layoutInput(model.graph), [model]);
  const cache = useMemo(() => new Map<Layout, Positions>(), [model]);
  const large = input.nodes.length + input.edges.length > WORKER_THRESHOLD;
  const [draft, setDraft] = useState<LayoutDraft | null>(null);
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (layout !== "force" || !large || cache.has("force")) return;
    const abort = new AbortController();
    keptForceLayout(model.dataset.meta.id, input, abort.signal, (d) => !abort.signal.aborted && setDraft(d)).then((positions) => {
      if (!positions || abort.signal.aborted) return;
      cache.set("force", positions);
      setDraft(null);
      setArrived((n) => n + 1);
    });
    return () => {
      abort.abort();
      setDraft(null);
    };
  }, [model, layout, large, input, cache]);
  if (!cache.has(layout)) {
    if (layout === "map") cache.set("map", mapLayout(model.dataset.entities, input.edges));
    else if (!large) cache.set("force", forceLayoutOf(input));
  }
  const positions = cache.get(layout);
  if (positions) return { positions, converging: null };
  return layout === "force" && draft ? { positions: draft.positions, converging: { done: draft.done, total: draft.total } } : { positions: null, converging: null };
}
