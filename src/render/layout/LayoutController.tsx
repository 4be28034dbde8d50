import { useSigma } from "@react-sigma/core";
import type { AbstractGraph } from "graphology-types";
import { useEffect } from "react";
import { fitToView } from "../graph/camera";
import type { Positions } from "../../model/layout/layout";

/** Puts entities where `positions` has them (those it lacks stay). */
export function placeEntities(graph: AbstractGraph, positions: Positions): void {
  graph.updateEachNodeAttributes(
    (node, attrs) => {
      const p = positions.get(node);
      return p ? { ...attrs, x: p.x, y: p.y } : attrs;
    },
    { attributes: ["x", "y"] },
  );
}

/**
 * Moves entities to the chosen layout's positions in place (same renderer, same window) and frames them. A draft
 * of a converging layout only moves them: sigma redraws once, framing the graph's extent as it does on every
 * reindexing, and the label-aware framing waits for the layout's own positions.
 */
export function LayoutController({ positions, draft = false, onBusy }: { positions: Positions | null; draft?: boolean; onBusy: (busy: boolean) => void }) {
  const sigma = useSigma();
  useEffect(() => {
    if (!positions) return;
    const move = () => placeEntities(sigma.getGraph(), positions);
    if (draft) return void move();
    onBusy(true);
    move();
    void fitToView(sigma);
    // fitToView drew synchronously; the next frame is the one with the fitted camera.
    const placed = () => onBusy(false);
    sigma.once("afterRender", placed);
    return () => {
      sigma.off("afterRender", placed);
    };
  }, [sigma, positions, draft, onBusy]);
  return null;
}
