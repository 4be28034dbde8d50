import { describe, expect, it } from "vitest";
import { parseBundle } from "./bundle";
import { validateDataset } from "../dataset/validate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GRAPH_DATA, readDatasetFolder, SHARED_TYPES_FILE } from "../../cli/datasets";
import { SHARED_TYPES } from "../../../tests/fixtures/fixtures";
import { datasetOf, fixture, importFixtures, problemsOf } from "../../../tests/fixtures/importFixtures";

const bundle = (value: unknown) => parseBundle(JSON.stringify(value), "b.json", SHARED_TYPES);

describe("parseBundle", () => {
  it("reads a bundle with its own relation types, repeating a shared one word for word", () => {
    const d = datasetOf(importFixtures("bundle.json"));
    expect(d.meta).toMatchObject({ id: "nordic-nato", title: "Nordic NATO accession", defaultView: { from: 2022, to: 2024 } });
    expect(d.entities.map((e) => e.id)).toEqual(["finland", "sweden", "nato", "turkey"]);
    expect(d.relations.find((r) => r.id === "finland-member-nato")).toMatchObject({ start: "2023-04-04", type: "member-of" });
    const types = new Map(d.relationTypes.map((t) => [t.id, t]));
    expect(types.get("applied-to-join")?.kind).toBe("event");
    expect(types.get("signed-mou")?.kind).toBe("event"); // the shared vocabulary applies too
    expect(d.relationTypes.filter((t) => t.id === "member-of")).toHaveLength(1);
  });

  it("round-trips a shipped dataset written as a bundle with its whole vocabulary", () => {
    const folder = join(GRAPH_DATA, "sahel");
    const shipped = validateDataset(readDatasetFolder(folder), { sharedRelationTypes: readFileSync(SHARED_TYPES_FILE, "utf8") });
    if (!shipped.ok) throw new Error("sahel does not validate");
    const d = shipped.dataset;
    const text = JSON.stringify({ dataset: d.meta, relationTypes: d.relationTypes, entities: d.entities, relations: d.relations, sources: d.sources });
    const back = datasetOf(parseBundle(text, "sahel.json", SHARED_TYPES));
    expect(back).toEqual(d);
  });

  it("locates a JSON syntax error by line and column", () => {
    expect(problemsOf(importFixtures("bundle-syntax-error.json"))).toEqual([expect.stringMatching(/^bundle-syntax-error\.json: invalid JSON at line 5, column 5/)]);
  });

  it("reports every validation problem by part and record id, like npm run validate", () => {
    const m = problemsOf(importFixtures("bundle-invalid.json"));
    for (const expected of [
      'bundle-invalid.json › relationTypes: member-of: duplicate id "member-of" (already in graph-data/relation-types.json, defined differently)',
      "bundle-invalid.json › entities: b: type: Invalid option",
      'bundle-invalid.json › relations: r1: date: is an impossible date (got "2024-02-30")',
      'bundle-invalid.json › relations: r1: target: unknown entity "nowhere"',
      "bundle-invalid.json › relations: r2: citations: needs at least one citation",
      'bundle-invalid.json › relations: r2: type: unknown relation type "invaded"',
    ]) {
      expect(m.some((line) => line.startsWith(expected)), `${expected}\n in\n${m.join("\n")}`).toBe(true);
    }
  });

  it("refuses what is not a bundle, naming what is wrong", () => {
    expect(problemsOf(parseBundle("[1,2]", "a.json"))).toEqual([expect.stringMatching(/^a\.json: must be a JSON object .*got an array/)]);
    expect(problemsOf(parseBundle('"x"', "a.json"))[0]).toMatch(/got string/);
    expect(problemsOf(parseBundle("", "a.json"))[0]).toMatch(/^a\.json: invalid JSON at line 1, column 1/);
    expect(problemsOf(bundle({ dataset: { id: "x", title: "X", description: "" }, entitys: [] }))).toEqual([
      'b.json: unknown key "entitys" (a bundle holds dataset, relationTypes, entities, relations, sources, view)',
    ]);
    const missing = problemsOf(bundle({ dataset: { id: "x", title: "X", description: "" } }));
    expect(missing).toEqual(["b.json › entities: is missing", "b.json › sources: is missing", "b.json › relations: is missing"]);
  });

  it("carries the view it was exported at, and refuses a view that is not an address's query", () => {
    const parts = { dataset: { id: "x", title: "X", description: "" }, entities: [], relations: [], sources: [] };
    const result = bundle({ ...parts, view: "?from=2023&to=2023&focus=niger" });
    expect(result.ok && result.view).toBe("?from=2023&to=2023&focus=niger");
    expect(problemsOf(bundle({ ...parts, view: "javascript:alert(1)" }))[0]).toMatch(/^b\.json: view: must be an address's query/);
    expect(problemsOf(bundle({ ...parts, view: 12 }))[0]).toMatch(/got number/);
    expect(problemsOf(bundle({ ...parts, view: `?${"a".repeat(3000)}` }))[0]).toMatch(/got 3001 characters/);
  });

  it("accepts an empty dataset", () => {
    const d = datasetOf(bundle({ dataset: { id: "empty", title: "Empty", description: "" }, entities: [], relations: [], sources: [] }));
    expect(d.relations).toEqual([]);
  });

  it("keeps hostile strings as plain data (the UI renders them as text)", () => {
    const d = datasetOf(importFixtures("hostile.json"));
    expect(d.entities[0].label).toBe("<img src=x onerror=window.__pwned=1>");
    expect(d.sources[0].title).toBe("<b onmouseover=window.__pwned=1>source</b>");
    expect(fixture("hostile.json")).toContain("onerror");
  });

  it("refuses a javascript: or data: source URL, which export would pass on", () => {
    const withUrl = (url: string) =>
      bundle({
        dataset: { id: "x", title: "X", description: "" },
        entities: [{ id: "a", label: "A", type: "country" }, { id: "b", label: "B", type: "country" }],
        relations: [{ id: "r", type: "met-with", source: "a", target: "b", date: "2024", label: "met", citations: [{ source: "s" }] }],
        sources: [{ id: "s", title: "S", publisher: "P", url }],
      });
    expect(problemsOf(withUrl("javascript:window.__pwned=1")).slice(0, 1)).toEqual(['b.json › sources: s: url: must be an http or https address (got "javascript:window.__pwned=1")']);
    expect(problemsOf(withUrl("data:text/html,<script>1</script>"))[0]).toMatch(/url: must be an http or https address/);
  });
});
