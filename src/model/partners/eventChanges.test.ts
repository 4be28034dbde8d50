import { beforeAll, describe, expect, it } from "vitest";
import { importEventTable, type EventImport } from "../events/bundle";
import { EVENT_CLASSES } from "../events/cameo";
import { ICEWS_PRESET } from "../events/columns";
import { parseDay, asOfEventWindow } from "../time/timeModes";
import { actorChanges, changeWindows, dominantClass, eventsByEntity } from "./";
import { isoDay } from "../time/dates";
import { windowFromYears } from "../time/window";
import { icewsText } from "../../../tests/fixtures/eventFixtures";

let imp: EventImport;
beforeAll(() => {
  imp = importEventTable(icewsText(), ICEWS_PRESET);
});

describe("what changed for an actor of an event table", () => {
  it("matches a scan of every event: partners gained, lost and turned between the 12 months up to two days", () => {
    const { table, actors } = imp;
    const entityOf = actors.folded;
    const n = actors.entities.length;
    const labels = actors.entities.map((e) => e.label);
    const index = eventsByEntity(table, entityOf, n);
    const first = asOfEventWindow(parseDay("2008-12-31")!);
    const second = asOfEventWindow(parseDay("2014-12-31")!);
    const activity = new Int32Array(n);
    for (let i = 0; i < table.size; i++) if (entityOf[table.subject[i]] !== entityOf[table.object[i]]) activity[entityOf[table.subject[i]]]++;
    const busiest = [...activity.keys()].sort((a, b) => activity[b] - activity[a]).slice(0, 5);
    let seen = 0;
    for (const actor of busiest) {
      // Reference: every event of the table, per partner and window.
      const counts = new Map<number, [number[], number[]]>();
      for (let i = 0; i < table.size; i++) {
        const s = entityOf[table.subject[i]];
        const o = entityOf[table.object[i]];
        if (s === o || (s !== actor && o !== actor)) continue;
        const partner = s === actor ? o : s;
        const entry = counts.get(partner) ?? [EVENT_CLASSES.map(() => 0), EVENT_CLASSES.map(() => 0)];
        const day = table.day[i];
        if (day >= first.first && day <= first.last) entry[0][table.cls[i]]++;
        if (day >= second.first && day <= second.last) entry[1][table.cls[i]]++;
        counts.set(partner, entry);
      }
      const sum = (c: number[]) => c.reduce((a, b) => a + b, 0);
      const ids = (pick: (b: number[], a: number[]) => boolean) => [...counts].filter(([, [b, a]]) => pick(b, a)).map(([p]) => p).sort((x, y) => x - y);
      const changes = actorChanges(table, entityOf, labels, index, actor, first, second);
      const sorted = (list: { partner: number }[]) => list.map((p) => p.partner).sort((x, y) => x - y);
      expect(sorted(changes.gained)).toEqual(ids((b, a) => sum(b) === 0 && sum(a) > 0));
      expect(sorted(changes.lost)).toEqual(ids((b, a) => sum(b) > 0 && sum(a) === 0));
      expect(sorted(changes.turned)).toEqual(ids((b, a) => sum(b) > 0 && sum(a) > 0 && dominantClass(b) !== dominantClass(a)));
      for (const p of [...changes.gained, ...changes.lost, ...changes.turned]) expect([p.before, p.after]).toEqual(counts.get(p.partner));
      seen += changes.gained.length + changes.lost.length + changes.turned.length;
    }
    // The sample spans 2005–2015: the busiest actors do change partners between 2008 and 2014.
    expect(seen).toBeGreaterThan(0);
  });

  it("lists the busiest partners first", () => {
    const { table, actors } = imp;
    const index = eventsByEntity(table, actors.folded, actors.entities.length);
    const changes = actorChanges(table, actors.folded, actors.entities.map((e) => e.label), index, 0, asOfEventWindow(parseDay("2006-12-31")!), asOfEventWindow(parseDay("2014-12-31")!));
    const totals = changes.gained.map((p) => p.after.reduce((a, b) => a + b, 0));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it("compares a window with the span of the same length before it, in whole months when it is, and Compare's two 12 months", () => {
    const iso = (w: { first: number; last: number }) => `${isoDay(w.first)}..${isoDay(w.last)}`;
    const year = changeWindows({ mode: "window", window: windowFromYears(2012, 2012) });
    expect([iso(year.first), iso(year.second)]).toEqual(["2011-01-01..2011-12-31", "2012-01-01..2012-12-31"]);
    const years = changeWindows({ mode: "window", window: windowFromYears(2013, 2015) });
    expect(iso(years.first)).toBe("2010-01-01..2012-12-31");
    const compare = changeWindows({ mode: "compare", from: parseDay("2008-12-31")!, to: parseDay("2014-06-30")! });
    expect([iso(compare.first), iso(compare.second)]).toEqual(["2008-01-01..2008-12-31", "2013-07-01..2014-06-30"]);
    const days = changeWindows({ mode: "window", window: { first: parseDay("2014-03-05")!, last: parseDay("2014-03-14")! } });
    expect(iso(days.first)).toBe("2014-02-23..2014-03-04");
  });
});
