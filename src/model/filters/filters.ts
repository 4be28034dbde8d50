import type { Model } from "../dataset/graph";
import { ENTITY_TYPES, RELATION_CLASSES } from "../dataset/vocabulary";
import type { EntityType, RelationClass, RelationType } from "../dataset/schema";
import type { ViewContents } from "../time/window";

/** Filters are plain, serialisable data, applied in order by pure functions. */
export type Filter =
  /** Only relations of these types. */
  | { kind: "relation-types"; shown: string[] }
  /** Only relations between entities of these types. */
  | { kind: "entity-types"; shown: EntityType[] }
  /** Only the entity and what lies within `hops` relations of it (and the relations among them). */
  | { kind: "ego"; entity: string; hops: 1 | 2 };

/** Entities in view are those a relation in view touches, as in the time window. */
function withEndpoints(model: Model, relations: Iterable<string>): ViewContents {
  const kept = new Set(relations);
  const entities = new Set<string>();
  for (const id of kept) {
    entities.add(model.graph.source(id));
    entities.add(model.graph.target(id));
  }
  return { relations: kept, entities };
}

function keepRelations(model: Model, contents: ViewContents, keep: (id: string) => boolean): ViewContents {
  return withEndpoints(model, [...contents.relations].filter(keep));
}

/** Entities within `hops` steps of `entity`, following relations in view either way. */
export function neighbourhood(model: Model, relations: Set<string>, entity: string, hops: number): Set<string> {
  const reached = new Set<string>();
  if (!model.graph.hasNode(entity)) return reached;
  reached.add(entity);
  let frontier = [entity];
  for (let step = 0; step < hops; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      model.graph.forEachEdge(node, (edge, _a, source, target) => {
        if (!relations.has(edge)) return;
        const other = source === node ? target : source;
        if (!reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return reached;
}

export function applyFilter(model: Model, contents: ViewContents, filter: Filter): ViewContents {
  const { graph } = model;
  switch (filter.kind) {
    case "relation-types": {
      const shown = new Set(filter.shown);
      return keepRelations(model, contents, (id) => shown.has(graph.getEdgeAttribute(id, "relation").type));
    }
    case "entity-types": {
      const shown = new Set(filter.shown);
      const ok = (node: string) => shown.has(graph.getNodeAttribute(node, "entity").type);
      return keepRelations(model, contents, (id) => ok(graph.source(id)) && ok(graph.target(id)));
    }
    case "ego": {
      const near = neighbourhood(model, contents.relations, filter.entity, filter.hops);
      if (near.size <= 1) return { relations: new Set(), entities: new Set() };
      return keepRelations(model, contents, (id) => near.has(graph.source(id)) && near.has(graph.target(id)));
    }
  }
}

export function applyFilters(model: Model, contents: ViewContents, filters: Filter[]): ViewContents {
  return filters.reduce((view, filter) => applyFilter(model, view, filter), contents);
}

/** How much of the window each toggle governs: relations per class and type, entities per type. */
export interface FilterCounts {
  classes: Record<RelationClass, number>;
  relationTypes: Map<string, number>;
  entityTypes: Record<EntityType, number>;
}

export function filterCounts(model: Model, contents: ViewContents): FilterCounts {
  const classes = Object.fromEntries(RELATION_CLASSES.map((c) => [c, 0])) as Record<RelationClass, number>;
  const entityTypes = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  const relationTypes = new Map<string, number>();
  for (const id of contents.relations) {
    const attrs = model.graph.getEdgeAttributes(id);
    classes[attrs.class]++;
    relationTypes.set(attrs.relation.type, (relationTypes.get(attrs.relation.type) ?? 0) + 1);
  }
  for (const id of contents.entities) entityTypes[model.graph.getNodeAttribute(id, "entity").type]++;
  return { classes, relationTypes, entityTypes };
}

/** The relation types the dataset uses, grouped by class in vocabulary order. */
export function usedRelationTypes(model: Model): Map<RelationClass, RelationType[]> {
  const used = new Set(model.dataset.relations.map((r) => r.type));
  const byClass = new Map<RelationClass, RelationType[]>();
  for (const cls of RELATION_CLASSES) {
    const types = model.dataset.relationTypes.filter((t) => t.class === cls && used.has(t.id));
    if (types.length > 0) byClass.set(cls, types);
  }
  return byClass;
}

/** The entity types the dataset uses, in vocabulary order. */
export function usedEntityTypes(model: Model): EntityType[] {
  const used = new Set(model.dataset.entities.map((e) => e.type));
  return ENTITY_TYPES.filter((t) => used.has(t));
}
