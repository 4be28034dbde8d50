import { MultiDirectedGraph } from "graphology";
import { spanOf } from "../time/dates";
import type { Dataset, Entity, Relation, RelationClass, RelationType } from "./schema";
import { runSteps, runStepsInSlices, SLICE, type Steps } from "./slices";

export interface EntityAttributes {
  entity: Entity;
}

export interface RelationAttributes {
  relation: Relation;
  kind: RelationType["kind"];
  class: RelationClass;
  /** Day span the relation covers: an event's date span, or a state's [start, end]; open end = Infinity. */
  first: number;
  last: number;
}

export type EntenteGraph = MultiDirectedGraph<EntityAttributes, RelationAttributes>;

/** A validated dataset with its graph, ready to be queried. */
export interface Model {
  dataset: Dataset;
  graph: EntenteGraph;
  relationTypes: Map<string, RelationType>;
}

export function relationSpan(relation: Relation): { first: number; last: number } {
  if (relation.date !== undefined) {
    const span = spanOf(relation.date);
    return { first: span.first, last: span.last };
  }
  if (relation.start === undefined) throw new Error(`relation ${relation.id} has neither date nor start`);
  return { first: spanOf(relation.start).first, last: relation.end === undefined ? Infinity : spanOf(relation.end).last };
}

export function buildModel(dataset: Dataset): Model {
  return runSteps(modelSteps(dataset));
}

/**
 * The same model, built a slice of relations at a time: `pause` is awaited between slices (the page
 * yields to input and drawing there) and told how many relations are in so far.
 */
export function buildModelInSlices(dataset: Dataset, pause: (done: number, total: number) => Promise<void>): Promise<Model> {
  return runStepsInSlices(modelSteps(dataset), dataset.relations.length, pause);
}

/** Builds the model, yielding the number of relations added after every SLICE of them. */
function* modelSteps(dataset: Dataset): Steps<Model> {
  const relationTypes = new Map(dataset.relationTypes.map((t) => [t.id, t]));
  const graph: EntenteGraph = new MultiDirectedGraph();
  for (const entity of dataset.entities) graph.addNode(entity.id, { entity });
  let added = 0;
  for (const relation of dataset.relations) {
    const type = relationTypes.get(relation.type);
    if (!type) throw new Error(`relation ${relation.id}: unknown type ${relation.type}`);
    const { first, last } = relationSpan(relation);
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, { relation, kind: type.kind, class: type.class, first, last });
    if (++added % SLICE === 0) yield added;
  }
  return { dataset, graph, relationTypes };
}
