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
  /**
   * The edits patched into `graph` since it was built, oldest first: what the time index and the display
   * graph, which follow the same graph, have to catch up with (they remember how many they have seen).
   */
  edits?: readonly GraphEdit[];
}

/** What one edit touched in the graph: ids added, changed or dropped, and the entities at either end of a changed relation (before and after). */
export interface GraphEdit {
  entities: string[];
  relations: string[];
  ends: string[];
}

export function relationSpan(relation: Relation): { first: number; last: number } {
  return withSpan({ first: 0, last: 0 }, relation);
}

/** Sets `into`'s span to the relation's, so the graph's attributes need no intermediate object per relation. */
function withSpan<T extends { first: number; last: number }>(into: T, relation: Relation): T {
  if (relation.date !== undefined) {
    const span = spanOf(relation.date);
    into.first = span.first;
    into.last = span.last;
    return into;
  }
  if (relation.start === undefined) throw new Error(`relation ${relation.id} has neither date nor start`);
  into.first = spanOf(relation.start).first;
  into.last = relation.end === undefined ? Infinity : spanOf(relation.end).last;
  return into;
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

export function relationAttributes(relation: Relation, relationTypes: Map<string, RelationType>): RelationAttributes {
  const type = relationTypes.get(relation.type);
  if (!type) throw new Error(`relation ${relation.id}: unknown type ${relation.type}`);
  // One object of one shape per relation (100k when a large dataset opens), its span set in place.
  return withSpan({ relation, kind: type.kind, class: type.class, first: 0, last: 0 }, relation);
}

/** Builds the model, yielding the number of relations added after every SLICE of them. */
function* modelSteps(dataset: Dataset): Steps<Model> {
  const relationTypes = new Map(dataset.relationTypes.map((t) => [t.id, t]));
  const graph: EntenteGraph = new MultiDirectedGraph();
  for (const entity of dataset.entities) graph.addNode(entity.id, { entity });
  let added = 0;
  for (const relation of dataset.relations) {
    graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, relationAttributes(relation, relationTypes));
    if (++added % SLICE === 0) yield added;
  }
  return { dataset, graph, relationTypes };
}
