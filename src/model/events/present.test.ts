import { describe, expect, it } from "vitest";
import { EventAggregator, EventWindow } from "./aggregate";
import { importEventTable } from "./bundle";
import { GDELT2_PRESET, ICEWS_PRESET } from "./columns";
import { visibleAggregates } from "./filters";
import { edgeWidth, groupedRows, guessFormat, hiddenSummary } from "./present";
import { gdeltLine } from "../../../tests/fixtures/eventFixtures";

const ROWS = [
  "China\tConsult\tJapan\t2010-01-05",
  "China\tMake a visit\tJapan\t2010-03-01",
  "China\tCriticize or denounce\tJapan\t2010-02-01",
  "Japan\tConsult\tChina\t2010-01-07",
  "Citizen (China)\tDemonstrate or rally\tChina\t2010-04-01",
  "Iran\tThreaten\tIsrael\t2011-01-01",
].join("\n");

describe("presenting aggregated events", () => {
  it("guesses the preset from a file's first lines", () => {
    expect(guessFormat(ROWS.split("\n"))).toBe(ICEWS_PRESET);
    expect(guessFormat([gdeltLine({ SQLDATE: "20240101", Actor1Name: "MALI" }), ""])).toBe(GDELT2_PRESET);
    expect(guessFormat(["source,target,date,label", "a,b,2010-01-01,x"])).toBeUndefined();
    expect(guessFormat([])).toBeUndefined();
  });

  it("states what is hidden in one sentence", () => {
    expect(hiddenSummary({ edges: 0, events: 0, entities: 0, selfLoopEvents: 0 }, { minCount: 1 })).toBe("");
    expect(hiddenSummary({ edges: 12, events: 1234, entities: 40, selfLoopEvents: 7 }, { minCount: 3, topN: 100 })).toBe(
      "Hidden: 1,234 events in 12 edges under 3 events or outside the top 100 entities; 7 events within one entity; 40 active entities.",
    );
  });

  it("widens edges by the square root of their weight", () => {
    const edge = { key: 0, source: 0, target: 1, cls: 0, count: 4, goldstein: -30 };
    expect(edgeWidth(edge, "count", 16)).toBeCloseTo(1 + 11 * 0.5);
    expect(edgeWidth(edge, "goldstein", 30)).toBe(12);
    expect(edgeWidth(edge, "count", 0)).toBe(1);
  });

  it("groups the table like the graph, busiest first, with first and last dates", () => {
    const imp = importEventTable(ROWS, ICEWS_PRESET);
    const window = new EventWindow(new EventAggregator(imp.table, imp.actors.folded, imp.actors.entities.length));
    window.moveTo(Date.UTC(2010, 0, 1) / 864e5, Date.UTC(2010, 11, 31) / 864e5);
    const visible = visibleAggregates(window.aggregator, { minCount: 1 });
    const rows = groupedRows(imp.table, visible.edges, imp.actors.entities, (key) => window.eventsOf(key));
    expect(rows.map((r) => [r.source, r.target, r.class, r.count, r.firstDate, r.lastDate])).toEqual([
      ["China", "Japan", "verbal-cooperation", 2, "2010-01-05", "2010-03-01"],
      ["China", "Japan", "verbal-conflict", 1, "2010-02-01", "2010-02-01"],
      ["Japan", "China", "verbal-cooperation", 1, "2010-01-07", "2010-01-07"],
    ]);
    expect(rows[0].goldstein).toBe(2.9); // Consult 1.0 + Make a visit 1.9
    expect(visible.hidden.selfLoopEvents).toBe(1); // Citizen (China) → China, once folded
  });
});
