import { describe, expect, it } from "vitest";
import { dayNumber } from "../time/dates";
import { EVENT_CLASSES } from "../events/cameo";
import type { EventTable } from "../events/table";
import { random } from "../dataset/generate";
import { actorChangesCsv, actorTimeline, actorTimelineCsv, eventPartnerGrid, eventsByEntity, periodSpan, type ActorChanges } from "./";
import { yearPeriods } from "./periods";

/** A random event table: `size` events between `actors` actors over 2000–2009, in day order as imported tables are. */
function randomTable(seed: number, size: number, actors: number): EventTable {
  const rnd = random(seed);
  const pick = (n: number) => Math.floor(rnd() * n);
  const days = Array.from({ length: size }, () => dayNumber(2000, 1, 1) + pick(3653)).sort((a, b) => a - b);
  const ints = (f: () => number) => Int32Array.from({ length: size }, f);
  return {
    size,
    actors: Array.from({ length: actors }, (_, i) => `actor ${i}`),
    labels: [],
    codes: [],
    urls: [],
    day: Int32Array.from(days),
    subject: ints(() => pick(actors)),
    object: ints(() => pick(actors)),
    root: new Uint8Array(size),
    cls: Uint8Array.from({ length: size }, () => pick(EVENT_CLASSES.length)),
    goldstein: new Float32Array(size),
    label: ints(() => 0),
    code: ints(() => 0),
    url: ints(() => -1),
    row: ints(() => 0),
  };
}

describe("an actor's timeline in an event table", () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`counts per partner, month and class match a scan of every event (seed ${seed})`, () => {
      const actors = 4 + seed * 3;
      const table = randomTable(seed, 400 * seed, actors);
      // Some actors folded together, as sector actors are, so an event can have one entity on both sides.
      const entityOf = Int32Array.from({ length: actors }, (_, i) => (i % 5 === 4 ? i - 1 : i));
      const index = eventsByEntity(table, entityOf, actors);
      const labels = table.actors;
      for (let actor = 0; actor < actors; actor++) {
        const partners = eventPartnerGrid(table, entityOf, labels, index, actor, 2009, "activity").rows.map((r) => Number(r.partner));
        const lanes = actorTimeline(table, entityOf, index, actor, partners);
        expect(lanes.map((l) => l.partner)).toEqual(partners);
        // Reference: every event of the table, keyed by partner and month.
        const expected = new Map<string, number[]>();
        for (let i = 0; i < table.size; i++) {
          const s = entityOf[table.subject[i]];
          const o = entityOf[table.object[i]];
          if (s === o || (s !== actor && o !== actor)) continue;
          const key = `${s === actor ? o : s}|${new Date(table.day[i] * 86_400_000).toISOString().slice(0, 7)}`;
          const counts = expected.get(key) ?? EVENT_CLASSES.map(() => 0);
          counts[table.cls[i]]++;
          expected.set(key, counts);
        }
        const actual = new Map<string, number[]>();
        for (const lane of lanes) {
          lane.bins.forEach((bin, i) => {
            if (i > 0) expect(bin.month).toBeGreaterThan(lane.bins[i - 1].month);
            expect(bin.last - bin.first).toBeGreaterThanOrEqual(27);
            actual.set(`${lane.partner}|${new Date(bin.first * 86_400_000).toISOString().slice(0, 7)}`, bin.counts);
          });
        }
        expect(actual).toEqual(expected);
      }
    });
  }

  it("keeps only the partners asked for, in their order", () => {
    const table = randomTable(9, 300, 6);
    const entityOf = Int32Array.from({ length: 6 }, (_, i) => i);
    const index = eventsByEntity(table, entityOf, 6);
    const lanes = actorTimeline(table, entityOf, index, 0, [5, 2]);
    expect(lanes.map((l) => l.partner)).toEqual([5, 2]);
    expect(lanes.every((l) => l.bins.length > 0)).toBe(true);
  });

  it("exports as CSV: a row per partner and month, its events per class", () => {
    const table = randomTable(7, 200, 5);
    const entityOf = Int32Array.from({ length: 5 }, (_, i) => i);
    const index = eventsByEntity(table, entityOf, 5);
    const lanes = actorTimeline(table, entityOf, index, 1, [0, 2, 3, 4]);
    const lines = actorTimelineCsv(lanes, table.actors).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe(["partner", "month", "first day", "last day", ...EVENT_CLASSES.map((c) => `${c} events`)].join(","));
    expect(lines).toHaveLength(1 + lanes.reduce((n, l) => n + l.bins.length, 0));
    const total = lines.slice(1).reduce((n, l) => n + l.split(",").slice(4).reduce((a, b) => a + Number(b), 0), 0);
    expect(total).toBe(lanes.reduce((n, l) => n + l.bins.reduce((m, b) => m + b.counts.reduce((x, y) => x + y, 0), 0), 0));
  });
});

describe("exports of an actor's views", () => {
  it("What changed as CSV: a row per partner gained, lost or turned, with its events before and after", () => {
    const zero = EVENT_CLASSES.map(() => 0);
    const changes: ActorChanges = {
      gained: [{ partner: 1, label: "=Mali", before: zero, after: [0, 2, 0, 1] }],
      lost: [],
      turned: [{ partner: 2, label: "Chad, Republic", before: [3, 0, 0, 0], after: [0, 0, 0, 4] }],
    };
    const lines = actorChangesCsv(changes, { first: dayNumber(2011, 1, 1), last: dayNumber(2011, 12, 31) }, { first: dayNumber(2012, 1, 1), last: dayNumber(2012, 12, 31) })
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(3);
    // A label that starts like a formula is neutralised; one with a comma is quoted.
    expect(lines[1]).toBe("partner gained,\"'=Mali\",2011-01-01/2011-12-31,2012-01-01/2012-12-31,0,0,0,2,0,0,0,1");
    expect(lines[2]).toBe('turned,"Chad, Republic",2011-01-01/2011-12-31,2012-01-01/2012-12-31,3,0,0,0,0,0,0,4');
  });
});

describe("periodSpan", () => {
  const grid = (min: number, max: number) => ({ entity: "x", rows: [], periods: yearPeriods(min, max, new Set([min, max])) });
  it("names the years the columns run over", () => {
    expect(periodSpan(grid(1975, 2025))).toBe("1975–2025");
    expect(periodSpan(grid(2024, 2024))).toBe("2024");
    expect(periodSpan({ entity: "x", rows: [], periods: [] })).toBe("");
  });
});
