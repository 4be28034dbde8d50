import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GRAPH_DATA, readDatasetFolder, SHARED_TYPES_FILE } from "../../cli/datasets";
import { bundleJson, toBundle } from "./bundle";
import { toCsv } from "./csv";
import { toGexf } from "./gexf";
import { exportScope } from "./scope";
import { buildModel, relationSpan } from "../dataset/graph";
import type { Relation } from "../dataset/schema";
import { parseBundle } from "../import/bundle";
import { parseCsv } from "../import/csv";
import { parseGexf } from "../import/gexf";
import { validateDataset } from "../dataset/validate";

const shared = readFileSync(SHARED_TYPES_FILE, "utf8");
const result = validateDataset(readDatasetFolder(`${GRAPH_DATA}/sahel`), { sharedRelationTypes: shared });
if (!result.ok) throw new Error("shipped dataset must validate");
const model = buildModel(result.dataset);
const whole = exportScope(model);
const key = (r: { source: string; target: string; type: string; date?: string; start?: string; end?: string }) => `${r.source}|${r.type}|${r.target}|${r.date ?? `${r.start}..${r.end ?? ""}`}`;

describe("exports read back by the importers", () => {
  it("JSON bundle: the same dataset, unchanged", () => {
    const back = parseBundle(bundleJson(toBundle(model, whole)), "sahel.json", shared);
    if (!back.ok) throw new Error(JSON.stringify(back.problems.slice(0, 3)));
    expect(back.dataset.entities).toEqual(result.dataset.entities);
    expect(back.dataset.relations).toEqual(result.dataset.relations);
    expect(back.dataset.sources).toEqual(result.dataset.sources);
    expect(back.dataset.meta).toEqual(result.dataset.meta);
  });
  it("CSV: every relation with its type, ends and dates", () => {
    const back = parseCsv({ name: "sahel.csv", text: toCsv(model, whole) }, undefined, shared);
    if (!back.ok) throw new Error(JSON.stringify(back.problems.slice(0, 3)));
    expect(back.dataset.relations.map(key).sort()).toEqual(result.dataset.relations.map(key).sort());
  });
  it("GEXF: every relation, with its span mapped back to the same dates", () => {
    const back = parseGexf(toGexf(model, whole), "sahel.gexf", shared);
    if (!back.ok) throw new Error(JSON.stringify(back.problems.slice(0, 3)));
    // GEXF keeps spans (first and last day), not how each date was written: compare the spans.
    const spanKey = (r: Relation) => {
      const { first, last } = relationSpan(r);
      return `${r.source}|${r.type}|${r.target}|${first}..${last}`;
    };
    expect(back.dataset.relations.map(spanKey).sort()).toEqual(result.dataset.relations.map(spanKey).sort());
    expect(back.dataset.entities.map((e) => e.id).sort()).toEqual(result.dataset.entities.map((e) => e.id).sort());
  });
});
