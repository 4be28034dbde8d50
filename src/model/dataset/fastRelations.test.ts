import { describe, expect, it } from "vitest";
import { fastRelations } from "./fastRelations";
import { datasetTexts, generateDataset, random, type GeneratedDataset } from "./generate";
import type { RelationType } from "./schema";
import { validateDataset, type DatasetTexts } from "./validate";
import { SHARED_TYPES } from "../../../tests/fixtures/fixtures";
import { mutate } from "../../../tests/fixtures/relationMutations";

const types = JSON.parse(SHARED_TYPES) as RelationType[];
const event = types.find((t) => t.kind === "event")!.id;
const state = types.find((t) => t.kind === "state")!.id;
const validate = (texts: DatasetTexts, fastPath: boolean) => validateDataset(texts, { folder: "g", sharedRelationTypes: SHARED_TYPES, fastPath });

type Relations = Record<string, unknown>[];
/** Breaks of a whole relation that only the dataset shows: references, kinds, order, duplicates. */
const RELATION_BREAKS: ((r: Record<string, unknown>, all: Relations) => void)[] = [
  (r) => (r.source = "e-99999"),
  (r) => (r.target = "nowhere"),
  (r) => (r.citations = [{ source: "s-1" }, { source: "no-such-source" }]),
  (r) => (r.type = "no-such-type"),
  (r) => Object.assign(r, { type: event, date: undefined, start: "2001", end: undefined }),
  (r) => Object.assign(r, { type: state, date: "2001-05", start: undefined, end: undefined }),
  (r) => Object.assign(r, { type: state, date: undefined, start: "2001-05", end: "2001-04-30" }),
  (r, all) => (r.id = all[0].id),
];
/** Breaks elsewhere, which change what relations are checked against. */
const DATASET_BREAKS: ((d: Record<string, unknown>) => void)[] = [
  (d) => ((d.entities as Relations)[1].type = "empire"),
  (d) => ((d.sources as Relations)[0].title = ""),
  (d) => delete d.sources,
  (d) => (d.entities = "not a list"),
];

function broken(seed: number, withDataset: boolean) {
  const rnd = random(seed);
  const valid = generateDataset(types, { relations: 40, entities: 12, seed });
  const d = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
  const relations = d.relations as Relations;
  for (let n = 1 + Math.floor(rnd() * 3); n > 0; n--) {
    const i = Math.floor(rnd() * relations.length);
    if (rnd() < 0.5) relations[i] = mutate(relations[i], rnd) as Record<string, unknown>;
    else RELATION_BREAKS[Math.floor(rnd() * RELATION_BREAKS.length)](relations[i], relations);
  }
  if (withDataset) DATASET_BREAKS[Math.floor(rnd() * DATASET_BREAKS.length)](d);
  const texts = datasetTexts(d as unknown as GeneratedDataset);
  return { texts, relations: JSON.parse(texts["relations.json"]!) as Relations, context: contextOf(valid) };
}

function contextOf(d: GeneratedDataset) {
  return { types: new Map(types.map((t) => [t.id, t])), entityIds: new Set(d.entities.map((e) => e.id)), sourceIds: new Set(d.sources.map((s) => s.id)) };
}

describe("fastRelations", () => {
  it("takes the one pass over valid generated datasets, with the same result as the record-by-record checks", () => {
    for (let seed = 1; seed <= 10; seed++) {
      const d = generateDataset(types, { relations: 50 * seed, seed });
      const relations = JSON.parse(datasetTexts(d)["relations.json"]!) as unknown[];
      expect(fastRelations(relations, contextOf(d))).toBe(relations);
      const fast = validate(datasetTexts(d), true);
      expect(fast.ok).toBe(true);
      expect(fast).toEqual(validate(datasetTexts(d), false));
    }
  });

  it("gives up on every dataset whose relations the record-by-record checks reject (400 broken datasets)", () => {
    let rejected = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const { texts, relations, context } = broken(seed, false);
      const slow = validate(texts, false);
      expect({ seed, fast: fastRelations(relations, context) !== undefined }).toEqual({ seed, fast: slow.ok });
      if (!slow.ok) rejected++;
    }
    expect(rejected).toBeGreaterThan(250);
  }, 60_000);

  it("leaves every problem worded as before, in the same order (400 broken datasets, some broken beyond their relations)", () => {
    for (let seed = 1; seed <= 400; seed++) {
      const { texts } = broken(seed, seed % 2 === 0);
      expect(validate(texts, true)).toEqual(validate(texts, false));
    }
  }, 60_000);
});
