import type { AbstractGraph } from "graphology-types";
import type { EntenteGraph } from "../dataset/graph";

/** Relations in view touching each entity (a relation from an entity to itself counts once). */
export function degreesInView(graph: EntenteGraph, relations: Iterable<string>): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const id of relations) {
    const [source, target] = graph.extremities(id);
    degrees.set(source, (degrees.get(source) ?? 0) + 1);
    if (target !== source) degrees.set(target, (degrees.get(target) ?? 0) + 1);
  }
  return degrees;
}

/** Entities joined to `entity` by a relation in view, in either direction. */
export function neighboursInView(graph: AbstractGraph, entity: string, relations: ReadonlySet<string>): Set<string> {
  const neighbours = new Set<string>();
  graph.forEachEdge(entity, (id, _attrs, source, target) => {
    if (!relations.has(id)) return;
    neighbours.add(source === entity ? target : source);
  });
  neighbours.delete(entity);
  return neighbours;
}
