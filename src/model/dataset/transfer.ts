import type { Dataset, Relation } from "./schema";

/**
 * A dataset crossing from a worker to the page in parts. One message of everything is deserialised in a single task
 * on the page (half a second at 100k relations); parts of a few thousand relations are each a short task.
 */
export type DatasetPart = { part: "head"; dataset: Dataset; relations: number } | { part: "relations"; relations: Relation[] };

/** Relations per part: a few milliseconds to deserialise. */
const RELATIONS_PER_PART = 2000;

/** The parts of `dataset`: everything but its relations first (with their count), then the relations in order. */
export function* datasetParts(dataset: Dataset, size = RELATIONS_PER_PART): Generator<DatasetPart> {
  yield { part: "head", dataset: { ...dataset, relations: [] }, relations: dataset.relations.length };
  for (let at = 0; at < dataset.relations.length; at += size) yield { part: "relations", relations: dataset.relations.slice(at, at + size) };
}

/** Puts a dataset together from its parts, in the order they were sent. */
export class DatasetAssembly {
  private dataset: Dataset | null = null;
  private expected = 0;

  add(part: DatasetPart): void {
    if (part.part === "head") {
      this.dataset = part.dataset;
      this.expected = part.relations;
    } else if (!this.dataset) throw new Error("relations arrived before the dataset they belong to");
    else for (const relation of part.relations) this.dataset.relations.push(relation);
  }

  /** How many relations are in so far, of how many. */
  get progress(): { done: number; total: number } {
    return { done: this.dataset?.relations.length ?? 0, total: this.expected };
  }

  /** The dataset, once every relation has arrived. */
  complete(): Dataset {
    if (!this.dataset || this.dataset.relations.length !== this.expected) {
      throw new Error(`the dataset arrived incomplete (${this.dataset?.relations.length ?? 0} of ${this.expected} relations)`);
    }
    return this.dataset;
  }
}
