import { useEffect, useMemo, useState } from "react";
import type { Model } from "../model/graph";
import type { Layout } from "../state/view";
import { forceLayoutOf, layoutInput, unpackPositions, WORKER_THRESHOLD, type LayoutInput, type PackedPositions, type Positions } from "./layout";
import { mapLayout } from "./mapLayout";

/** Runs the force layout in a web worker; resolves with the same positions as forceLayoutOf. */
export function forceLayoutInWorker(input: LayoutInput, signal?: AbortSignal): Promise<Positions> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
    const stop = () => worker.terminate();
    signal?.addEventListener("abort", stop);
    worker.onmessage = (e: MessageEvent<PackedPositions>) => {
      stop();
      resolve(unpackPositions(e.data));
    };
    worker.onerror = (e) => {
      stop();
      reject(new Error(`Layout worker failed: ${e.message}`));
    };
    worker.postMessage(input);
  });
}

/**
 * Positions for the chosen layout, computed once per dataset and kept while the layout is switched.
 * Null while a large dataset's force layout is still being computed in a worker.
 */
export function useLayoutPositions(model: Model, layout: Layout): Positions | null {
  const input = useMemo(() => layoutInput(model.graph), [model]);
  const cache = useMemo(() => new Map<Layout, Positions>(), [model]);
  const large = input.nodes.length + input.edges.length > WORKER_THRESHOLD;
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (layout !== "force" || !large || cache.has("force")) return;
    const abort = new AbortController();
    forceLayoutInWorker(input, abort.signal).then(
      (positions) => {
        cache.set("force", positions);
        setArrived((n) => n + 1);
      },
      (e: unknown) => {
        // A worker that cannot start (old browser, strict policy) must not leave the graph empty.
        console.error(e);
        if (abort.signal.aborted) return;
        cache.set("force", forceLayoutOf(input));
        setArrived((n) => n + 1);
      },
    );
    return () => abort.abort();
  }, [layout, large, input, cache]);
  if (!cache.has(layout)) {
    if (layout === "map") cache.set("map", mapLayout(model.dataset.entities, input.edges));
    else if (!large) cache.set("force", forceLayoutOf(input));
  }
  return cache.get(layout) ?? null;
}
