import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildModel, type Model } from "../../src/model/graph";
import type { Relation } from "../../src/model/schema";
import { validateDataset, type DatasetTexts } from "../../src/model/validate";

export const SHARED_TYPES = readFileSync(resolve(import.meta.dirname, "../../graph-data/relation-types.json"), "utf8");

/** A small valid dataset as raw texts; override any file to break it. */
export function tinyTexts(overrides: Partial<Record<keyof DatasetTexts, unknown>> = {}): DatasetTexts {
  const files: Record<string, unknown> = {
    "dataset.json": { id: "tiny", title: "Tiny", description: "" },
    "entities.json": [
      { id: "a", label: "A", type: "country" },
      { id: "b", label: "B", type: "organization" },
      { id: "c", label: "C", type: "person" },
    ],
    "sources.json": [{ id: "s", title: "S", publisher: "P", published: "2024" }],
    "relations.json": [
      { id: "r1", type: "signed-mou", source: "a", target: "b", date: "2024-08-28", label: "signed", citations: [{ source: "s" }] },
    ],
    ...overrides,
  };
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v, null, 2)]));
}

/** A model of entities a, b, c and the given relations (citations added). */
export function modelWith(relations: Omit<Relation, "citations" | "label">[]): Model {
  const texts = tinyTexts({ "relations.json": relations.map((r) => ({ label: r.type, citations: [{ source: "s" }], ...r })) });
  const result = validateDataset(texts, { sharedRelationTypes: SHARED_TYPES });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return buildModel(result.dataset);
}

/** One relation per kind of date (day, month, approximate year, open and closed state): the time semantics' cases. */
export const TIME_SEMANTICS: Omit<Relation, "citations" | "label">[] = [
  { id: "day", type: "signed-mou", source: "a", target: "b", date: "2024-12-31" },
  { id: "month", type: "signed-mou", source: "a", target: "b", date: "2023-12" },
  { id: "year-approx", type: "signed-mou", source: "a", target: "c", date: "2020~" },
  { id: "open-state", type: "member-of", source: "a", target: "b", start: "2019-06" },
  { id: "closed-state", type: "member-of", source: "c", target: "b", start: "2010", end: "2021-01" },
];
