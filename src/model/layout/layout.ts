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
 * ForceAtlas2's iterations for a graph: 300 up to 20,000 entities plus relations, then fewer in
 * proportion (never under 60), so a 50k-relation import is laid out in seconds rather than a minute.
 */
export function iterationsFor(input: LayoutInput): number {
  const size = input.nodes.length + input.edges.length;
  return Math.max(60, Math.min(300, Math.round((300 * 20_000) / Math.max(size, 1))));
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order the layout keeps entities in (ids sorted): the order of a batch's and a packed result's positions. */
export function layoutOrder(nodes: string[]): string[] {
  return [...nodes].sort(compare);
}

/** Nodes evenly on a circle in id order: the force layout's start, and the picture while it runs. */
export function circlePositions(nodes: string[]): Positions {
  const ids = layoutOrder(nodes);
  return new Map(ids.map((id, i) => {
    const angle = (2 * Math.PI * i) / Math.max(ids.length, 1);
    return [id, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) }];
  }));
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

/** Packed positions back to a map; `xy` may also be a plain array (a shipped dataset's, from JSON). */
export function unpackPositions({ ids, xy }: { ids: string[]; xy: ArrayLike<number> }): Positions {
  return new Map(ids.map((id, i) => [id, { x: xy[2 * i], y: xy[2 * i + 1] }]));
}
