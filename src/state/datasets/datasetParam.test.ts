import { describe, expect, it } from "vitest";
import { withFreeId } from "../../model/import/common";
import { datasetFromSearch, searchForDataset } from "./datasetParam";
import { datasetOf, importFixtures } from "../../../tests/fixtures/importFixtures";

describe("dataset URL parameter", () => {
  const known = ["sahel", "nordic-nato"];
  it("selects a known dataset, and falls back to the default for anything else", () => {
    expect(datasetFromSearch("?dataset=nordic-nato&from=2022", known, "sahel")).toBe("nordic-nato");
    expect(datasetFromSearch("?dataset=nope", known, "sahel")).toBe("sahel");
    expect(datasetFromSearch("?dataset=", known, "sahel")).toBe("sahel");
    expect(datasetFromSearch("", known, "sahel")).toBe("sahel");
  });

  it("writes the dataset, dropping the previous dataset's view but keeping other parameters", () => {
    expect(searchForDataset("?from=2023&to=2024&layout=map", "nordic-nato", "sahel")).toBe("?dataset=nordic-nato&layout=map");
    expect(searchForDataset("?dataset=nordic-nato&from=2022&to=2023", "sahel", "sahel")).toBe("");
    expect(searchForDataset("?dataset=nordic-nato&from=2022", "nordic-nato", "sahel")).toBe("?dataset=nordic-nato&from=2022");
    // Every parameter of the previous dataset's view goes, the event view's too; layout and others' stay.
    expect(searchForDataset("?x=1&at=2024-01-01&compare=2023-01-01,2024-01-01&relation=r&types=a&entities=country&hops=1&min=3&top=all&fold=0&width=goldstein&layout=map", "nordic-nato", "sahel")).toBe("?x=1&dataset=nordic-nato&layout=map");
  });
});

describe("withFreeId", () => {
  it("keeps a dataset whose id is free, and renames one whose id is taken, deterministically", () => {
    const d = datasetOf(importFixtures("bundle.json"));
    expect(withFreeId(d, new Set(["sahel"]))).toBe(d);
    const renamed = withFreeId(d, new Set(["sahel", "nordic-nato", "nordic-nato-2"]));
    expect(renamed.meta).toMatchObject({ id: "nordic-nato-3", title: "Nordic NATO accession (3)" });
    expect(renamed.relations).toBe(d.relations);
    expect(d.meta.id).toBe("nordic-nato"); // the original is not changed
  });
});
