import { MultiDirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { AbstractGraph } from "graphology-types";

export type Positions = Map<string, { x: number; y: number }>;

/** What the force layout needs of a graph: plain data, so it can be posted to a worker. */
export interface LayoutInput {
  nodes: string[];
  edges: Array<[string, string]>;
  /** Fewer than the default 300 for graphs too large to settle in time (event tables). */
  iterations?: number;
}

/** Above this many entities plus relations the force layout runs in a web worker. */
export const WORKER_THRESHOLD = 2000;

export function layoutInput(graph: AbstractGraph): LayoutInput {
  return { nodes: graph.nodes(), edges: graph.mapEdges((_e, _a, source, target) => [source, target] as [string, string]) };
}

/**
 * Deterministic force layout over the whole dataset: nodes start on a circle in id order,
 * then ForceAtlas2 runs a fixed number of iterations. Same data, same picture, any window;
 * the worker runs this very function, so both paths give the same positions.
 */
/**
 * ForceAtlas2's iterations for a graph: 300 up to 20,000 entities plus relations, then fewer in
 * proportion (never under 60), so a 50k-relation import is laid out in seconds rather than a minute.
 */
export function iterationsFor(input: LayoutInput): number {
  const size = input.nodes.length + input.edges.length;
  return Math.max(60, Math.min(300, Math.round((300 * 20_000) / Math.max(size, 1))));
}

export function forceLayoutOf(input: LayoutInput, iterations = input.iterations ?? iterationsFor(input)): Positions {
  const graph = new MultiDirectedGraph<{ x: number; y: number }>();
  // Canonical order (ids, then relation ends): the result cannot depend on the order of the data files.
  const start = circlePositions(input.nodes);
  for (const [id, p] of start) graph.addNode(id, { ...p });
  const edges = [...input.edges].sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]));
  for (const [source, target] of edges) graph.addDirectedEdge(source, target);
  const settings = { ...forceAtlas2.inferSettings(graph), gravity: 1, scalingRatio: 10, barnesHutOptimize: graph.order > 2000 };
  forceAtlas2.assign(graph, { iterations, settings });
  return new Map([...start.keys()].map((id) => [id, { x: graph.getNodeAttribute(id, "x"), y: graph.getNodeAttribute(id, "y") }]));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Nodes evenly on a circle in id order: the force layout's start, and the picture while it runs. */
export function circlePositions(nodes: string[]): Positions {
  const ids = [...nodes].sort(compare);
  return new Map(ids.map((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(ids.length, 1);
    return [id, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) }];
  }));
}

export function forceLayout(graph: AbstractGraph, iterations?: number): Positions {
  return forceLayoutOf(layoutInput(graph), iterations);
}

/** Positions as flat arrays, the form the worker posts back. */
export interface PackedPositions {
  ids: string[];
  xy: Float64Array;
}

export function packPositions(positions: Positions): PackedPositions {
  const ids = [...positions.keys()];
  const xy = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    const p = positions.get(id)!;
    xy[2 * i] = p.x;
    xy[2 * i + 1] = p.y;
  });
  return { ids, xy };
}

export function unpackPositions({ ids, xy }: PackedPositions): Positions {
  return new Map(ids.map((id, i) => [id, { x: xy[2 * i], y: xy[2 * i + 1] }]));
}
