import forceAtlas2 from "graphology-layout-forceatlas2";
import type { AbstractGraph } from "graphology-types";

/**
 * Deterministic force layout over the whole dataset: nodes start on a circle in id order,
 * then ForceAtlas2 runs a fixed number of iterations. Same data, same picture, any window.
 */
export function forceLayout(graph: AbstractGraph, iterations = 300): Map<string, { x: number; y: number }> {
  const copy = graph.copy();
  const ids = copy.nodes().sort();
  ids.forEach((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(ids.length, 1);
    copy.mergeNodeAttributes(id, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  const settings = { ...forceAtlas2.inferSettings(copy), gravity: 1, scalingRatio: 10, barnesHutOptimize: copy.order > 2000 };
  forceAtlas2.assign(copy, { iterations, settings });
  return new Map(ids.map((id) => [id, { x: copy.getNodeAttribute(id, "x") as number, y: copy.getNodeAttribute(id, "y") as number }]));
}
