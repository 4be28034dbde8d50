import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from "@sigma/edge-curve";
import { MultiDirectedGraph } from "graphology";
import type { Model } from "../../model/dataset/graph";
import { runSteps, runStepsInSlices, SLICE, type Steps } from "../../model/dataset/slices";
import { circlePositions, type Positions } from "../../model/layout/layout";
import { CLASS_COLORS, drawnLabel, ENTITY_COLORS, nodeSize } from "../style/style";

export interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}

export interface EdgeDisplay {
  size: number;
  color: string;
  label: string;
  type: "arrow" | "curvedArrow";
  curvature: number;
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type DisplayGraph = MultiDirectedGraph<NodeDisplay, EdgeDisplay>;

/**
 * The graph sigma draws: every entity and relation with colours and labels cut to a drawable length; the window only hides. Entities
 * start at `positions` (the layout's, or a circle while it is computed); layouts move them in place.
 */
export function buildDisplayGraph(model: Model, initial: Positions | null): DisplayGraph {
  return runSteps(displaySteps(model, initial));
}

/** The same display graph, built a slice of relations at a time (see buildModelInSlices), drawn from the circle. */
export function buildDisplayGraphInSlices(model: Model, pause: (done: number, total: number) => Promise<void>): Promise<DisplayGraph> {
  return runStepsInSlices(displaySteps(model, null), model.graph.size, pause);
}

function* displaySteps(model: Model, initial: Positions | null): Steps<DisplayGraph> {
  const positions = initial ?? circlePositions(model.graph.nodes());
  const display: DisplayGraph = new MultiDirectedGraph();
  model.graph.forEachNode((id, { entity }) => {
    const { x, y } = positions.get(id)!;
    display.addNode(id, { x, y, size: nodeSize(model.graph.degree(id)), color: ENTITY_COLORS[entity.type], label: drawnLabel(entity.label) });
  });
  let added = 0;
  for (const { edge: id, attributes: attrs, source, target } of model.graph.edgeEntries()) {
    display.addDirectedEdgeWithKey(id, source, target, {
      size: attrs.kind === "state" ? 2.5 : 1.8,
      color: CLASS_COLORS[attrs.class],
      label: drawnLabel(attrs.relation.label),
      type: "arrow",
      curvature: 0,
    });
    if (++added % SLICE === 0) yield added;
  }
  // Parallel relations (several between the same two entities) each get their own curve.
  indexParallelEdgesIndex(display, { edgeIndexAttribute: "parallelIndex", edgeMaxIndexAttribute: "parallelMaxIndex" });
  yield added;
  display.forEachEdge((edge, { parallelIndex, parallelMaxIndex }) => {
    if (typeof parallelIndex !== "number" || parallelIndex === 0 || typeof parallelMaxIndex !== "number") return;
    display.mergeEdgeAttributes(edge, { type: "curvedArrow", curvature: curvatureFor(parallelIndex, parallelMaxIndex) });
  });
  return display;
}

/** Symmetric bends: the more parallel relations, the wider the fan, up to a bound so curves stay readable. */
export function curvatureFor(index: number, maxIndex: number): number {
  const widest = DEFAULT_EDGE_CURVATURE * Math.min(3, 1 + maxIndex / 2);
  return (widest * index) / Math.max(maxIndex, 1);
}
