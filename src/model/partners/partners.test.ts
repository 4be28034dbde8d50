import { describe, expect, it } from "vitest";
import { dayNumber, yearEnd, yearOf, yearStart } from "../time/dates";
import { datasetTexts, generateDataset, random } from "../dataset/generate";
import { buildModel, type Model } from "../dataset/graph";
import { changesCsv, changesText, entityChanges, gridCsv, gridPeriods, monthPeriods, partnerGrid, partnersOn, yearPeriods, type Period } from "./";
import { RELATION_CLASSES } from "../dataset/schema";
import { asOfEventWindow, monthNumber } from "../time/timeModes";
import { validateDataset } from "../dataset/validate";
import { overlaps } from "../time/window";
import { SHARED_TYPES } from "../../../tests/fixtures/fixtures";
import { sahelModel } from "../../../tests/fixtures/sahel";

const TYPES = JSON.parse(SHARED_TYPES);

function generatedModel(relations: number, seed: number, startYear = 1975, years = 50): Model {
  const result = validateDataset(datasetTexts(generateDataset(TYPES, { relations, seed, startYear, years, entities: 30 })), {
    sharedRelationTypes: SHARED_TYPES,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return buildModel(result.dataset);
}

/** The reference grid: for every partner and period, every relation of the dataset checked. */
function bruteGrid(model: Model, entity: string, periods: Period[]) {
  const cells = new Map<string, { events: number[]; states: number[]; relations: string[] }>();
  const partners = new Set<string>();
  model.graph.forEachEdge((_, __, s, t) => {
    if (s === entity) partners.add(t);
    if (t === entity) partners.add(s);
  });
  for (const partner of partners) {
    periods.forEach((p, i) => {
      const cell = { events: RELATION_CLASSES.map(() => 0), states: RELATION_CLASSES.map(() => 0), relations: [] as string[] };
      model.graph.forEachEdge((id, a, s, t) => {
        const touches = (s === entity && t === partner) || (t === entity && s === partner);
        if (!touches || !overlaps(a.first, a.last, p)) return;
        (a.kind === "event" ? cell.events : cell.states)[RELATION_CLASSES.indexOf(a.class)]++;
        cell.relations.push(id);
      });
      if (cell.relations.length > 0) cells.set(`${partner}|${i}`, { ...cell, relations: cell.relations.sort() });
    });
  }
  return { partners, cells };
}

describe("partner grid against brute force", () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`matches every cell for random entities, year and month columns (seed ${seed})`, () => {
      const startYear = seed % 2 === 0 ? 1940 : 1990;
      const model = generatedModel(500, seed, startYear, 30);
      const rnd = random(seed * 31);
      const entities = model.graph.nodes();
      for (let k = 0; k < 6; k++) {
        const entity = entities[Math.floor(rnd() * entities.length)];
        if (model.graph.degree(entity) === 0) continue;
        const fromMonth = monthNumber(startYear + Math.floor(rnd() * 30), 1 + Math.floor(rnd() * 12));
        const columns = [
          gridPeriods(model, entity, { unit: "year", lastYear: startYear + 30 }),
          monthPeriods(fromMonth, fromMonth + Math.floor(rnd() * 30)),
        ];
        for (const periods of columns) {
          const grid = partnerGrid(model, entity, periods);
          const brute = bruteGrid(model, entity, periods);
          expect(new Set(grid.rows.map((r) => r.partner))).toEqual(brute.partners);
          let cells = 0;
          for (const row of grid.rows) {
            row.cells.forEach((cell, i) => {
              if (!cell) return;
              cells++;
              expect({ ...cell, relations: [...cell.relations].sort() }).toEqual(brute.cells.get(`${row.partner}|${i}`));
            });
          }
          expect(cells).toBe(brute.cells.size);
        }
      }
    });
  }

  it("year columns cover every relation's years and merge only quiet runs", () => {
    const model = generatedModel(300, 9);
    const entity = model.graph.nodes().find((e) => model.graph.degree(e) > 5)!;
    const periods = gridPeriods(model, entity, { unit: "year", lastYear: 2030 });
    for (let i = 1; i < periods.length; i++) expect(periods[i].first).toBe(periods[i - 1].last + 1);
    expect(yearOf(periods.at(-1)!.last)).toBe(2030);
    model.graph.forEachEdge(entity, (_, a) => {
      // An event's year, a state's first and last year each have a column of their own.
      const years = a.kind === "event" ? [yearOf(a.first)] : [yearOf(a.first), ...(Number.isFinite(a.last) ? [yearOf(a.last)] : [])];
      for (const y of years) expect(periods.some((p) => p.from === y && p.to === y)).toBe(true);
    });
  });

  it("sorts partners by first appearance or by activity", () => {
    const model = generatedModel(400, 5);
    const entity = model.graph.nodes()[0];
    const periods = gridPeriods(model, entity, { unit: "year", lastYear: 2024 });
    const byFirst = partnerGrid(model, entity, periods, "first").rows;
    const byActivity = partnerGrid(model, entity, periods, "activity").rows;
    for (let i = 1; i < byFirst.length; i++) expect(byFirst[i].firstDay).toBeGreaterThanOrEqual(byFirst[i - 1].firstDay);
    for (let i = 1; i < byActivity.length; i++) expect(byActivity[i].total).toBeLessThanOrEqual(byActivity[i - 1].total);
    expect(byActivity.reduce((n, r) => n + r.total, 0)).toBe(model.graph.degree(entity) - selfLoops(model, entity));
  });
});

const selfLoops = (model: Model, entity: string) => model.graph.edges(entity, entity).length;

describe("year and month periods", () => {
  it("merges runs of two or more quiet years", () => {
    expect(yearPeriods(2000, 2006, new Set([2000, 2003, 2006])).map((p) => p.label)).toEqual(["2000", "2001–2002", "2003", "2004–2005", "2006"]);
    expect(yearPeriods(2000, 2002, new Set([2000, 2002])).map((p) => p.label)).toEqual(["2000", "2001", "2002"]);
  });
  it("names months and spans each month exactly", () => {
    const months = monthPeriods(monthNumber(2023, 12), monthNumber(2024, 2));
    expect(months.map((p) => p.label)).toEqual(["Dec 2023", "Jan 2024", "Feb 2024"]);
    expect(months[2].last - months[2].first + 1).toBe(29);
    expect(months[0]).toMatchObject({ from: 2023, fromMonth: 12, to: 2023, toMonth: 12 });
  });
});

/** The reference for "What changed": all relations scanned. */
function bruteChanges(model: Model, entity: string, from: number, to: number) {
  const on = (day: number, opposed = false) => {
    const partners = new Set<string>();
    const events = asOfEventWindow(day);
    model.graph.forEachEdge((_, a, s, t) => {
      if (s !== entity && t !== entity) return;
      if (a.class.includes("conflict") !== opposed) return;
      const inView = a.kind === "event" ? overlaps(a.first, a.last, events) : a.first <= day && a.last >= day;
      if (inView) partners.add(s === entity ? t : s);
    });
    return partners;
  };
  const before = on(from);
  const after = on(to);
  const opposedBefore = on(from, true);
  const opposedAfter = on(to, true);
  const began: string[] = [];
  const ended: string[] = [];
  const events: string[] = [];
  model.graph.forEachEdge((id, a, s, t) => {
    if (s !== entity && t !== entity) return;
    if (a.kind === "event" && a.last >= from && a.first <= to) events.push(id);
    if (a.kind === "state" && from < a.first && a.first <= to) began.push(id);
    if (a.kind === "state" && from <= a.last && a.last < to) ended.push(id);
  });
  return {
    gained: [...after].filter((p) => !before.has(p)).sort(),
    lost: [...before].filter((p) => !after.has(p)).sort(),
    opponentsGained: [...opposedAfter].filter((p) => !opposedBefore.has(p)).sort(),
    opponentsLost: [...opposedBefore].filter((p) => !opposedAfter.has(p)).sort(),
    began: began.sort(),
    ended: ended.sort(),
    events: events.sort(),
  };
}

describe("what changed against brute force", () => {
  for (const seed of [1, 2, 3]) {
    it(`gives the same partners gained and lost, states begun and ended, events (seed ${seed})`, () => {
      const model = generatedModel(500, seed, 1990, 30);
      const rnd = random(seed * 101);
      const day = () => dayNumber(1988 + Math.floor(rnd() * 34), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28));
      const entities = model.graph.nodes();
      for (let k = 0; k < 40; k++) {
        const entity = entities[Math.floor(rnd() * entities.length)];
        const [from, to] = [day(), day()].sort((a, b) => a - b);
        if (from === to) continue;
        const c = entityChanges(model, entity, from, to);
        const expected = bruteChanges(model, entity, from, to);
        expect({
          gained: c.gained.map((p) => p.partner).sort(),
          lost: c.lost.map((p) => p.partner).sort(),
          opponentsGained: c.opponentsGained.map((p) => p.partner).sort(),
          opponentsLost: c.opponentsLost.map((p) => p.partner).sort(),
          began: c.began.map((i) => i.relation).sort(),
          ended: c.ended.map((i) => i.relation).sort(),
          events: c.events.map((i) => i.relation).sort(),
        }).toEqual(expected);
        for (const list of [c.began, c.ended, c.events]) for (let i = 1; i < list.length; i++) expect(list[i].day).toBeGreaterThanOrEqual(list[i - 1].day);
      }
    });
  }
});

describe("Niger in the Sahel data", () => {
  const model = sahelModel();
  const day = (y: number, m: number, d: number) => dayNumber(y, m, d);

  it("between 2022 and mid-2025: left ECOWAS, joined AES, French troops left, each tied to its relation", () => {
    const c = entityChanges(model, "niger", day(2022, 1, 1), day(2025, 6, 1));
    expect(c.ended.map((i) => i.relation)).toContain("niger-member-of-ecowas");
    expect(c.began.map((i) => i.relation)).toContain("niger-member-of-aes");
    expect(c.events.map((i) => i.relation)).toContain("france-withdrew-troops-niger-2023");
    expect(c.lost.map((p) => p.partner)).toContain("ecowas");
    expect(c.gained.map((p) => p.partner)).toContain("aes");
    const text = changesText(model, c);
    expect(text).toMatch(/^Niger: /);
    expect(text).toContain("member of Alliance of Sahel States (2023-09-16)");
    expect(text).toContain("member of ECOWAS (2025-01-29)");
    expect(text).toContain("France completed withdrawal of troops from Niger (2023-12-22)");
  });

  it("counts a partner on a day through a state holding or an event of the 12 months before", () => {
    const on = partnersOn(model, "niger", day(2023, 9, 16));
    expect(on.get("aes")?.sort()).toEqual(["niger-founded-aes-2023", "niger-member-of-aes"]);
    // Expelled 2023-08-03, an opponent; yet French troops stayed stationed until the withdrawal ended on 2023-12-22.
    expect(on.get("france")).toEqual(["france-troops-stationed-in-niger"]);
    expect(partnersOn(model, "niger", day(2023, 9, 16), "opposed").has("france")).toBe(true);
    expect(partnersOn(model, "niger", day(2024, 12, 21), "opposed").has("france")).toBe(true); // withdrawal completed 2023-12-22
    expect(partnersOn(model, "niger", day(2024, 12, 22), "opposed").has("france")).toBe(false);
  });

  it("exports the grid and the summary as CSV with a byte-order mark and CRLF", () => {
    const periods = gridPeriods(model, "niger", { unit: "year", lastYear: 2025 });
    const grid = partnerGrid(model, "niger", periods);
    const text = gridCsv(grid);
    expect(text.startsWith("\uFEFFpartner,partner label,period")).toBe(true);
    expect(text).toContain("\r\n");
    const rows = text.trim().split("\r\n").length - 1;
    expect(rows).toBe(grid.rows.reduce((n, r) => n + r.cells.filter(Boolean).length, 0));
    const changes = changesCsv(model, entityChanges(model, "niger", yearStart(2022), yearEnd(2025)));
    expect(changes).toContain("began,member of Alliance of Sahel States,2023-09-16,niger-member-of-aes");
  });
});

describe("period scale", () => {
  it("gives every period the same width, linear inside, clamped outside", async () => {
    const { periodScale } = await import("./");
    const periods = yearPeriods(2000, 2004, new Set([2000, 2003, 2004])); // 2000, 2001–2002, 2003, 2004
    const x = periodScale(periods, 10, 400);
    expect(x(yearStart(2000))).toBe(10);
    expect(x(yearStart(2001))).toBe(110);
    expect(x(yearStart(2003))).toBe(210);
    expect(x(yearEnd(2004) + 1)).toBe(410);
    expect(x(yearStart(1990))).toBe(10);
    expect(x(Infinity)).toBe(410);
    expect(x(dayNumber(2003, 7, 2))).toBeCloseTo(210 + 100 * (182 / 365), 5);
  });
});
