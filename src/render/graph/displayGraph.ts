import { DEFAULT_EDGE_CURVATURE } from "@sigma/edge-curve";
import { MultiDirectedGraph } from "graphology";
import type { EntenteGraph, Model, RelationAttributes } from "../../model/dataset/graph";
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
  model.graph.forEachNode((id) => display.addNode(id, { ...positions.get(id)!, ...nodeLook(model.graph, id) }));
  let added = 0;
  for (const { edge: id, attributes: attrs, source, target } of model.graph.edgeEntries()) {
    display.addDirectedEdgeWithKey(id, source, target, edgeLook(attrs));
    if (++added % SLICE === 0) yield added;
  }
  // Parallel relations (several between the same two entities) each get their own curve.
  yield* fanParallel(display);
  return display;
}

/**
 * indexParallelEdgesIndex (@sigma/edge-curve) and the curve it implies, a slice of relations at a time: the library's
 * one pass over a large graph held the main thread for seconds. Same attributes, in the same order of relations.
 */
function* fanParallel(display: DisplayGraph): Steps<void> {
  const between = new Map<string, Map<string, string[]>>();
  let seen = 0;
  for (const { edge, source, target } of display.edgeEntries()) {
    let from = between.get(source);
    if (!from) between.set(source, (from = new Map()));
    const edges = from.get(target);
    if (edges) edges.push(edge);
    else from.set(target, [edge]);
    if (++seen % SLICE === 0) yield seen;
  }
  let done = 0;
  for (const [source, from] of between) {
    for (const [target, edges] of from) {
      const directed = edges.length;
      const opposite = source === target ? 0 : (between.get(target)?.get(source)?.length ?? 0);
      edges.forEach((edge, i) => display.mergeEdgeAttributes(edge, fanned(i, directed, opposite)));
      if (Math.floor((done + directed) / SLICE) > Math.floor(done / SLICE)) yield done + directed;
      done += directed;
    }
  }
}

/** The i-th of `directed` relations from one entity to another, with `opposite` relations the other way. */
function fanned(i: number, directed: number, opposite: number): Partial<EdgeDisplay> & { parallelMinIndex?: number } {
  let index: EdgeDisplay["parallelIndex"];
  let maxIndex: EdgeDisplay["parallelMaxIndex"];
  let extra = {};
  if (directed === 1 && opposite === 0) index = maxIndex = null;
  else if (directed === 1) index = maxIndex = 1;
  else if (opposite === 0) {
    maxIndex = (directed - 1) / 2;
    index = -maxIndex + i;
    extra = { parallelMinIndex: -maxIndex };
  } else {
    index = i + 1;
    maxIndex = directed;
  }
  return { parallelIndex: index, parallelMaxIndex: maxIndex, ...extra, ...curveOf({ parallelIndex: index, parallelMaxIndex: maxIndex }) };
}

export const PARALLEL_ATTRIBUTES = { edgeIndexAttribute: "parallelIndex", edgeMaxIndexAttribute: "parallelMaxIndex" };

/** How an entity is drawn, but for its place: colour by type, size by its number of relations, its label cut to length. */
export function nodeLook(graph: EntenteGraph, id: string): Omit<NodeDisplay, "x" | "y"> {
  const { entity } = graph.getNodeAttributes(id);
  return { size: nodeSize(graph.degree(id)), color: ENTITY_COLORS[entity.type], label: drawnLabel(entity.label) };
}

/** How a relation is drawn before parallel relations are fanned out. */
export function edgeLook(attrs: RelationAttributes): EdgeDisplay {
  return { size: attrs.kind === "state" ? 2.5 : 1.8, color: CLASS_COLORS[attrs.class], label: drawnLabel(attrs.relation.label), type: "arrow", curvature: 0 };
}

/** A relation's curve from its place among parallel relations (none when alone or in the middle). */
export function curveOf({ parallelIndex, parallelMaxIndex }: Pick<EdgeDisplay, "parallelIndex" | "parallelMaxIndex">): Partial<EdgeDisplay> {
  if (typeof parallelIndex !== "number" || parallelIndex === 0 || typeof parallelMaxIndex !== "number") return {};
  return { type: "curvedArrow", curvature: curvatureFor(parallelIndex, parallelMaxIndex) };
}

/** Symmetric bends: the more parallel relations, the wider the fan, up to a bound so curves stay readable. */
function curvatureFor(index: number, maxIndex: number): number {
  const widest = DEFAULT_EDGE_CURVATURE * Math.min(3, 1 + maxIndex / 2);
  return (widest * index) / Math.max(maxIndex, 1);
}
