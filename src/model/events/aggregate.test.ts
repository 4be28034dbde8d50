import { beforeAll, describe, expect, it } from "vitest";
import { EventAggregator, EventWindow, type AggregateEdge } from "./aggregate";
import { eventDetails } from "./table";
import { EVENT_CLASSES, classOfRoot, codeOfLabel, goldsteinOfCode, rootOfCode } from "./cameo";
import { ICEWS_PRESET } from "./columns";
import { idsOf, rangeDiff, rangeOfWindow } from "./dayIndex";
import { importEventTable, type EventImport } from "./bundle";
import { topEntities, visibleAggregates } from "./filters";
import { icewsRows, icewsText } from "../../../tests/fixtures/eventFixtures";

/** Brute force straight from the raw rows: events per (source, target, class) with day in [first, last]. */
function bruteForce(_imp: EventImport, entityOf: Int32Array, first: number, last: number) {
  const edges = new Map<string, { count: number; goldstein: number }>();
  const activity = new Map<number, number>();
  let selfLoops = 0;
  let events = 0;
  for (const r of rows) {
    if (r.day < first || r.day > last) continue;
    const s = entityOf[r.subjectActor];
    const t = entityOf[r.objectActor];
    const code = r.code;
    events++;
    activity.set(s, (activity.get(s) ?? 0) + 1);
    if (s === t) {
      selfLoops++;
      continue;
    }
    activity.set(t, (activity.get(t) ?? 0) + 1);
    const key = `${s}|${t}|${EVENT_CLASSES.indexOf(classOfRoot(rootOfCode(code)!)!)}`;
    const e = edges.get(key) ?? { count: 0, goldstein: 0 };
    e.count++;
    e.goldstein += goldsteinOfCode(code)!;
    edges.set(key, e);
  }
  return { edges, activity, selfLoops, events };
}

function expectSame(agg: EventAggregator, ref: ReturnType<typeof bruteForce>) {
  const got = new Map([...agg.edges.values()].map((e) => [`${e.source}|${e.target}|${e.cls}`, e]));
  expect(got.size).toBe(ref.edges.size);
  const wrong = [...ref.edges].filter(([key, r]) => got.get(key)?.count !== r.count || Math.abs(got.get(key)!.goldstein - r.goldstein) > 1e-3);
  expect(wrong).toEqual([]);
  expect(agg.eventsInWindow).toBe(ref.events);
  expect(agg.selfLoopEvents).toBe(ref.selfLoops);
  expect([...agg.activity]).toEqual(Array.from(agg.activity, (_, i) => ref.activity.get(i) ?? 0));
}

let imp: EventImport;
/** The raw rows with their day, actor indices and CAMEO code worked out once, independently of the aggregator. */
let rows: { subject: string; object: string; date: string; day: number; subjectActor: number; objectActor: number; code: string }[];
const DAY0 = Date.UTC(2005, 0, 1) / 86_400_000;
const DAYN = Date.UTC(2015, 11, 31) / 86_400_000;

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(() => {
  imp = importEventTable(icewsText(), ICEWS_PRESET);
  const actorIndex = new Map(imp.table.actors.map((a, i) => [a, i]));
  rows = icewsRows().map((r) => ({
    ...r,
    day: Date.UTC(Number(r.date.slice(0, 4)), Number(r.date.slice(5, 7)) - 1, Number(r.date.slice(8, 10))) / 86_400_000,
    subjectActor: actorIndex.get(r.subject)!,
    objectActor: actorIndex.get(r.object)!,
    code: codeOfLabel(r.label)!,
  }));
}, 60_000);

describe("event day index", () => {
  it("finds the id range of a window and what enters and leaves it", () => {
    const days = Int32Array.from([1, 2, 2, 3, 5, 8, 8, 9]);
    expect(rangeOfWindow(days, 2, 5)).toEqual([1, 5]);
    expect(rangeOfWindow(days, 6, 7)).toEqual([5, 5]);
    expect(rangeOfWindow(days, 0, 100)).toEqual([0, 8]);
    expect(rangeDiff([1, 5], [3, 7])).toEqual({ entered: [[5, 7]], left: [[1, 3]] });
    expect(rangeDiff([1, 5], [6, 8])).toEqual({ entered: [[6, 8]], left: [[1, 5]] });
    expect(rangeDiff([3, 5], [1, 7])).toEqual({ entered: [[1, 3], [5, 7]], left: [] });
    expect(rangeDiff([0, 0], [2, 4])).toEqual({ entered: [[2, 4]], left: [] });
    expect(idsOf([[1, 3], [5, 7]])).toEqual([1, 2, 5, 6]);
  });

  it("sorts the sample's events by day", { timeout: 30_000 }, () => {
    const { day } = imp.table;
    const unsorted = day.findIndex((d, i) => i > 0 && d < day[i - 1]);
    expect(unsorted).toBe(-1);
    expect(day.length).toBe(rows.length);
  });
});

describe("aggregation on the ICEWS sample", () => {
  for (const mode of ["detailed", "folded"] as const) {
    it(`matches a brute-force count over many random windows, moved incrementally (${mode})`, { timeout: 60_000 }, () => {
      const entityOf = imp.actors[mode];
      const window = new EventWindow(new EventAggregator(imp.table, entityOf, imp.actors.entities.length));
      const rnd = random(mode === "folded" ? 7 : 3);
      for (let n = 0; n < 25; n++) {
        const first = DAY0 + Math.floor(rnd() * (DAYN - DAY0));
        const last = first + Math.floor(rnd() * (n % 4 === 0 ? 4000 : 400));
        window.moveTo(first, last);
        expectSame(window.aggregator, bruteForce(imp, entityOf, first, last));
      }
      // A year-long window stepping a month at a time, as a player would move it.
      let first = DAY0;
      for (; first <= DAY0 + 3 * 365; first += 30) {
        window.moveTo(first, first + 364);
        if ((first - DAY0) % 150 === 0) expectSame(window.aggregator, bruteForce(imp, entityOf, first, first + 364));
      }
      first -= 30;
      expectSame(window.aggregator, bruteForce(imp, entityOf, first, first + 364));
    });
  }

  it("gives the same result through the time index's entered/left id interface", { timeout: 30_000 }, () => {
    const a = new EventAggregator(imp.table, imp.actors.folded, imp.actors.entities.length);
    let prev: [number, number] = [0, 0];
    const rnd = random(11);
    for (let n = 0; n < 15; n++) {
      const first = DAY0 + Math.floor(rnd() * (DAYN - DAY0));
      const next = rangeOfWindow(imp.table.day, first, first + 500);
      const { entered, left } = rangeDiff(prev, next);
      a.applyDiff(idsOf(entered).reverse(), idsOf(left));
      prev = next;
      expectSame(a, bruteForce(imp, imp.actors.folded, first, first + 500));
    }
  });

  it("reports which edges were added, removed or changed by a step", { timeout: 30_000 }, () => {
    const window = new EventWindow(new EventAggregator(imp.table, imp.actors.detailed, imp.actors.entities.length));
    window.moveTo(DAY0 + 1000, DAY0 + 1364);
    const before = new Map([...window.aggregator.edges].map(([k, e]) => [k, e.count]));
    const change = window.moveTo(DAY0 + 1030, DAY0 + 1394);
    const after = window.aggregator.edges;
    const expected = { added: [] as number[], removed: [] as number[], changed: [] as number[] };
    for (const k of after.keys()) if (!before.has(k)) expected.added.push(k);
    for (const k of before.keys()) if (!after.has(k)) expected.removed.push(k);
    const sort = (a: number[]) => [...a].sort((x, y) => x - y);
    expect(sort(change.added)).toEqual(sort(expected.added));
    expect(sort(change.removed)).toEqual(sort(expected.removed));
    for (const k of change.changed) expect(after.has(k) && before.has(k)).toBe(true);
    for (const [k, e] of after) if (before.has(k) && before.get(k) !== e.count) expect(change.changed).toContain(k);
    expect(change.added.length + change.removed.length).toBeGreaterThan(0);
  });

  it("lists the events behind an edge by date, for the tooltip and panel", { timeout: 30_000 }, () => {
    const { table, actors } = imp;
    const window = new EventWindow(new EventAggregator(table, actors.folded, actors.entities.length));
    window.moveTo(DAY0 + 365 * 5, DAY0 + 365 * 6);
    const edge = [...window.aggregator.edges.values()].sort((a, b) => b.count - a.count)[0];
    const events = window.eventsOf(edge.key);
    expect(events).toHaveLength(edge.count);
    const [lo, hi] = window.range;
    const expected: number[] = [];
    for (let i = lo; i < hi; i++) {
      if (actors.folded[table.subject[i]] === edge.source && actors.folded[table.object[i]] === edge.target && table.cls[i] === edge.cls) expected.push(i);
    }
    expect(events).toEqual(expected);
    for (let i = 1; i < events.length; i++) expect(table.day[events[i]]).toBeGreaterThanOrEqual(table.day[events[i - 1]]);
    const first = eventDetails(table, events[0]);
    const raw = rows[first.row - 1];
    expect([first.date, first.subject, first.object]).toEqual([raw.date, raw.subject, raw.object]);
    expect(first.code).toBe(raw.code);
  });

  it("counts known pairs in known years like the raw file does", { timeout: 30_000 }, () => {
    const { actors, table } = imp;
    const id = (label: string) => actors.entities.findIndex((e) => e.label === label);
    const window = new EventWindow(new EventAggregator(table, actors.detailed, actors.entities.length));
    for (const [s, t, year] of [["China", "Japan", 2010], ["Iran", "China", 2012], ["Boko Haram", "Citizen (Nigeria)", 2014]] as const) {
      window.moveTo(Date.UTC(year, 0, 1) / 86_400_000, Date.UTC(year, 11, 31) / 86_400_000);
      const raw = rows.filter((r) => r.subject === s && r.object === t && r.date.startsWith(String(year)));
      const total = [...window.aggregator.edges.values()].filter((e) => e.source === id(s) && e.target === id(t)).reduce((n, e) => n + e.count, 0);
      expect(raw.length, `${s} → ${t} ${year}`).toBeGreaterThan(0);
      expect(total, `${s} → ${t} ${year}`).toBe(raw.length);
    }
  });
});

describe("threshold and top N", () => {
  it("hide what they should and say how much they hide", { timeout: 30_000 }, () => {
    const { actors, table } = imp;
    const window = new EventWindow(new EventAggregator(table, actors.folded, actors.entities.length));
    window.moveTo(DAY0 + 365 * 3, DAY0 + 365 * 4);
    const agg = window.aggregator;
    const all = visibleAggregates(agg, { minCount: 1 });
    expect(all.edges.length).toBe(agg.edges.size);
    expect(all.hidden).toMatchObject({ edges: 0, events: 0 });
    // Entities active only through self-loops (domestic events once folded) have nothing to draw.
    const onlySelf = [...agg.activity].filter((n, i) => n > 0 && !all.entities.includes(i)).length;
    expect(all.hidden.entities).toBe(onlySelf);
    const shown = (v: { edges: AggregateEdge[] }) => v.edges.reduce((n, e) => n + e.count, 0);
    for (const filter of [{ minCount: 3 }, { minCount: 1, topN: 50 }, { minCount: 5, topN: 20 }]) {
      const v = visibleAggregates(agg, filter);
      const top = filter.topN ? new Set(topEntities(agg.activity, filter.topN)) : undefined;
      const expected = [...agg.edges.values()].filter((e) => e.count >= filter.minCount && (!top || (top.has(e.source) && top.has(e.target))));
      expect(v.edges.map((e) => e.key).sort()).toEqual(expected.map((e) => e.key).sort());
      expect(shown(v) + v.hidden.events + v.hidden.selfLoopEvents).toBe(agg.eventsInWindow);
      expect(v.hidden.edges).toBe(agg.edges.size - v.edges.length);
      const ends = new Set(v.edges.flatMap((e) => [e.source, e.target]));
      expect(v.entities).toEqual([...ends].sort((a, b) => a - b));
      if (top) for (const e of v.entities) expect(top.has(e)).toBe(true);
    }
    const top = topEntities(agg.activity, 10);
    for (let i = 1; i < top.length; i++) expect(agg.activity[top[i - 1]]).toBeGreaterThanOrEqual(agg.activity[top[i]]);
    expect(actors.entities[top[0]].type).toBe("country");
  });
});
