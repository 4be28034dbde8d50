import { describe, expect, it } from "vitest";
import { datasetTexts, generateDataset } from "./generate";
import { validateDataset } from "./validate";
import { SHARED_TYPES } from "../../../tests/fixtures/fixtures";
import { DatasetAssembly, datasetParts } from "./transfer";

const result = validateDataset(datasetTexts(generateDataset(JSON.parse(SHARED_TYPES), { relations: 4500 })), { sharedRelationTypes: SHARED_TYPES });
if (!result.ok) throw new Error("generated dataset must validate");
const dataset = result.dataset;

describe("a dataset in parts", () => {
  it("arrives whole and in order, through structured clones as between a worker and the page", () => {
    const parts = [...datasetParts(dataset, 2000)];
    expect(parts.map((p) => (p.part === "head" ? "head" : p.relations.length))).toEqual(["head", 2000, 2000, 500]);
    const assembly = new DatasetAssembly();
    for (const part of parts) assembly.add(structuredClone(part));
    expect(assembly.progress).toEqual({ done: 4500, total: 4500 });
    expect(assembly.complete()).toEqual(dataset);
    expect(dataset.relations).toHaveLength(4500); // the sender's dataset is left as it was
  });

  it("refuses a dataset missing relations, or relations without their dataset", () => {
    const [head, first] = datasetParts(dataset, 2000);
    const assembly = new DatasetAssembly();
    assembly.add(head);
    assembly.add(first);
    expect(() => assembly.complete()).toThrow("2000 of 4500 relations");
    expect(() => new DatasetAssembly().add(first)).toThrow("before the dataset");
  });
});
