import Papa from "papaparse";
import type { Model } from "../dataset/graph";
import { RELATION_CLASSES } from "../dataset/vocabulary";
import { isoDay } from "../time/dates";
import { EVENT_CLASSES } from "../events/cameo";
import type { TimeWindow } from "../time/window";
import type { EntityChanges } from "./changes";
import type { ActorChanges } from "./eventChanges";
import type { ActorLane } from "./eventTimeline";
import type { PartnerGrid } from "./grid";

const FORMULA_START = /^[=+\-@\t\r]/;

function csv(fields: string[], data: (string | number)[][]): string {
  // As the relations CSV: byte-order mark for Excel, CRLF, RFC 4180 quoting, formulas neutralised.
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: "\r\n", escapeFormulae: FORMULA_START })}\r\n`;
}

/** The grid as rows: one per partner and period with anything in it, counts per class of events and states. */
export function gridCsv(grid: PartnerGrid): string {
  const fields = ["partner", "partner label", "period", "first day", "last day", ...RELATION_CLASSES.flatMap((c) => [`${c} events`, `${c} states`]), "relations"];
  const data: (string | number)[][] = [];
  for (const row of grid.rows) {
    row.cells.forEach((cell, i) => {
      if (!cell) return;
      const p = grid.periods[i];
      data.push([row.partner, row.label, p.label, isoDay(p.first), isoDay(p.last), ...RELATION_CLASSES.flatMap((_, c) => [cell.events[c], cell.states[c]]), cell.relations.join("; ")]);
    });
  }
  return csv(fields, data);
}

/** "What changed" as rows: change (gained, lost, began, ended, event), partner or text, date, relation ids. */
export function changesCsv(model: Model, changes: EntityChanges): string {
  const label = (id: string) => model.graph.getNodeAttribute(id, "entity").label;
  const data: string[][] = [
    ...changes.gained.map((p) => ["partner gained", label(p.partner), "", p.relations.join("; ")]),
    ...changes.lost.map((p) => ["partner lost", label(p.partner), "", p.relations.join("; ")]),
    ...changes.opponentsGained.map((p) => ["opponent gained", label(p.partner), "", p.relations.join("; ")]),
    ...changes.opponentsLost.map((p) => ["opponent lost", label(p.partner), "", p.relations.join("; ")]),
    ...changes.began.map((i) => ["began", i.text, i.date, i.relation]),
    ...changes.ended.map((i) => ["ended", i.text, i.date, i.relation]),
    ...changes.events.map((i) => ["event", i.text, i.date, i.relation]),
  ];
  return csv(["change", "what", "date", "relations"], data);
}

/** An actor's "What changed" as rows: change (gained, lost, turned), partner, each span's dates and its events per class. */
export function actorChangesCsv(changes: ActorChanges, first: TimeWindow, second: TimeWindow): string {
  const fields = ["change", "partner", "first span", "second span", ...EVENT_CLASSES.flatMap((c) => [`${c} before`, `${c} after`])];
  const spans = [`${isoDay(first.first)}/${isoDay(first.last)}`, `${isoDay(second.first)}/${isoDay(second.last)}`];
  const rows = (change: string, list: ActorChanges["gained"]) => list.map((p) => [change, p.label, ...spans, ...EVENT_CLASSES.flatMap((_, c) => [p.before[c], p.after[c]])]);
  return csv(fields, [...rows("partner gained", changes.gained), ...rows("partner lost", changes.lost), ...rows("turned", changes.turned)]);
}

/** An actor's timeline as rows: one per partner and month with events, counted per class. */
export function actorTimelineCsv(lanes: readonly ActorLane[], labels: readonly string[]): string {
  const fields = ["partner", "month", "first day", "last day", ...EVENT_CLASSES.map((c) => `${c} events`)];
  const data = lanes.flatMap((lane) => lane.bins.map((b) => [labels[lane.partner], isoDay(b.first).slice(0, 7), isoDay(b.first), isoDay(b.last), ...b.counts]));
  return csv(fields, data);
}

/** The timeline as rows: one per partner (in the grid's order) and relation, with its dates as written. */
export function timelineCsv(model: Model, grid: PartnerGrid): string {
  const data: string[][] = [];
  for (const row of grid.rows) {
    const lane: string[][] = [];
    model.graph.forEachEdge(grid.entity, row.partner, (id, a) => {
      const r = a.relation;
      lane.push([row.label, id, a.kind, a.class, r.date ?? r.start ?? "", r.end ?? "", r.label]);
    });
    data.push(...lane.sort((x, y) => x[4].localeCompare(y[4]) || x[1].localeCompare(y[1])));
  }
  return csv(["partner", "relation", "kind", "class", "date or start", "end", "label"], data);
}
