import { useRegisterEvents, useSigma } from "@react-sigma/core";
import { useEffect, useRef, useState } from "react";
import { loadArrangement, saveArrangement, type Arrangement } from "../../state/layout/arrangement";
import { fitToView } from "./camera";
import type { Positions } from "../../model/layout/layout";

/**
 * Entities can be dragged to arrange the picture before exporting it (the export draws the same graph). While
 * dragging, the camera stays put and the frame is fixed, so the rest of the graph does not move. Moved entities are
 * kept per dataset and layout (state/arrangement) and put back after the layout places the rest (so this controller
 * comes after LayoutController). "Reset positions" puts them back where the layout placed them.
 */
export function NodeDrag({ positions, dataset, layout }: { positions: Positions | null; dataset: string; layout: string }) {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();
  const dragged = useRef<string | null>(null);
  const [moved, setMoved] = useState<ReadonlySet<string>>(new Set());

  // The layout has placed every entity (LayoutController ran first): the arrangement kept for it, if any, goes back on top.
  useEffect(() => {
    if (!positions) return;
    const stale = sigma.getCustomBBox() !== null;
    sigma.setCustomBBox(null);
    const kept = loadArrangement(dataset, layout);
    const graph = sigma.getGraph();
    const nodes = Object.entries(kept?.nodes ?? {}).filter(([node]) => graph.hasNode(node));
    for (const [node, [x, y]] of nodes) graph.mergeNodeAttributes(node, { x, y });
    if (kept && nodes.length) sigma.setCustomBBox(kept.bbox);
    setMoved(new Set(nodes.map(([node]) => node)));
    // The layout framed itself under the previous arrangement's fixed frame: frame it again.
    if (stale) void fitToView(sigma);
  }, [sigma, positions, dataset, layout]);

  useEffect(() => {
    const stop = () => {
      const node = dragged.current;
      if (!node) return;
      dragged.current = null;
      sigma.getContainer().style.cursor = "";
      const bbox = sigma.getCustomBBox();
      if (!bbox) return;
      const kept: Arrangement = loadArrangement(dataset, layout) ?? { bbox, nodes: {} };
      const { x, y } = sigma.getGraph().getNodeAttributes(node);
      kept.nodes[node] = [x, y];
      saveArrangement(dataset, layout, kept);
    };
    registerEvents({
      downNode: ({ node, event }) => {
        // Fingers pinch and pan the graph (a pinch often starts on an entity): only a mouse drags entities.
        if ("touches" in event.original) return;
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
  }, [sigma, registerEvents, dataset, layout]);

  if (moved.size === 0 || !positions) return null;
  const reset = () => {
    const graph = sigma.getGraph();
    for (const node of moved) {
      const p = positions.get(node);
      if (p && graph.hasNode(node)) graph.mergeNodeAttributes(node, { x: p.x, y: p.y });
    }
    sigma.setCustomBBox(null);
    saveArrangement(dataset, layout, null);
    setMoved(new Set());
  };
  return (
    <button type="button" className="reset-positions" onClick={reset}>
      Reset positions
    </button>
  );
}
