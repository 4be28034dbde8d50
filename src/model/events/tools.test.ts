import { describe, expect, it } from "vitest";
import { dayNumber } from "../time/dates";
import { EventAggregator, EventWindow } from "./aggregate";
import { importEventTable } from "./bundle";
import { ICEWS_PRESET } from "./columns";
import { compareAggregates } from "./compare";
import { aggregateDataset } from "./exportDataset";
import { edgeId, edgeKeyOf, edgesOfEntity, entitiesWithAliases } from "./selection";
import { eventFilterCounts, eventInclude, eventScope, usedCameoTypes } from "./typeFilters";
import { toGexf } from "../export/gexf";
import { exportScope } from "../export/scope";
import { buildModel } from "../dataset/graph";
import { validateDatasetData } from "../dataset/validate";
import { validateGexf } from "../../../tests/fixtures/exportFixtures";

/** A small ICEWS-shaped table: Mali, Niger and a sector actor over three years, one event of each kind of class. */
const TSV = [
  "Mali\tMake statement\tNiger\t2022-03-01",
  "Mali\tProvide economic aid\tNiger\t2022-06-01",
  "Niger\tfight with small arms and light weapons\tMali\t2023-02-01",
  "Military (Mali)\tfight with small arms and light weapons\tNiger\t2023-05-01",
  "Mali\tMake statement\tNiger\t2024-01-15",
  "Niger\tCriticize or denounce\tMali\t2024-04-01",
  "mali\tConsult\tNiger\t2024-06-01",
].join("\n");
const imp = importEventTable(TSV, ICEWS_PRESET);
const { table, actors } = imp;
const entities = entitiesWithAliases(actors.entities, table.actors, actors.detailed);
const indexOf = new Map(entities.map((e, i) => [e.id, i]));
const day = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayNumber(y, m, d);
};
const snapshot = (agg: EventAggregator) => [...agg.edges.values()].map((e) => [e.key, e.count]).sort((a, b) => a[0] - b[0]);

describe("event filters", () => {
  const conflictOnly = usedCameoTypes(table).get("material-conflict")!.map((t) => t.id);

  it("keep only the events of the shown CAMEO roots and entity types, stepping in time as a fresh aggregation would", () => {
    for (const [types, entityTypes] of [[conflictOnly, undefined], [undefined, ["country" as const]], [conflictOnly, ["country" as const]]] as const) {
      const include = eventInclude(table, actors.folded, entities, types, entityTypes)!;
      const moving = new EventWindow(new EventAggregator(table, actors.folded, entities.length, include));
      for (const [a, b] of [["2022-01-01", "2022-12-31"], ["2022-01-01", "2023-12-31"], ["2023-01-01", "2024-12-31"], ["2024-01-01", "2024-12-31"]]) {
        const change = moving.moveTo(day(a), day(b));
        const fresh = new EventWindow(new EventAggregator(table, actors.folded, entities.length, include));
        fresh.moveTo(day(a), day(b));
        expect(snapshot(moving.aggregator)).toEqual(snapshot(fresh.aggregator));
        // Only edges of kept events are ever touched: the change never names a filtered-out class.
        for (const key of [...change.added, ...change.changed, ...change.removed]) expect(key % 4).toBe(types ? 3 : key % 4);
      }
    }
  });

  it("count every event in the window for the toggles, kept or not", () => {
    const include = eventInclude(table, actors.detailed, entities, conflictOnly, undefined);
    const w = new EventWindow(new EventAggregator(table, actors.detailed, entities.length, include));
    w.moveTo(day("2022-01-01"), day("2024-12-31"));
    const counts = eventFilterCounts(w.aggregator, entities);
    expect(counts.classes).toMatchObject({ "verbal-cooperation": 3, "material-cooperation": 1, "verbal-conflict": 1, "material-conflict": 2 });
    expect(w.aggregator.eventsInWindow).toBe(2);
    expect(eventInclude(table, actors.detailed, entities)).toBeUndefined();
  });

  it("are stated in the scope with the focus", () => {
    const used = { types: [...usedCameoTypes(table).values()].flat().map((t) => t.id), entityTypes: ["country", "military-force"] as const };
    const scope = eventScope(entities[indexOf.get("mali")!], { ...used, entityTypes: [...used.entityTypes] }, { types: conflictOnly });
    expect(scope).toEqual({ focus: { id: "mali", label: "Mali" }, hidden: [`${used.types.length - 1} of ${used.types.length} CAMEO event types`] });
  });
});

describe("event selection", () => {
  it("names an edge by its entities and class, and reads it back", () => {
    const w = new EventWindow(new EventAggregator(table, actors.folded, entities.length));
    w.moveTo(day("2022-01-01"), day("2024-12-31"));
    for (const key of w.aggregator.edges.keys()) expect(edgeKeyOf(edgeId(key, entities), indexOf)).toBe(key);
    expect(edgeId([...w.aggregator.edges.keys()][0], entities)).toMatch(/^[a-z0-9-]+~[a-z0-9-]+~(verbal|material)-(cooperation|conflict)$/);
    for (const bad of ["mali~niger", "mali~mali~verbal-conflict", "mali~niger~structural", "x~niger~verbal-conflict", "mali~niger~verbal-conflict~1"]) expect(edgeKeyOf(bad, indexOf)).toBeUndefined();
    const mali = indexOf.get("mali")!;
    const mine = edgesOfEntity(mali, [...w.aggregator.edges.values()]);
    expect(mine.length).toBe(w.aggregator.edges.size);
    expect(mine.map((e) => e.count)).toEqual([...mine.map((e) => e.count)].sort((a, b) => b - a));
  });

  it("finds countries by their ISO code and the file's other spellings", () => {
    expect(entities[indexOf.get("mali")!].aliases).toEqual(["MLI", "mali"]);
  });
});

describe("Compare for events", () => {
  it("marks edges of the 12 months before the second day only as began, before the first only as ended, both as held", () => {
    const windowOf = (a: string, b: string) => {
      const w = new EventWindow(new EventAggregator(table, actors.detailed, entities.length));
      w.moveTo(day(a), day(b));
      return w.aggregator;
    };
    const first = windowOf("2022-01-02", "2023-01-01");
    const second = windowOf("2023-06-02", "2024-06-01");
    const compared = compareAggregates(first, second);
    const named = new Map([...compared.marks].map(([k, m]) => [edgeId(k, entities), m]));
    expect(Object.fromEntries(named)).toEqual({
      "mali~niger~verbal-cooperation": "held",
      "mali~niger~material-cooperation": "ended",
      "niger~mali~verbal-conflict": "began",
    });
    // The held edge carries the later window's events (two: January and June 2024).
    expect(compared.edges.get(edgeKeyOf("mali~niger~verbal-cooperation", indexOf)!)!.count).toBe(2);
  });
});

describe("data exports of an event view", () => {
  it("are a valid dataset: one relation per edge in view citing the file's rows", () => {
    const w = new EventWindow(new EventAggregator(table, actors.folded, entities.length));
    w.moveTo(day("2022-01-01"), day("2024-12-31"));
    const edges = [...w.aggregator.edges.values()];
    const meta = { id: "sample", title: "sample.tsv", description: "" };
    const dataset = aggregateDataset(meta, "sample.tsv", table, entities, edges, (k) => w.eventsOf(k));
    expect(dataset.relations).toHaveLength(edges.length);
    const result = validateDatasetData({
      "dataset.json": dataset.meta,
      "entities.json": dataset.entities,
      "relations.json": dataset.relations,
      "sources.json": dataset.sources,
      "relation-types.json": dataset.relationTypes,
    });
    expect(result.ok ? [] : result.problems).toEqual([]);
    const held = dataset.relations.find((r) => r.id === "mali-to-niger-verbal-cooperation")!;
    expect(held).toMatchObject({ start: "2022-03-01", end: "2024-06-01", label: "3 verbal cooperation events", citations: [{ source: "event-file", quote: "Rows 1, 5, 7" }] });
    // Through the explorer's GEXF writer: valid against the GEXF 1.3 schema, one edge per edge in view.
    const model = buildModel(dataset);
    const gexf = toGexf(model, exportScope(model, new Set(model.graph.edges())));
    const valid = validateGexf(gexf);
    expect(valid.ok, valid.out).toBe(true);
    expect(gexf.match(/<edge /g)).toHaveLength(edges.length);
  });
});
