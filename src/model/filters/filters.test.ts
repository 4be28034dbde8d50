import { describe, expect, it } from "vitest";
import { applyFilter, applyFilters, filterCounts, neighbourhood, usedEntityTypes, usedRelationTypes, type Filter } from "./filters";
import { contentsInView, windowFromYears } from "../time/window";
import { modelWith } from "../../../tests/fixtures/fixtures";
import { sahelModel } from "../../../tests/fixtures/sahel";

// a (country) → b (organization) → c (person), plus a direct a–c conflict.
const tiny = modelWith([
  { id: "ab", type: "signed-mou", source: "a", target: "b", date: "2024-01-01" },
  { id: "bc", type: "member-of", source: "c", target: "b", start: "2020" },
  { id: "ac", type: "expelled-troops", source: "a", target: "c", date: "2024-05" },
]);
const all = contentsInView(tiny, windowFromYears(2024, 2024));
const sorted = (s: Set<string>) => [...s].sort();

describe("filters", () => {
  it("keep only the shown relation types, and the entities those relations touch", () => {
    const view = applyFilter(tiny, all, { kind: "relation-types", shown: ["signed-mou"] });
    expect(sorted(view.relations)).toEqual(["ab"]);
    expect(sorted(view.entities)).toEqual(["a", "b"]);
  });
  it("hide entity types together with their relations", () => {
    const view = applyFilter(tiny, all, { kind: "entity-types", shown: ["country", "organization"] });
    expect(sorted(view.relations)).toEqual(["ab"]);
    expect(sorted(view.entities)).toEqual(["a", "b"]);
  });
  it("show nothing when every type is hidden", () => {
    const view = applyFilter(tiny, all, { kind: "relation-types", shown: [] });
    expect(view.relations.size + view.entities.size).toBe(0);
  });
  it("apply in order and never add what the window left out", () => {
    const window2023 = contentsInView(tiny, windowFromYears(2023, 2023));
    const filters: Filter[] = [{ kind: "relation-types", shown: ["signed-mou", "member-of", "expelled-troops"] }];
    expect(sorted(applyFilters(tiny, window2023, filters).relations)).toEqual(["bc"]);
    expect(applyFilters(tiny, all, [])).toBe(all);
  });
  it("are plain data that survive JSON", () => {
    const filters: Filter[] = [{ kind: "ego", entity: "a", hops: 1 }];
    expect(applyFilters(tiny, all, JSON.parse(JSON.stringify(filters)))).toEqual(applyFilters(tiny, all, filters));
  });
});

describe("ego view", () => {
  const sahel = sahelModel();
  const view = contentsInView(sahel, windowFromYears(2023, 2025));
  it("1 step keeps the entity, its neighbours and the relations among them", () => {
    const ego = applyFilter(sahel, view, { kind: "ego", entity: "bola-tinubu", hops: 1 });
    const near = neighbourhood(sahel, view.relations, "bola-tinubu", 1);
    expect(near.has("bola-tinubu")).toBe(true);
    expect(ego.entities).toEqual(near);
    for (const id of ego.relations) {
      expect(near.has(sahel.graph.source(id)) && near.has(sahel.graph.target(id))).toBe(true);
    }
    expect(ego.entities.size).toBeLessThan(view.entities.size);
  });
  it("2 steps reach further than 1 step, within the window", () => {
    const one = applyFilter(sahel, view, { kind: "ego", entity: "bola-tinubu", hops: 1 });
    const two = applyFilter(sahel, view, { kind: "ego", entity: "bola-tinubu", hops: 2 });
    expect(two.entities.size).toBeGreaterThan(one.entities.size);
    for (const id of one.entities) expect(two.entities.has(id)).toBe(true);
    for (const id of two.relations) expect(view.relations.has(id)).toBe(true);
  });
  it("follows relations in either direction", () => {
    expect(sorted(neighbourhood(tiny, all.relations, "b", 1))).toEqual(["a", "b", "c"]);
    expect(sorted(neighbourhood(tiny, new Set(["ab"]), "c", 2))).toEqual(["c"]);
  });
  it("is empty for an entity with nothing in view or unknown", () => {
    expect(applyFilter(tiny, all, { kind: "ego", entity: "nobody", hops: 2 }).entities.size).toBe(0);
    const onlyAb = applyFilter(tiny, all, { kind: "relation-types", shown: ["signed-mou"] });
    expect(applyFilter(tiny, onlyAb, { kind: "ego", entity: "c", hops: 1 }).relations.size).toBe(0);
  });
});

describe("filter counts", () => {
  it("count relations per class and type, and entities per type, in the window", () => {
    const counts = filterCounts(tiny, all);
    expect(counts.classes).toMatchObject({ "verbal-cooperation": 1, "material-conflict": 1, structural: 1, "verbal-conflict": 0 });
    expect(counts.relationTypes.get("signed-mou")).toBe(1);
    expect(counts.relationTypes.get("fights")).toBeUndefined();
    expect(counts.entityTypes).toMatchObject({ country: 1, organization: 1, person: 1, alliance: 0 });
  });
  it("on the Sahel dataset add up to the relations and entities in view", () => {
    const sahel = sahelModel();
    const view = contentsInView(sahel, windowFromYears(2023, 2025));
    const counts = filterCounts(sahel, view);
    const sum = (xs: Iterable<number>) => [...xs].reduce((a, b) => a + b, 0);
    expect(sum(Object.values(counts.classes))).toBe(view.relations.size);
    expect(sum(counts.relationTypes.values())).toBe(view.relations.size);
    expect(sum(Object.values(counts.entityTypes))).toBe(view.entities.size);
  });
  it("list the types a dataset uses, grouped by class", () => {
    const byClass = usedRelationTypes(tiny);
    expect([...byClass.keys()]).toEqual(["verbal-cooperation", "material-conflict", "structural"]);
    expect(byClass.get("structural")!.map((t) => t.id)).toEqual(["member-of"]);
    expect(usedEntityTypes(tiny)).toEqual(["country", "organization", "person"]);
  });
});
