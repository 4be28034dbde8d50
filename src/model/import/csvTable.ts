import Papa from "papaparse";
import { CONTROL_CHARACTER } from "../dataset/schema";
import type { Problem } from "../dataset/validate";
import { columnKey, lineColumn } from "./common";
import { DELIMITER_NAMES, type Delimiter } from "./files";

export interface CsvFile {
  name: string;
  text: string;
}

/** What the user changed before importing again: cells corrected in place and rows left out. */
export interface CellFixes {
  /** `cellRef(file, row, column)` → the corrected text. */
  cells?: Record<string, string>;
  /** `rowRef(file, row)` of rows not to import. */
  ignoredRows?: string[];
}

export const rowRef = (file: string, row: number) => `${file}\u0000${row}`;
export const cellRef = (file: string, row: number, column: string) => `${file}\u0000${row}\u0000${column}`;

export interface Table<K extends string> {
  rows: { row: number; cells: Partial<Record<K, string>> }[];
  ignored: string[];
  /** The header as written for each column read, to name it to the user. */
  headers: Partial<Record<K, string>>;
  /** Rows the user chose to leave out. */
  left: number[];
}

/** Reads a CSV with a header naming (some of) `columns`, any order; rows keep their spreadsheet numbers. */
export function readTable<K extends string>(
  file: CsvFile,
  columns: Record<K, readonly string[]>,
  required: NoInfer<K>[][],
  problems: Problem[],
  fixes: CellFixes = {},
): Table<K> | undefined {
  if (file.text.trim() === "") {
    problems.push({ file: file.name, message: "is empty: a relations file needs a header row and one row per relation" });
    return undefined;
  }
  const before = problems.length;
  // Rows as arrays, header handled here: blank rows keep their number, duplicate columns are caught.
  const parsed = Papa.parse<string[]>(file.text, { skipEmptyLines: false });
  for (const e of parsed.errors) {
    if (e.code === "UndetectableDelimiter") continue; // a one-column file is reported below as missing columns
    // Quote errors are located by their character offset: a quoted cell may span lines.
    const at = typeof e.index === "number" ? `line ${lineColumn(file.text, e.index).line}` : e.row === undefined ? undefined : `row ${e.row + 1}`;
    problems.push({ file: file.name, record: at, message: e.message });
  }
  const [head = [], ...body] = parsed.data;
  const headers = head.map((h) => String(h).replace(/^\ufeff/, "").trim());
  const found = new Map<K, number>();
  const named: Partial<Record<K, string>> = {};
  const ignored: string[] = [];
  headers.forEach((h, i) => {
    const key = (Object.keys(columns) as K[]).find((k) => columns[k].includes(columnKey(h)));
    if (key && found.has(key)) problems.push({ file: file.name, record: "row 1", message: `column "${h}" is there twice` });
    else if (key) {
      found.set(key, i);
      named[key] = h;
    }
    else if (h !== "") ignored.push(h);
  });
  // Papaparse guesses the separator (comma, semicolon, tab…): say which it found, since a wrong one is the usual cause.
  const separator =
    headers.length > 1
      ? `, read as ${DELIMITER_NAMES[parsed.meta.delimiter as Delimiter] ?? `"${parsed.meta.delimiter}"`}-separated,`
      : headers.some((h) => h !== "")
        ? " (one column: no comma, semicolon, tab or vertical bar in it)"
        : "";
  for (const alternatives of required) {
    if (!alternatives.some((k) => found.has(k))) {
      const wanted = alternatives.map((k) => `"${k}"`).join(" or ");
      problems.push({ file: file.name, record: "row 1", message: `missing column ${wanted} (the header${separator} has: ${headers.map((h) => `"${h}"`).join(", ") || "nothing"})` });
    }
  }
  const leftOut = new Set(fixes.ignoredRows ?? []);
  const rows: Table<K>["rows"] = [];
  const left: number[] = [];
  body.forEach((cellsOfRow, i) => {
    const row = i + 2;
    if (cellsOfRow.every((c) => String(c).trim() === "")) return;
    if (leftOut.has(rowRef(file.name, row))) return void left.push(row);
    if (cellsOfRow.length > headers.length && cellsOfRow.slice(headers.length).some((c) => String(c).trim() !== "")) {
      problems.push({ file: file.name, record: `row ${row}`, message: `has ${cellsOfRow.length} cells but the header names ${headers.length} columns` });
    }
    const cells: Partial<Record<K, string>> = {};
    for (const [key, index] of found) {
      const value = unescapeFormula(fixes.cells?.[cellRef(file.name, row, key)] ?? String(cellsOfRow[index] ?? "")).trim();
      // A NUL or other control character is damage, not text: made into an id it would silently become "-".
      const control = CONTROL_CHARACTER.exec(value);
      if (control) {
        const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
        problems.push({ file: file.name, record: `row ${row}`, message: `column "${headers[index]}" contains a control character (U+${code})` });
      }
      if (value !== "") cells[key] = value;
    }
    rows.push({ row, cells });
  });
  return problems.length > before ? undefined : { rows, ignored, headers: named, left };
}

/** Exports lead a cell that starts like a formula with ' so spreadsheets show it as text: that ' is not part of the value. */
function unescapeFormula(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** The header keys of a CSV text's first line (to tell what it lists). */
export function headerKeys(text: string): Set<string> {
  return new Set((Papa.parse<string[]>(text, { preview: 1 }).data[0] ?? []).map((h) => columnKey(String(h).replace(/^\ufeff/, ""))));
}
