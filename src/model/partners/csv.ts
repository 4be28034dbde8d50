import Papa from "papaparse";
import type { Model } from "../dataset/graph";
import { RELATION_CLASSES } from "../dataset/vocabulary";
import type { EntityChanges } from "./changes";
import type { PartnerGrid } from "./grid";

const FORMULA_START = /^[=+\-@\t\r]/;

function csv(fields: string[], data: (string | number)[][]): string {
  // As the relations CSV: byte-order mark for Excel, CRLF, RFC 4180 quoting, formulas neutralised.
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: "\r\n", escapeFormulae: FORMULA_START })}\r\n`;
}

/** The grid as rows: one per partner and period with anything in it, counts per class of events and states. */
export function gridCsv(grid: PartnerGrid): string {
  const fields = ["partner", "partner label", "period", "first day", "last day", ...RELATION_CLASSES.flatMap((c) => [`${c} events`, `${c} states`]), "relations"];
  const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
  const data: (string | number)[][] = [];
  for (const row of grid.rows) {
    row.cells.forEach((cell, i) => {
      if (!cell) return;
      const p = grid.periods[i];
      data.push([row.partner, row.label, p.label, iso(p.first), iso(p.last), ...RELATION_CLASSES.flatMap((_, c) => [cell.events[c], cell.states[c]]), cell.relations.join("; ")]);
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
