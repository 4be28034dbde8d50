import { strToU8, zipSync } from "fflate";
import Papa from "papaparse";
import type { DatasetBundle } from "./bundle";
import { FORMULA_START } from "./csv";

type Cell = string | number | undefined;

/** One CSV as the single-table export writes it: byte-order mark, CRLF, formula-like cells led by '. */
function csvText(fields: string[], rows: Cell[][]): string {
  const data = rows.map((r) => r.map((c) => (c === undefined ? "" : String(c))));
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: "\r\n", escapeFormulae: FORMULA_START })}\r\n`;
}

/**
 * A dataset as the CSV tables the importer reads back to the same dataset: entities, relations (one row per
 * citation, repeating the relation's id), sources, the relation types it uses and the dataset's own row.
 * Aliases are joined by "; ", the one list a cell holds.
 */
export function toCsvTables(bundle: DatasetBundle): Record<string, string> {
  const { dataset: d } = bundle;
  return {
    "relations.csv": csvText(
      ["id", "type", "source", "target", "date", "start", "end", "label", "citation", "quote", "note"],
      bundle.relations.flatMap((r) => r.citations.map((c) => [r.id, r.type, r.source, r.target, r.date, r.start, r.end, r.label, c.source, c.quote, r.note])),
    ),
    "entities.csv": csvText(
      ["id", "label", "type", "aliases", "description", "lat", "lon", "place", "start", "end", "wikidata"],
      bundle.entities.map((e) => [e.id, e.label, e.type, e.aliases?.join("; "), e.description, e.location?.lat, e.location?.lon, e.location?.place, e.start, e.end, e.wikidata]),
    ),
    "sources.csv": csvText(
      ["id", "title", "publisher", "published", "url", "file"],
      bundle.sources.map((s) => [s.id, s.title, s.publisher, s.published, s.url, s.file]),
    ),
    "relation-types.csv": csvText(
      ["id", "label", "kind", "class", "cameo", "plover"],
      bundle.relationTypes.map((t) => [t.id, t.label, t.kind, t.class, t.cameo, t.plover]),
    ),
    "dataset.csv": csvText(["id", "title", "description", "from", "to"], [[d.id, d.title, d.description, d.defaultView?.from, d.defaultView?.to]]),
  };
}

/** The tables in one zip ("Export CSV" with "CSV tables (zip)"). */
export function csvTablesZip(bundle: DatasetBundle): Uint8Array {
  const tables = toCsvTables(bundle);
  // A fixed date keeps the zip's bytes the same for the same dataset.
  return zipSync(Object.fromEntries(Object.entries(tables).map(([name, text]) => [name, strToU8(text)])), { mtime: new Date(2000, 0, 1) });
}
