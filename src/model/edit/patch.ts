import { relationAttributes, type GraphEdit, type Model } from "../dataset/graph";
import type { Dataset, Entity, Relation } from "../dataset/schema";
import type { Op } from "./types";

/**
 * The model of `dataset` (the model's dataset with `ops` applied), made by patching the model's graph
 * in place: only the entities and relations the ops name (and, when a relation type's kind or class
 * changes, the relations of that type) are added, replaced or dropped. The edit is appended to
 * `edits` so the time index and the display graph can catch up with it.
 */
export function patchModel(model: Model, dataset: Dataset, ops: readonly Op[]): Model {
  const { graph } = model;
  const relationTypes = ops.some((op) => op.collection === "relationTypes") ? new Map(dataset.relationTypes.map((t) => [t.id, t])) : model.relationTypes;
  const edit: GraphEdit = { entities: [], relations: [], ends: [] };
  const putRelation = (relation: Relation) => {
    const attrs = relationAttributes(relation, relationTypes);
    if (graph.hasEdge(relation.id)) {
      const same = graph.source(relation.id) === relation.source && graph.target(relation.id) === relation.target;
      if (same) return graph.replaceEdgeAttributes(relation.id, attrs);
      graph.dropEdge(relation.id);
    }
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, attrs);
  };
  for (const { collection, id, before, after } of ops) {
    if (collection === "entities") {
      edit.entities.push(id);
      if (!after) graph.dropNode(id);
      else if (graph.hasNode(id)) graph.replaceNodeAttributes(id, { entity: after as Entity });
      else graph.addNode(id, { entity: after as Entity });
    } else if (collection === "relations") {
      edit.relations.push(id);
      for (const r of [before, after] as (Relation | undefined)[]) if (r) edit.ends.push(r.source, r.target);
      if (after) putRelation(after as Relation);
      else if (graph.hasEdge(id)) graph.dropEdge(id);
    } else if (collection === "relationTypes" && after) {
      // A type's kind or class is copied onto its relations: those of a changed type are replaced too.
      for (const relation of dataset.relations) {
        if (relation.type !== id || !graph.hasEdge(relation.id)) continue;
        edit.relations.push(relation.id);
        edit.ends.push(relation.source, relation.target);
        putRelation(relation);
      }
    }
  }
  return { dataset, graph, relationTypes, edits: [...(model.edits ?? []), edit] };
}

/** The union of the edits after the first `seen`: what a follower of the graph has not applied yet. */
export function editsSince(model: Model, seen: number): GraphEdit | undefined {
  const pending = model.edits?.slice(seen) ?? [];
  if (pending.length === 0) return undefined;
  const union = (key: keyof GraphEdit) => [...new Set(pending.flatMap((e) => e[key]))];
  return { entities: union("entities"), relations: union("relations"), ends: union("ends") };
}
