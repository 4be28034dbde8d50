import { beforeAll, describe, expect, it } from "vitest";
import { yearOf } from "../time/dates";
import { importEventTable, type EventImport } from "../events/bundle";
import { EVENT_CLASSES } from "../events/cameo";
import { ICEWS_PRESET } from "../events/columns";
import { eventPartnerGrid, eventsByEntity } from "./";
import { RELATION_CLASSES } from "../dataset/schema";
import { icewsText } from "../../../tests/fixtures/eventFixtures";

let imp: EventImport;
beforeAll(() => {
  imp = importEventTable(icewsText(), ICEWS_PRESET);
});

describe("an actor's partners by year in an event table", () => {
  for (const fold of [false, true]) {
    it(`matches a scan of every event, for the busiest and some random actors (${fold ? "folded" : "detailed"})`, () => {
      const { table, actors } = imp;
      const entityOf = fold ? actors.folded : actors.detailed;
      const n = actors.entities.length;
      const labels = actors.entities.map((e) => e.label);
      const index = eventsByEntity(table, entityOf, n);
      const activity = new Int32Array(n);
      for (let i = 0; i < table.size; i++) {
        const s = entityOf[table.subject[i]];
        const o = entityOf[table.object[i]];
        if (s !== o) (activity[s]++, activity[o]++);
      }
      const busiest = [...activity.keys()].sort((a, b) => activity[b] - activity[a]).slice(0, 3);
      for (const entity of [...busiest, 7, 123, 456].filter((e) => e < n && activity[e] > 0)) {
        const grid = eventPartnerGrid(table, entityOf, labels, index, entity, 2015);
        // Reference: every event of the table checked for this actor, per partner and year.
        const expected = new Map<string, number[]>();
        for (let i = 0; i < table.size; i++) {
          const s = entityOf[table.subject[i]];
          const o = entityOf[table.object[i]];
          if (s === o || (s !== entity && o !== entity)) continue;
          const key = `${s === entity ? o : s}|${yearOf(table.day[i])}`;
          const counts = expected.get(key) ?? RELATION_CLASSES.map(() => 0);
          counts[RELATION_CLASSES.indexOf(EVENT_CLASSES[table.cls[i]])]++;
          expected.set(key, counts);
        }
        const actual = new Map<string, number[]>();
        for (const row of grid.rows) {
          row.cells.forEach((cell, i) => {
            if (!cell) return;
            const p = grid.periods[i];
            // Busy years have columns of their own, so a cell is one year.
            expect(p.from).toBe(p.to);
            actual.set(`${row.partner}|${p.from}`, cell.events);
            expect(cell.states.every((c) => c === 0)).toBe(true);
          });
        }
        expect(actual).toEqual(expected);
        expect(grid.rows.reduce((t, r) => t + r.total, 0)).toBe(activity[entity]);
      }
    });
  }
});
