import { beforeAll, describe, expect, it } from "vitest";
import { dayNumber, yearEnd, yearStart } from "../time/dates";
import { edgeKey, type AggregateCounts, type AggregateEdge } from "./aggregate";
import { importEventTable, type EventImport } from "./bundle";
import { EVENT_CLASSES, classOfRoot, codeOfLabel, rootOfCode } from "./cameo";
import { ICEWS_PRESET } from "./columns";
import { shownDiff, shownEvents, yearlyScale } from "./display";
import { egoAggregates } from "./ego";
import { visibleAggregates } from "./filters";
import { EventFrameSource } from "./frame";
import { eventScope } from "./typeFilters";
import { frameCaption, frameFileName } from "../frame/describe";
import { periodOf } from "../frame/period";
import { icewsRows, icewsText, random } from "../../../tests/fixtures/eventFixtures";

/** Brute force by the definition: grow the set `hops` times by every edge with an end in it; keep the edges inside. */
function bruteEgo(edges: { source: number; target: number; key: number; count: number }[], focus: number, hops: number) {
  let near = new Set([focus]);
  for (let step = 0; step < hops; step++) {
    const grown = new Set(near);
    for (const e of edges) if (near.has(e.source) || near.has(e.target)) grown.add(e.source).add(e.target);
    near = grown;
  }
  if (near.size === 1) return new Map<number, number>();
  return new Map(edges.filter((e) => near.has(e.source) && near.has(e.target)).map((e) => [e.key, e.count]));
}

const countsOf = (c: AggregateCounts) => new Map([...c.edges].map(([k, e]) => [k, e.count]));

describe("ego view of aggregated events", () => {
  it("keeps what a brute-force neighbourhood keeps, on random aggregated edges", () => {
    const rnd = random(5);
    for (let n = 0; n < 300; n++) {
      const entityCount = 3 + Math.floor(rnd() * 20);
      const edges = new Map<number, AggregateEdge>();
      const wanted = Math.floor(rnd() * entityCount * 2);
      for (let i = 0; i < wanted; i++) {
        const source = Math.floor(rnd() * entityCount);
        const target = Math.floor(rnd() * entityCount);
        if (source === target) continue;
        const cls = Math.floor(rnd() * 4);
        const key = edgeKey(source, target, cls, entityCount);
        edges.set(key, { key, source, target, cls, count: 1 + Math.floor(rnd() * 9), goldstein: 0 });
      }
      const counts: AggregateCounts = { edges, activity: new Int32Array(entityCount), selfLoopEvents: 3 };
      const focus = Math.floor(rnd() * entityCount);
      for (const hops of [1, 2] as const) {
        const ego = egoAggregates(counts, focus, hops);
        const expected = bruteEgo([...edges.values()], focus, hops);
        expect(countsOf(ego)).toEqual(expected);
        // An entity's size is its events on the edges kept.
        const activity = Array.from({ length: entityCount }, (_, i) => [...ego.edges.values()].filter((e) => e.source === i || e.target === i).reduce((s, e) => s + e.count, 0));
        expect([...ego.activity]).toEqual(activity);
      }
    }
  });

  it("leaves nothing in view for an entity with no edge", () => {
    const edges = new Map<number, AggregateEdge>([[edgeKey(1, 2, 0, 4), { key: edgeKey(1, 2, 0, 4), source: 1, target: 2, cls: 0, count: 2, goldstein: 0 }]]);
    expect(egoAggregates({ edges, activity: new Int32Array(4), selfLoopEvents: 0 }, 0, 2).edges.size).toBe(0);
  });
});

describe("event frame with focus and hops on the ICEWS sample", () => {
  let imp: EventImport;
  /** Events per (subject entity, object entity, class) and day, worked out from the raw rows. */
  let rows: { day: number; source: number; target: number; key: number }[];
  beforeAll(() => {
    imp = importEventTable(icewsText(), ICEWS_PRESET);
    const actorIndex = new Map(imp.table.actors.map((a, i) => [a, i]));
    const n = imp.actors.entities.length;
    rows = icewsRows().map((r) => {
      const source = imp.actors.detailed[actorIndex.get(r.subject)!];
      const target = imp.actors.detailed[actorIndex.get(r.object)!];
      const cls = EVENT_CLASSES.indexOf(classOfRoot(rootOfCode(codeOfLabel(r.label)!)!)!);
      const [y, m, d] = r.date.split("-").map(Number);
      return { day: dayNumber(y, m, d), source, target, key: edgeKey(source, target, cls, n) };
    });
  }, 60_000);

  function brute(first: number, last: number, focus: number, hops: number) {
    const edges = new Map<number, { key: number; source: number; target: number; count: number }>();
    for (const r of rows) {
      if (r.day < first || r.day > last || r.source === r.target) continue;
      const e = edges.get(r.key) ?? { key: r.key, source: r.source, target: r.target, count: 0 };
      e.count++;
      edges.set(r.key, e);
    }
    return bruteEgo([...edges.values()], focus, hops);
  }

  it("matches brute force year by year, and a step changes only the edges that entered, left or changed count", { timeout: 60_000 }, () => {
    const n = imp.actors.entities.length;
    const source = new EventFrameSource(imp.table, imp.actors.detailed, n);
    // The busiest entity of 2012.
    const year = source.frame({ mode: "window", window: { first: yearStart(2012), last: yearEnd(2012) } });
    const focus = year.counts.activity.indexOf(Math.max(...year.counts.activity));
    const scale = yearlyScale(imp.table, imp.actors.detailed, n);
    let before: ReturnType<typeof shownEvents> | undefined;
    let previous = new Map<number, number>();
    for (const hops of [1, 2] as const) {
      for (let y = 2010; y <= 2014; y++) {
        const window = { first: yearStart(2010), last: yearEnd(y) };
        const frame = source.frame({ mode: "window", window }, { focus, hops });
        const expected = brute(window.first, window.last, focus, hops);
        expect(countsOf(frame.counts)).toEqual(expected);
        expect(expected.size).toBeGreaterThan(0);
        const shown = shownEvents(visibleAggregates(frame.counts, { minCount: 1 }), frame.counts.activity, "count", scale);
        if (before && hops === 1) {
          // What the renderer refreshes: every edge that entered or left the neighbourhood, and otherwise only
          // edges whose count moved (two counts can round to one width, so not necessarily all of those).
          const moved = new Set([...expected].filter(([k, c]) => previous.get(k) !== c).map(([k]) => k));
          const left = [...previous.keys()].filter((k) => !expected.has(k));
          const refreshed = shownDiff(before, shown).edges;
          const presence = [...left, ...[...expected.keys()].filter((k) => !previous.has(k))];
          expect(refreshed.filter((k) => !moved.has(k) && !left.includes(k))).toEqual([]);
          expect(presence.filter((k) => !refreshed.includes(k))).toEqual([]);
          const changed = moved.size + left.length;
          expect(changed).toBeLessThan(expected.size);
        }
        before = shown;
        previous = expected;
      }
    }
  });

  it("narrows compared windows to the neighbourhood of their edges together", { timeout: 30_000 }, () => {
    const source = new EventFrameSource(imp.table, imp.actors.detailed, imp.actors.entities.length);
    const whole = source.frame({ mode: "compare", from: dayNumber(2012, 1, 1), to: dayNumber(2015, 6, 1) });
    const focus = whole.counts.activity.indexOf(Math.max(...whole.counts.activity));
    const ego = source.frame({ mode: "compare", from: dayNumber(2012, 1, 1), to: dayNumber(2015, 6, 1) }, { focus, hops: 1 });
    expect(countsOf(ego.counts)).toEqual(bruteEgo([...whole.counts.edges.values()], focus, 1));
    for (const key of ego.counts.edges.keys()) expect(ego.marks!.get(key)).toBe(whole.marks!.get(key));
  });

  it("names the focus and hops in the file name and caption", () => {
    const mali = { id: "mali", label: "Mali", type: "country" as const };
    const scope = eventScope(mali, { types: [], entityTypes: [] }, { hops: 1 });
    const label = { dataset: { id: "icews", title: "ICEWS" }, period: periodOf({ from: 2015, to: 2015 }), scope };
    expect(frameFileName(label)).toBe("entente-icews-2015-mali-1-step");
    expect(frameCaption(label)).toBe("ICEWS, 2015; Mali and 1 step around it");
    expect(frameFileName({ ...label, scope: eventScope(mali, { types: [], entityTypes: [] }, {}) })).toBe("entente-icews-2015-mali");
  });
});
