import { describe, expect, it } from "vitest";
import { yearEnd, yearStart } from "../time/dates";
import { EventAggregator, EventWindow, edgeKey } from "./aggregate";
import { importEventTable } from "./bundle";
import { ICEWS_PRESET } from "./columns";
import { checkEventDataset, eventDatasetOf, eventHistogram, leftOutRows, unusableImport } from "./dataset";
import { edgeEnds, eventSnapshotText, layoutLinks, shownDiff, shownEvents, yearlyScale } from "./display";
import { visibleAggregates } from "./filters";
import { isEventTable } from "../import/files";
import { DEFAULT_EVENT_VIEW, eventViewFromSearch, searchWithEventView } from "../../state/events/eventParams";
import { searchForDataset } from "../../state/datasets/datasetParam";

const TSV = [
  "Mali\tProvide military aid\tNiger\t2023-09-16",
  "Mali\tProvide military aid\tNiger\t2024-01-02",
  "Niger\tMake statement\tMali\t2024-03-01",
  "Police (Mali)\tUse conventional military force\tMali\t2024-05-05",
  "Mali\tDance\tNiger\t2024-01-02",
  "Mali\tMake statement\tNiger\t2024-02-30",
].join("\n");
const imp = () => importEventTable(TSV, ICEWS_PRESET);

describe("an imported event table as a dataset", () => {
  it("takes its id and title from the file, kept free of ids in use, and opens on its last year", () => {
    const d = eventDatasetOf(imp(), "My events.tsv", new Set(["my-events"]));
    expect(d.meta).toMatchObject({ id: "my-events-2", title: "My events.tsv (2)", defaultView: { from: 2024, to: 2024 } });
    expect(eventDatasetOf(imp(), "x.tsv", new Set()).meta.id).toBe("x");
  });

  it("says which rows were left out and why", () => {
    expect(leftOutRows(imp().report)).toEqual([
      "1 row with a date that is not a real day (YYYY-MM-DD or YYYYMMDD) left out: row 6.",
      '1 row with an event label that has no CAMEO code left out: "Dance" (1).',
    ]);
    expect(unusableImport(imp(), "f.tsv")).toBeUndefined();
    const none = importEventTable("a\tDance\tb\t2024-01-01", ICEWS_PRESET);
    expect(unusableImport(none, "f.tsv")?.map((p) => p.message)).toEqual([
      "no row could be read as an event with this column mapping (1 row read)",
      '1 row with an event label that has no CAMEO code left out: "Dance" (1).',
    ]);
  });

  it("counts events per year and class for the histogram", () => {
    const h = eventHistogram(imp(), 2023, 2024);
    expect(h.counts.map((c) => c["material-cooperation"])).toEqual([1, 1]);
    expect(h.counts[1]["verbal-cooperation"]).toBe(1);
    expect(h.counts[1]["material-conflict"]).toBe(1);
    expect(h.peak).toBe(3);
  });

  it("accepts what it stored, and refuses a damaged copy saying what is wrong", () => {
    const d = eventDatasetOf(imp(), "e.tsv", new Set());
    expect(checkEventDataset(structuredClone(d), "e")).toEqual(d);
    const damaged = structuredClone(d);
    damaged.events.table.subject[0] = 99;
    expect(() => checkEventDataset(damaged, "e")).toThrow('The stored event dataset "e" is damaged: subject of event 0 points outside its list.');
    const short = structuredClone(d);
    short.events.table.day = short.events.table.day.subarray(1);
    expect(() => checkEventDataset(short, "e")).toThrow(/the column "day" does not hold 4 values/);
    expect(() => checkEventDataset(undefined, "e")).toThrow(/parts are missing/);
  });
});

describe("what the event view draws", () => {
  it("recovers an edge's ends and class from its key", () => {
    expect(edgeEnds(edgeKey(17, 4, 3, 5112), 5112)).toEqual({ source: 17, target: 4, cls: 3 });
    expect(edgeEnds(edgeKey(0, 5111, 0, 5112), 5112)).toEqual({ source: 0, target: 5111, cls: 0 });
  });

  it("scales widths and sizes against the busiest single year, so a wider window saturates instead of rescaling", () => {
    const { table, actors } = imp();
    const scale = yearlyScale(table, actors.detailed, actors.entities.length);
    expect(scale.count).toBe(1); // one event per edge and year at most
    expect(scale.activity).toBe(3); // Mali in 2024 (the Police event is Mali's too, detailed: Police (Mali) → Mali)
  });

  it("changes only the entries whose presence or look differs between two windows", () => {
    const { table, actors } = imp();
    const n = actors.entities.length;
    const window = new EventWindow(new EventAggregator(table, actors.detailed, n));
    const scale = yearlyScale(table, actors.detailed, n);
    const picture = () => shownEvents(visibleAggregates(window.aggregator, { minCount: 1 }), window.aggregator.activity, "count", scale);
    window.moveTo(yearStart(2023), yearEnd(2023));
    const a = picture();
    window.moveTo(yearStart(2023), yearEnd(2024));
    const b = picture();
    expect(shownDiff(a, a)).toEqual({ edges: [], entities: [] });
    const diff = shownDiff(a, b);
    // The Mali → Niger cooperation edge keeps its width (one event a year saturates at the scale); two edges enter.
    expect(diff.edges).toHaveLength(2);
    expect(new Set(diff.edges)).toEqual(new Set([...b.edges.keys()].filter((k) => !a.edges.has(k))));
    expect(shownDiff(b, a).edges).toHaveLength(2);
  });

  it("links every actor to its country for the layout, whatever the window", () => {
    const { table, actors } = imp();
    const ids = actors.entities.map((e) => e.id);
    const { nodes, edges } = layoutLinks(table, actors.detailed, actors.folded, ids);
    expect(nodes).toEqual(ids);
    expect(edges.map((e) => e.join(" ")).sort()).toEqual(["mali niger", "police-mali mali"].sort());
  });

  it("states the window, the colours in use, the file and what is hidden for the legend and image", () => {
    const { table, actors } = imp();
    const window = new EventWindow(new EventAggregator(table, actors.detailed, actors.entities.length));
    window.moveTo(yearStart(2024), yearEnd(2024));
    const visible = visibleAggregates(window.aggregator, { minCount: 1, topN: 2 });
    const text = eventSnapshotText("ICEWS, 2024", "e.tsv", visible, actors.entities, "Hidden: 1 events.");
    expect(text).toEqual({
      caption: "ICEWS, 2024",
      attribution: "Source: e.tsv (2 events drawn, one edge per source, target and class)",
      entityTypes: ["country"],
      classes: ["material-cooperation", "verbal-cooperation"],
      note: "Hidden: 1 events.",
    });
  });
});

describe("routing a chosen file", () => {
  it("sends one .tsv/.txt, or one .csv without an Entente header, to the column mapping", () => {
    expect(isEventTable([{ name: "events.tsv" }], "Mali\tMake statement\tNiger\t2024-01-01")).toBe(true);
    expect(isEventTable([{ name: "20240101.export.CSV" }], "1\t20240101\t...")).toBe(true);
    expect(isEventTable([{ name: "e.csv" }], "date,subject,relation,object")).toBe(true);
    expect(isEventTable([{ name: "relations.csv" }], "\uFEFFSource,Target,Relation type,Date")).toBe(false);
    expect(isEventTable([{ name: "entities.csv" }], "id,label,type")).toBe(false);
    expect(isEventTable([{ name: "a.tsv" }, { name: "b.tsv" }], "")).toBe(false);
    expect(isEventTable([{ name: "bundle.json" }], "{")).toBe(false);
  });
});

describe("the event view's URL parameters", () => {
  it("reads what it writes, leaves other parameters alone, and ignores invalid values", () => {
    const settings = { fold: false, weight: "goldstein" as const, minCount: 3, topN: undefined };
    const search = searchWithEventView(settings, "?dataset=x&from=2010&to=2010");
    expect(search).toBe("?dataset=x&from=2010&to=2010&fold=0&width=goldstein&min=3&top=all");
    expect(eventViewFromSearch(search)).toEqual(settings);
    expect(searchWithEventView(DEFAULT_EVENT_VIEW, search)).toBe("?dataset=x&from=2010&to=2010");
    expect(eventViewFromSearch("?fold=maybe&width=x&min=0&top=-3")).toEqual(DEFAULT_EVENT_VIEW);
  });

  it("are dropped when another dataset is opened", () => {
    expect(searchForDataset("?dataset=x&from=2010&to=2010&fold=0&min=3", "y", "sahel")).toBe("?dataset=y");
  });
});
