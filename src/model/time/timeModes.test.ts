import { describe, expect, it } from "vitest";
import { dayNumber, isoDay } from "./dates";
import { datasetTexts, generateDataset } from "../dataset/generate";
import { yearHistogram, yearTotal } from "./histogram";
import { RelationIndex, TimeView } from "./timeIndex";
import {
  asOfEventWindow,
  changeMark,
  changeMarks,
  hasMonthPrecision,
  monthNumber,
  parseDay,
  windowFromMonths,
  windowsFor,
} from "./timeModes";
import { validateDataset } from "../dataset/validate";
import { modelWith, SHARED_TYPES } from "../../../tests/fixtures/fixtures";

const day = (text: string) => parseDay(text)!;

describe("month windows", () => {
  it("run from the first day of the first month to the last day of the last", () => {
    const w = windowFromMonths(monthNumber(2024, 2), monthNumber(2024, 2));
    expect([isoDay(w.first), isoDay(w.last)]).toEqual(["2024-02-01", "2024-02-29"]);
    const y = windowFromMonths(monthNumber(2023, 12), monthNumber(2024, 1));
    expect([isoDay(y.first), isoDay(y.last)]).toEqual(["2023-12-01", "2024-01-31"]);
  });
});

describe("as of a day", () => {
  it("shows events of the 12 months ending that day", () => {
    const w = asOfEventWindow(day("2024-03-01"));
    expect([isoDay(w.first), isoDay(w.last)]).toEqual(["2023-03-02", "2024-03-01"]);
    const leap = asOfEventWindow(day("2024-02-29"));
    expect(isoDay(leap.first)).toBe("2023-03-02");
  });
  it("shows the states that hold that day and the events before it, not after", () => {
    const model = modelWith([
      { id: "old-event", type: "signed-mou", source: "a", target: "b", date: "2023-03-01" },
      { id: "recent-event", type: "signed-mou", source: "a", target: "b", date: "2023-03-02" },
      { id: "later-event", type: "signed-mou", source: "a", target: "c", date: "2024-03-02" },
      { id: "holding", type: "member-of", source: "c", target: "b", start: "2020", end: "2024-03" },
      { id: "ended", type: "member-of", source: "a", target: "c", start: "2020", end: "2024-02" },
      { id: "not-yet", type: "member-of", source: "b", target: "c", start: "2024-03-02" },
    ]);
    const view = new TimeView(new RelationIndex(model));
    view.moveTo(windowsFor({ mode: "asof", day: day("2024-03-01") }));
    expect([...view.contents().relations].sort()).toEqual(["holding", "recent-event"]);
  });
});

describe("compare two days", () => {
  const from = day("2023-06-01");
  const to = day("2024-06-01");
  it.each([
    ["held", "2020-01-01", "2025-01-01"],
    ["held", "2023-06-01", "2024-06-01"],
    ["began", "2023-06-02", "2025-01-01"],
    ["ended", "2020-01-01", "2024-05-31"],
    ["between", "2023-07-26", "2023-07-26"],
    [undefined, "2024-06-02", "2024-07-01"],
    [undefined, "2020-01-01", "2023-05-31"],
  ])("marks %s a relation spanning %s to %s", (mark, first, last) => {
    expect(changeMark(day(first), day(last), from, to)).toBe(mark);
  });
  it("treats an open state as holding on every later day", () => {
    expect(changeMark(day("2020-01-01"), Infinity, from, to)).toBe("held");
    expect(changeMark(day("2024-01-01"), Infinity, from, to)).toBe("began");
  });
  it("marks every relation of a compare view", () => {
    const model = modelWith([
      { id: "coup", type: "staged-coup", source: "a", target: "b", date: "2023-07-26" },
      { id: "member", type: "member-of", source: "a", target: "c", start: "1975", end: "2024-01" },
    ]);
    const view = new TimeView(new RelationIndex(model));
    view.moveTo(windowsFor({ mode: "compare", from, to }));
    expect(changeMarks(model, view.contents().relations, from, to)).toEqual(
      new Map([
        ["coup", "between"],
        ["member", "ended"],
      ]),
    );
  });
});

describe("parseDay", () => {
  it.each(["2024-02-30", "2024-3-1", "2024", "2024-03", "", "banana", null])("rejects %s", (text) => {
    expect(parseDay(text)).toBeUndefined();
  });
  it("reads an ISO day", () => {
    expect(parseDay("2024-03-01")).toBe(dayNumber(2024, 3, 1));
  });
});

describe("yearHistogram", () => {
  it("counts an event in its year and a state in every year it holds, by class", () => {
    const model = modelWith([
      { id: "e1", type: "signed-mou", source: "a", target: "b", date: "2021-05" },
      { id: "e2", type: "staged-coup", source: "a", target: "b", date: "2021~" },
      { id: "s1", type: "member-of", source: "a", target: "c", start: "2020-06", end: "2022-01" },
      { id: "open", type: "fights", source: "b", target: "c", start: "2022" },
    ]);
    const h = yearHistogram(model, 2019, 2023);
    expect(h.counts.map(yearTotal)).toEqual([0, 1, 3, 2, 1]);
    expect(h.counts[2]).toMatchObject({ "verbal-cooperation": 1, "material-conflict": 1, structural: 1 });
    expect(h.counts[4]).toMatchObject({ "material-conflict": 1, structural: 0 });
    expect(h.peak).toBe(3);
    expect(yearHistogram(model, 2019, 2023, (id) => id !== "s1").counts.map(yearTotal)).toEqual([0, 0, 2, 1, 1]);
  });
});

describe("generateDataset", () => {
  const types = JSON.parse(SHARED_TYPES);
  it("makes a valid dataset of the asked size, the same for the same seed", () => {
    const a = generateDataset(types, { relations: 2000, seed: 5 });
    expect(a.relations).toHaveLength(2000);
    expect(generateDataset(types, { relations: 2000, seed: 5 })).toEqual(a);
    expect(generateDataset(types, { relations: 2000, seed: 6 })).not.toEqual(a);
    const result = validateDataset(datasetTexts(a), { sharedRelationTypes: SHARED_TYPES });
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
    const kinds = new Set(a.relations.map((r) => (r.date ? "event" : r.end ? "closed" : "open")));
    expect([...kinds].sort()).toEqual(["closed", "event", "open"]);
    const years = a.relations.map((r) => Number((r.date ?? r.start)!.slice(0, 4)));
    expect([Math.min(...years), Math.max(...years)]).toEqual([1975, 2024]);
  });
  it("lets month steps be offered only when the data has months or days", () => {
    expect(hasMonthPrecision(modelWith([{ id: "x", type: "signed-mou", source: "a", target: "b", date: "2024" }]))).toBe(false);
    expect(hasMonthPrecision(modelWith([{ id: "x", type: "member-of", source: "a", target: "b", start: "2024", end: "2025-02" }]))).toBe(true);
  });
});
