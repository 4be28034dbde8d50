import { useRegisterEvents, useSigma } from "@react-sigma/core";
import { useEffect, useRef, useState } from "react";
import type { Positions } from "./layout";

/**
 * Entities can be dragged to arrange the picture before exporting it (the export draws the same graph). While
 * dragging, the camera stays put and the frame is fixed, so the rest of the graph does not move. "Reset positions"
 * puts the moved entities back where the layout placed them; a new layout does too.
 */
export function NodeDrag({ positions }: { positions: Positions | null }) {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();
  const dragged = useRef<string | null>(null);
  const [moved, setMoved] = useState<ReadonlySet<string>>(new Set());

  // A new layout places every entity again and frames it: nothing stays moved. (Runs before LayoutController's.)
  useEffect(() => {
    sigma.setCustomBBox(null);
    setMoved(new Set());
  }, [sigma, positions]);

  useEffect(() => {
    const stop = () => {
      if (!dragged.current) return;
      dragged.current = null;
      sigma.getContainer().style.cursor = "";
    };
    registerEvents({
      downNode: ({ node }) => {
        dragged.current = node;
        // The frame is computed from every position: fix it, or moving one entity would rescale the rest.
        if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
      },
      mousemovebody: (e) => {
        const node = dragged.current;
        if (!node) return;
        const { x, y } = sigma.viewportToGraph(e);
        sigma.getGraph().mergeNodeAttributes(node, { x, y });
        sigma.getContainer().style.cursor = "grabbing";
        setMoved((m) => (m.has(node) ? m : new Set(m).add(node)));
        // Moving an entity, not the camera; counted as a drag, so letting go is not a click that selects it.
        sigma.getMouseCaptor().draggedEvents++;
        e.preventSigmaDefault();
        e.original.preventDefault();
        e.original.stopPropagation();
      },
      mouseup: stop,
      mouseleave: stop,
    });
  }, [sigma, registerEvents]);

  if (moved.size === 0 || !positions) return null;
  const reset = () => {
    const graph = sigma.getGraph();
    for (const node of moved) {
      const p = positions.get(node);
      if (p && graph.hasNode(node)) graph.mergeNodeAttributes(node, { x: p.x, y: p.y });
    }
    sigma.setCustomBBox(null);
    setMoved(new Set());
  };
  return (
    <button type="button" className="reset-positions" onClick={reset}>
      Reset positions
    </button>
  );
}
