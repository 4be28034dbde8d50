import Papa from "papaparse";
import type { Model } from "../dataset/graph";
import type { Relation } from "../dataset/schema";
import type { ExportScope } from "./scope";

/** Relation columns first, named as the CSV import reads them (entity ids in source/target); labels after. */
export const CSV_COLUMNS = [
  "id",
  "date",
  "start",
  "end",
  "source",
  "type",
  "target",
  "label",
  "citation",
  "quote",
  "note",
  "source label",
  "target label",
  "type label",
] as const;

/** Cells starting like a formula are prefixed with ' so spreadsheets show them as text (papaparse's own test misses multi-line cells). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One row per relation, in date order like the "Relations in view" table. Several citations share one row:
 * their distinct source ids are joined by "; " in `citation` and their quotes by a blank line, each led by "[source-id]".
 * UTF-8 with a byte-order mark (Excel needs it to read UTF-8), CRLF line ends and RFC 4180 quoting.
 */
export function toCsv(model: Model, scope: ExportScope): string {
  const label = (id: string) => (model.graph.hasNode(id) ? model.graph.getNodeAttribute(id, "entity").label : id);
  const rows = [...scope.relations]
    .sort((a, b) => firstDay(model, a) - firstDay(model, b) || a.id.localeCompare(b.id))
    .map((r) => [
      r.id,
      r.date ?? "",
      r.start ?? "",
      r.end ?? "",
      r.source,
      r.type,
      r.target,
      r.label,
      [...new Set(r.citations.map((c) => c.source))].join("; "),
      quotes(r),
      r.note ?? "",
      label(r.source),
      label(r.target),
      model.relationTypes.get(r.type)?.label ?? "",
    ]);
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: "\r\n", escapeFormulae: FORMULA_START })}\r\n`;
}

function firstDay(model: Model, r: Relation): number {
  return model.graph.hasEdge(r.id) ? model.graph.getEdgeAttribute(r.id, "first") : 0;
}

function quotes(r: Relation): string {
  const withQuote = r.citations.filter((c) => c.quote);
  if (r.citations.length === 1) return withQuote[0]?.quote ?? "";
  return withQuote.map((c) => `[${c.source}] ${c.quote}`).join("\n\n");
}
