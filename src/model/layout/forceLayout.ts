import { MultiDirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2_DEFAULTS from "graphology-layout-forceatlas2/defaults.js";
import { graphToByteArrays, validateSettings } from "graphology-layout-forceatlas2/helpers.js";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import type { AbstractGraph } from "graphology-types";
import { circlePositions, compare, iterationsFor, layoutInput, layoutOrder, unpackPositions, type LayoutInput, type PackedPositions, type Positions } from "./layout";

// ForceAtlas2 lives apart from the layout's plain data: the first screen draws kept positions and loads this only to lay out.

/**
 * Positions part of the way through the layout: `xy` holds x, y per entity in id order (the order of
 * the `ids` the final positions pack to), after `done` of `total` iterations.
 */
export interface LayoutBatch {
  xy: Float64Array;
  done: number;
  total: number;
}

/** What forceLayoutOf reports while it runs: a batch whenever `everyMs` of work has passed since the last. */
export interface LayoutProgress {
  everyMs: number;
  onBatch: (batch: LayoutBatch) => void;
}

/** Floats per entity in ForceAtlas2's node matrix; x and y come first. */
const PER_NODE = 10;

/**
 * Deterministic force layout over the whole dataset: nodes start on a circle in id order,
 * then ForceAtlas2 runs a fixed number of iterations. Same data, same picture, any window;
 * the worker runs this very function, so both paths give the same positions.
 */
export function forceLayoutOf(input: LayoutInput, iterations?: number, progress?: LayoutProgress): Positions {
  return unpackPositions(forceLayoutPacked(input, iterations, progress));
}

/** The force layout's positions packed in layoutOrder: what the worker posts and keeps. */
export function forceLayoutPacked(input: LayoutInput, iterations = input.iterations ?? iterationsFor(input), progress?: LayoutProgress): PackedPositions {
  const { ids, settings, matrices } = layoutStart(input);
  const xyOf = () => Float64Array.from({ length: ids.length * 2 }, (_, i) => matrices.nodes[(i >> 1) * PER_NODE + (i & 1)]);
  let reported = performance.now();
  for (let done = 1; done <= iterations; done++) {
    iterate(settings, matrices.nodes, matrices.edges);
    if (progress && done < iterations && performance.now() - reported >= progress.everyMs) {
      progress.onBatch({ xy: xyOf(), done, total: iterations });
      reported = performance.now();
    }
  }
  return { ids, xy: xyOf() };
}

/**
 * ForceAtlas2's settings and matrices for the input. The graph they are read from is built here so that it is
 * garbage while the iterations run (about 30 MB at 100k relations, more than the input itself).
 */
function layoutStart(input: LayoutInput) {
  const graph = new MultiDirectedGraph<{ x: number; y: number }>();
  // Canonical order (ids, then relation ends): the result cannot depend on the order of the data files.
  const ids = layoutOrder(input.nodes);
  for (const [id, p] of circlePositions(ids)) graph.addNode(id, { ...p });
  const edges = [...input.edges].sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]));
  for (const [source, target] of edges) graph.addDirectedEdge(source, target);
  const settings = { ...FA2_DEFAULTS, ...forceAtlas2.inferSettings(graph), gravity: 1, scalingRatio: 10, barnesHutOptimize: graph.order > 2000 };
  const invalid = validateSettings(settings);
  if (invalid) throw new Error(`forceatlas2: ${invalid.message}`);
  // forceAtlas2.assign's own loop is run by the caller, so the positions can be read between iterations: the same result.
  return { ids, settings, matrices: graphToByteArrays(graph, () => 1) };
}

export function forceLayout(graph: AbstractGraph, iterations?: number): Positions {
  return forceLayoutOf(layoutInput(graph), iterations);
}

