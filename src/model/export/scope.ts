import type { Model } from "../dataset/graph";
import type { Entity, Relation, Source } from "../dataset/schema";

/** What a data export holds: relations, the entities they touch, the sources they cite; in dataset order. */
export interface ExportScope {
  relations: Relation[];
  entities: Entity[];
  sources: Source[];
  /** True when the scope is the whole dataset (every entity and source, even unused ones). */
  whole: boolean;
}

/** The relations given (those in view), or the whole dataset when `relationIds` is omitted. */
export function exportScope(model: Model, relationIds?: ReadonlySet<string>): ExportScope {
  const { dataset } = model;
  if (!relationIds) return { relations: dataset.relations, entities: dataset.entities, sources: dataset.sources, whole: true };
  const relations = dataset.relations.filter((r) => relationIds.has(r.id));
  const entityIds = new Set(relations.flatMap((r) => [r.source, r.target]));
  const sourceIds = new Set(relations.flatMap((r) => r.citations.map((c) => c.source)));
  return {
    relations,
    entities: dataset.entities.filter((e) => entityIds.has(e.id)),
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
    whole: false,
  };
}
