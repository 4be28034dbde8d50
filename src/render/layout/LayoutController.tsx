import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { fitToView } from "../graph/camera";
import type { Positions } from "../../model/layout/layout";

/** Moves entities to the chosen layout's positions in place (same renderer, same window) and frames them. */
export function LayoutController({ positions, onBusy }: { positions: Positions | null; onBusy: (busy: boolean) => void }) {
  const sigma = useSigma();
  useEffect(() => {
    if (!positions) return;
    onBusy(true);
    sigma.getGraph().updateEachNodeAttributes(
      (node, attrs) => {
        const p = positions.get(node);
        return p ? { ...attrs, x: p.x, y: p.y } : attrs;
      },
      { attributes: ["x", "y"] },
    );
    void fitToView(sigma);
    // fitToView drew synchronously; the next frame is the one with the fitted camera.
    const placed = () => onBusy(false);
    sigma.once("afterRender", placed);
    return () => {
      sigma.off("afterRender", placed);
    };
  }, [sigma, positions, onBusy]);
  return null;
}
