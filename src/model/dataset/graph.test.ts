import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDatasetFolder, GRAPH_DATA, SHARED_TYPES_FILE } from "../../cli/datasets";
import { buildModel, relationSpan } from "./graph";
import { generateDataset } from "./generate";
import type { RelationType } from "./schema";
import { spanOf } from "../time/dates";
import { scopeOf } from "../frame/describe";
import { periodOf } from "../frame/period";
import { snapshotText } from "../frame/snapshot";
import { validateDataset } from "./validate";
import { contentsInView, windowFromYears } from "../time/window";

const result = validateDataset(readDatasetFolder(`${GRAPH_DATA}/sahel`), { sharedRelationTypes: readFileSync(SHARED_TYPES_FILE, "utf8") });
if (!result.ok) throw new Error("shipped dataset must validate");
const model = buildModel(result.dataset);

describe("the Sahel model", () => {
  it("builds a directed multigraph with one edge per relation", () => {
    expect(model.graph.order).toBe(result.dataset.entities.length);
    expect(model.graph.size).toBe(result.dataset.relations.length);
    expect(model.graph.type).toBe("directed");
    expect(model.graph.multi).toBe(true);
  });
  it("keeps parallel relations apart (Turkey–Niger has several)", () => {
    expect(model.graph.edges("turkey", "niger").length).toBeGreaterThanOrEqual(3);
  });
  it("uses the entity ids the interface relies on", () => {
    for (const id of ["niger", "nigeria", "turkey", "russia", "france", "united-states", "mali", "burkina-faso", "chad", "ecowas", "aes", "mnjtf", "boko-haram", "africa-corps", "abdourahmane-tchiani", "mohamed-bazoum", "bola-tinubu"]) {
      expect(model.graph.hasNode(id), id).toBe(true);
    }
  });
  it("stores the MOU on its true date, not the article's", () => {
    const mou = model.graph.getEdgeAttribute("nigeria-niger-mou-2024", "relation");
    expect(mou.date).toBe("2024-08-28");
    expect(mou.note).toMatch(/August 26/);
  });
  it("labels reported facts as reported", () => {
    for (const r of result.dataset.relations.filter((r) => r.label.startsWith("report"))) expect(r.note, r.id).toMatch(/^Reported:/);
  });
  it("captions a snapshot with title, window and sources", () => {
    const contents = contentsInView(model, windowFromYears(2023, 2025));
    const label = { dataset: { id: "sahel", title: model.dataset.meta.title }, period: periodOf({ from: 2023, to: 2025 }), scope: scopeOf(model, {}) };
    const text = snapshotText(model, contents, label);
    expect(text.caption).toBe("Sahel security relations, 2023–2025");
    expect(text.attribution).toMatch(/^Sources: .+ and \d+ more$/);
    expect(text.classes).toContain("material-conflict");
  });
});

describe("relation attributes", () => {
  const types = JSON.parse(readFileSync(SHARED_TYPES_FILE, "utf8")) as RelationType[];
  const generated = generateDataset(types, { relations: 2000, seed: 18 });
  const graph = buildModel({ ...generated, relationTypes: types }).graph;

  it("carry each relation itself, its type's kind and class, and its span as parseDate reads its dates", () => {
    const byId = new Map(types.map((t) => [t.id, t]));
    for (const r of generated.relations) {
      const start = spanOf(r.date ?? r.start!);
      const last = r.date !== undefined ? start.last : r.end === undefined ? Infinity : spanOf(r.end).last;
      const { kind, class: cls } = byId.get(r.type)!;
      expect(graph.getEdgeAttributes(r.id)).toEqual({ relation: r, kind, class: cls, first: start.first, last });
      expect(graph.getEdgeAttribute(r.id, "relation")).toBe(r);
    }
    expect(generated.relations.some((r) => r.start !== undefined && r.end === undefined)).toBe(true);
  });

  it("refuse a relation without a date or a start, and an impossible date, in parseDate's words", () => {
    const relation = generated.relations[0];
    expect(() => relationSpan({ ...relation, date: undefined, start: undefined })).toThrow(/neither date nor start/);
    expect(() => relationSpan({ ...relation, date: "2023-02-29", start: undefined })).toThrow(/impossible date/);
  });
});
