import { indexParallelEdgesIndex } from "@sigma/edge-curve";
import { MultiDirectedGraph } from "graphology";
import { editsSince } from "../../model/edit/patch";
import { besideDistance, placeNew, type Point } from "../../model/edit/placement";
import type { GraphEdit, Model } from "../../model/dataset/graph";
import { curveOf, edgeLook, nodeLook, PARALLEL_ATTRIBUTES, type DisplayGraph } from "./displayGraph";

/**
 * Keeps a display graph in step with the edits patched into its model's graph: only the entities and
 * relations an edit touched are added, restyled or dropped, so the renderer keeps its state and every
 * other entity stays where it is.
 */
export class DisplayFollower {
  private seen: number;
  private memory: DisplayMemory | undefined;

  constructor(
    readonly display: DisplayGraph,
    model: Model,
  ) {
    this.seen = model.edits?.length ?? 0;
  }

  /** Applies the model's edits not applied yet. Idempotent. */
  catchUp(model: Model): void {
    const edit = editsSince(model, this.seen);
    this.seen = model.edits?.length ?? 0;
    if (!edit) return;
    if (!this.memory) {
      // One pass over the relations, at the first edit: graphology keeps no position of an edge among all.
      const rank = new Map<string, number>();
      this.display.forEachEdge((e) => rank.set(e, rank.size));
      this.memory = { floating: new Set(), dropped: new Map(), rank, next: rank.size };
    }
    syncDisplay(this.display, model, edit, this.memory);
  }
}

/** What a follower remembers between edits. */
export interface DisplayMemory {
  /** Entities added with no relation (placed at the centre): their first relation brings them beside its other end. */
  floating: Set<string>;
  /** Where deleted entities were, so undoing the deletion puts them back there. */
  dropped: Map<string, Point>;
  /** Each relation's place in the display graph's order (the full build fans parallel relations out in that order). */
  rank: Map<string, number>;
  next: number;
}

/** Brings what `edit` touched in `display` up to date with `model`'s graph (see DisplayFollower). */
function syncDisplay(display: DisplayGraph, model: Model, edit: GraphEdit, memory: DisplayMemory): void {
  const { graph } = model;
  const { floating, dropped, rank } = memory;
  // Relations dropped, or moved to other ends, go first so their entities can go too.
  for (const id of edit.relations) {
    if (!display.hasEdge(id)) continue;
    if (graph.hasEdge(id) && display.source(id) === graph.source(id) && display.target(id) === graph.target(id)) continue;
    display.dropEdge(id);
    rank.delete(id);
  }
  const spacing = () => besideDistance(display.mapNodes((_, p) => p));
  for (const id of edit.entities) {
    if (!graph.hasNode(id)) {
      if (!display.hasNode(id)) continue;
      const { x, y } = display.getNodeAttributes(id);
      if (!floating.delete(id)) dropped.set(id, { x, y });
      display.dropNode(id);
    } else if (display.hasNode(id)) display.mergeNodeAttributes(id, nodeLook(graph, id));
    else {
      const before = dropped.get(id);
      if (!before) floating.add(id);
      display.addNode(id, { ...(before ?? placeNew(id, undefined, display.mapNodes((_, p) => p), 1)), ...nodeLook(graph, id) });
    }
  }
  for (const id of edit.relations) {
    if (!graph.hasEdge(id)) continue;
    const look = edgeLook(graph.getEdgeAttributes(id));
    if (display.hasEdge(id)) display.replaceEdgeAttributes(id, look);
    else {
      display.addDirectedEdgeWithKey(id, graph.source(id), graph.target(id), look);
      rank.set(id, memory.next++);
    }
  }
  const ends = edit.ends.filter((id) => graph.hasNode(id));
  for (const id of ends) {
    display.setNodeAttribute(id, "size", nodeLook(graph, id).size);
    // An entity placed with nothing related goes beside the entity its first relation links it to.
    // (Two such entities linked to each other: the first goes beside the second, the second beside it.)
    const neighbours = floating.has(id) ? graph.neighbors(id).filter((n) => n !== id && display.hasNode(n)) : [];
    const partner = neighbours.find((n) => !floating.has(n)) ?? neighbours[0];
    if (partner === undefined) continue;
    floating.delete(id);
    display.mergeNodeAttributes(id, placeNew(id, display.getNodeAttributes(partner), [], spacing()));
  }
  const pairs = new Set<string>();
  for (const id of ends) {
    for (const other of display.neighbors(id)) {
      const key = id < other ? `${id}\u0000${other}` : `${other}\u0000${id}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      fanOut(display, id, other, rank);
    }
    if (display.hasEdge(id, id)) fanOut(display, id, id, rank);
  }
}

/** Curves the relations between two entities as the full build does (indexParallelEdgesIndex on just them). */
function fanOut(display: DisplayGraph, a: string, b: string, rank: Map<string, number>): void {
  const pair = new MultiDirectedGraph();
  pair.mergeNode(a);
  pair.mergeNode(b);
  const edges = a === b ? display.outEdges(a, a) : [...display.outEdges(a, b), ...display.outEdges(b, a)];
  edges.sort((x, y) => rank.get(x)! - rank.get(y)!);
  for (const e of edges) pair.addDirectedEdgeWithKey(e, display.source(e), display.target(e));
  indexParallelEdgesIndex(pair, PARALLEL_ATTRIBUTES);
  for (const e of edges) {
    const { size, color, label } = display.getEdgeAttributes(e);
    const parallel = pair.getEdgeAttributes(e);
    display.replaceEdgeAttributes(e, { size, color, label, type: "arrow", curvature: 0, ...parallel, ...curveOf(parallel) });
  }
}
