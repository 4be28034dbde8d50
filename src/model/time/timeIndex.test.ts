import { describe, expect, it } from "vitest";
import { dayNumber, yearEnd, yearStart } from "./dates";
import { datasetTexts, generateDataset, random } from "../dataset/generate";
import { buildModel, type Model } from "../dataset/graph";
import { RelationIndex, sameWindows, TimeView, type KindWindows, type ViewDiff } from "./timeIndex";
import { windowFromMonths, windowsFor, monthNumber } from "./timeModes";
import { validateDataset } from "../dataset/validate";
import { contentsInView, overlaps, windowFromYears, type ViewContents } from "./window";
import { modelWith, SHARED_TYPES, TIME_SEMANTICS } from "../../../tests/fixtures/fixtures";

const TYPES = JSON.parse(SHARED_TYPES);

function generatedModel(relations: number, seed: number, startYear = 1975, years = 50): Model {
  const result = validateDataset(datasetTexts(generateDataset(TYPES, { relations, seed, startYear, years, entities: 40 })), {
    sharedRelationTypes: SHARED_TYPES,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return buildModel(result.dataset);
}

/** The reference: every relation checked against its kind's window. */
function bruteForce(model: Model, windows: KindWindows, include: (id: string) => boolean = () => true): ViewContents {
  const relations = new Set<string>();
  const entities = new Set<string>();
  model.graph.forEachEdge((id, a, s, t) => {
    if (!include(id) || !overlaps(a.first, a.last, windows[a.kind])) return;
    relations.add(id);
    entities.add(s);
    entities.add(t);
  });
  return { relations, entities };
}

const sorted = (s: Iterable<string>) => [...s].sort();
const minus = (a: Set<string>, b: Set<string>) => sorted([...a].filter((x) => !b.has(x)));

function expectDiff(diff: ViewDiff, before: ViewContents, after: ViewContents): void {
  expect(sorted(diff.entered)).toEqual(minus(after.relations, before.relations));
  expect(sorted(diff.left)).toEqual(minus(before.relations, after.relations));
  expect(sorted(diff.entitiesEntered)).toEqual(minus(after.entities, before.entities));
  expect(sorted(diff.entitiesLeft)).toEqual(minus(before.entities, after.entities));
}

/** Random windows of every shape the app makes: years, months, days, as-of days, compare pairs. */
function randomWindows(rnd: () => number, minYear: number, maxYear: number): KindWindows {
  const year = () => minYear - 2 + Math.floor(rnd() * (maxYear - minYear + 5));
  const day = () => dayNumber(year(), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
  const ordered = (a: number, b: number) => [Math.min(a, b), Math.max(a, b)];
  const shape = rnd();
  if (shape < 0.3) {
    const [from, to] = ordered(year(), year());
    return sameWindows(windowFromYears(from, to));
  }
  if (shape < 0.5) {
    const m = () => monthNumber(year(), 1 + Math.floor(rnd() * 12));
    const [from, to] = ordered(m(), m());
    return sameWindows(windowFromMonths(from, to));
  }
  if (shape < 0.6) {
    // A small step, as scrubbing and playback make.
    const from = year();
    return sameWindows(windowFromYears(from, from + Math.floor(rnd() * 5)));
  }
  if (shape < 0.8) return windowsFor({ mode: "asof", day: day() });
  const [from, to] = ordered(day(), day());
  return windowsFor({ mode: "compare", from, to });
}

describe("TimeView against a brute-force reference", () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`gives the same relations, entities and diffs over 300 random windows (seed ${seed})`, () => {
      const startYear = seed % 2 === 0 ? 1940 : 1990; // 1940: spans before day 0 (1970)
      const model = generatedModel(400, seed, startYear, 30);
      const view = new TimeView(new RelationIndex(model));
      const rnd = random(seed * 7919);
      let before = bruteForce(model, sameWindows({ first: Infinity, last: -Infinity }));
      for (let i = 0; i < 300; i++) {
        const windows = randomWindows(rnd, startYear, startYear + 30);
        const diff = view.moveTo(windows);
        const after = bruteForce(model, windows);
        expectDiff(diff, before, after);
        const contents = view.contents();
        expect(sorted(contents.relations)).toEqual(sorted(after.relations));
        expect(sorted(contents.entities)).toEqual(sorted(after.entities));
        expect(view.relationsInView).toBe(after.relations.size);
        expect(view.entitiesInView).toBe(after.entities.size);
        before = after;
      }
    });
  }

  it("matches contentsInView exactly for whole-year windows, and steps one year at a time", () => {
    const model = generatedModel(600, 11);
    const view = new TimeView(new RelationIndex(model));
    for (let from = 1970; from <= 2026; from++) {
      view.moveTo(sameWindows(windowFromYears(from, from + 4)));
      const expected = contentsInView(model, windowFromYears(from, from + 4));
      expect(view.contents()).toEqual(expected);
    }
  });

  it("respects an include filter, through filter changes and window moves", () => {
    const model = generatedModel(400, 21);
    const index = new RelationIndex(model);
    const view = new TimeView(index);
    const rnd = random(99);
    let windows = sameWindows(windowFromYears(2000, 2010));
    let before = bruteForce(model, windows);
    expectDiff(view.moveTo(windows), bruteForce(model, sameWindows({ first: Infinity, last: -Infinity })), before);
    for (let i = 0; i < 40; i++) {
      const keepType = new Set(TYPES.filter(() => rnd() < 0.5).map((t: { id: string }) => t.id));
      const include = (id: string) => keepType.has(model.graph.getEdgeAttribute(id, "relation").type);
      let after = bruteForce(model, windows, include);
      expectDiff(view.setInclude((r) => include(index.relationIds[r])), before, after);
      before = after;
      windows = randomWindows(rnd, 1975, 2025);
      after = bruteForce(model, windows, include);
      expectDiff(view.moveTo(windows), before, after);
      expect(sorted(view.contents().relations)).toEqual(sorted(after.relations));
      before = after;
    }
  });

  it("keeps the time semantics of the window tests: precision, approximate dates, open and closed states", () => {
    const model = modelWith(TIME_SEMANTICS);
    const view = new TimeView(new RelationIndex(model));
    const ids = (from: number, to: number) => {
      view.moveTo(sameWindows(windowFromYears(from, to)));
      return sorted(view.contents().relations);
    };
    expect(ids(2024, 2024)).toEqual(["day", "open-state"]);
    expect(ids(2025, 2025)).toEqual(["open-state"]);
    expect(ids(2023, 2023)).toEqual(["month", "open-state"]);
    expect(ids(2020, 2020)).toEqual(["closed-state", "open-state", "year-approx"]);
    expect(ids(2090, 2099)).toEqual(["open-state"]);
    expect(ids(2000, 2009)).toEqual([]);
    expect(view.entitiesInView).toBe(0);
    // Month windows: December 2023 holds the month event, November does not.
    view.moveTo(sameWindows(windowFromMonths(monthNumber(2023, 12), monthNumber(2023, 12))));
    expect(view.contents().relations.has("month")).toBe(true);
    view.moveTo(sameWindows(windowFromMonths(monthNumber(2023, 11), monthNumber(2023, 11))));
    expect(view.contents().relations.has("month")).toBe(false);
  });

  it("reports an entity that swaps one relation for another as neither entering nor leaving", () => {
    const model = modelWith([
      { id: "early", type: "signed-mou", source: "a", target: "b", date: "2020-01-01" },
      { id: "late", type: "signed-mou", source: "a", target: "c", date: "2021-01-01" },
    ]);
    const view = new TimeView(new RelationIndex(model));
    view.moveTo(sameWindows({ first: yearStart(2020), last: yearEnd(2020) }));
    const diff = view.moveTo(sameWindows({ first: yearStart(2021), last: yearEnd(2021) }));
    expect(diff).toEqual({ entered: ["late"], left: ["early"], entitiesEntered: ["c"], entitiesLeft: ["b"] });
  });
});

describe("ViewTracker", () => {
  it("returns the same update for the same view, and chains updates by sequence", async () => {
    const { ViewTracker } = await import("../frame/viewTracker");
    const model = generatedModel(300, 8);
    const tracker = new ViewTracker(model);
    const a = tracker.update({ mode: "window", window: windowFromYears(2000, 2004) });
    expect(tracker.update({ mode: "window", window: windowFromYears(2000, 2004) })).toBe(a);
    const b = tracker.update({ mode: "window", window: windowFromYears(2001, 2005) });
    expect([a.seq, b.base, b.seq]).toEqual([0, 0, 1]);
    expect(b.contents).toEqual(contentsInView(model, windowFromYears(2001, 2005)));
    expectDiff(b.diff, a.contents, b.contents);
    // A filter change diffs against the previous contents.
    const onlyStates = (id: string) => model.graph.getEdgeAttribute(id, "kind") === "state";
    const c = tracker.update({ mode: "window", window: windowFromYears(2001, 2005) }, onlyStates);
    expect(sorted(c.contents.relations)).toEqual(sorted(bruteForce(model, sameWindows(windowFromYears(2001, 2005)), onlyStates).relations));
    expectDiff(c.diff, b.contents, c.contents);
    const d = tracker.update({ mode: "compare", from: yearStart(2001), to: yearEnd(2005) }, onlyStates);
    expect(d.marks?.size).toBe(d.contents.relations.size);
  });
});
