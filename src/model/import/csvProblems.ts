import type { DataFile } from "../dataset/schema";
import type { Problem } from "../dataset/validate";
import { listSome, type ImportProblem } from "./common";
import type { CsvFile, Table } from "./csvTable";

type TableFile = "relations.json" | "entities.json" | "sources.json" | "relation-types.json";

/** Where the records validated came from: the CSV file, table and rows of each. */
export interface Located {
  files: Record<DataFile, CsvFile | undefined>;
  tables: Record<TableFile, Table<string> | undefined>;
  /** Record id → the rows it was read from (none for records the import made up, such as entities named only in relations). */
  rows: Record<TableFile, Map<string, number[]>>;
}

/** A CSV also takes dates as spreadsheets write them (the dialog then asks which number is the day). */
const ISO_ONLY = /^(date|start|end|published): must be YYYY, YYYY-MM or YYYY-MM-DD, optionally ending in ~/;
const CSV_DATES = "$1: must be YYYY, YYYY-MM or YYYY-MM-DD (optionally ending in ~), or DD/MM/YYYY or MM/DD/YYYY";

/** The CSV column a validation field path is about (`citations.0.source` → citation, `location.lat` → lat). */
function columnOf(file: DataFile, message: string): string | undefined {
  const path = /^([\w.]+): /.exec(message)?.[1]?.split(".");
  if (!path) return /^end "/.test(message) ? "end" : undefined;
  if (file === "relations.json" && path[0] === "citations") return path[2] === "quote" ? "quote" : "citation";
  if (file === "entities.json" && (path[0] === "location" || path[0] === "aliases")) return path[1] && path[0] === "location" ? path[1] : path[0];
  return path[0];
}

/**
 * Validation problems named after the CSV files and rows they come from, with the cell to correct when
 * its column is in the file. One problem per file and message, naming every row it occurs in ("rows 3, 7, 9").
 */
export function locate(problems: Problem[], where: Located): ImportProblem[] {
  const out: ImportProblem[] = [];
  const grouped = new Map<string, ImportProblem & { at: NonNullable<ImportProblem["at"]> }>();
  const reported = new Set<string>();
  for (const p of problems) {
    const dataFile = p.file as DataFile;
    // One problem per cell: the first said about it (an empty cell is not also "not kebab-case" and "unknown").
    const cell = `${dataFile}\u0000${p.record}\u0000${columnOf(dataFile, p.message) ?? p.message}`;
    if (reported.has(cell)) continue;
    reported.add(cell);
    const csv = where.files[dataFile];
    const name = csv?.name ?? `${where.files["relations.json"]!.name} › citations`;
    const message = p.message === "file is missing" ? "is missing" : p.message.replace(ISO_ONLY, CSV_DATES);
    const rows = p.record !== undefined ? where.rows[dataFile as TableFile]?.get(p.record) : undefined;
    if (!csv || !rows || rows.length === 0) {
      out.push({ file: name, record: p.record, message });
      continue;
    }
    const key = `${name}\u0000${message}`;
    const group = grouped.get(key);
    if (group) {
      group.at.rows.push(...rows);
      continue;
    }
    const table = where.tables[dataFile as TableFile];
    const column = columnOf(dataFile, message);
    const header = column !== undefined ? table?.headers[column] : undefined;
    const value = header !== undefined ? (table?.rows.find((r) => r.row === rows[0])?.cells[column!] ?? "") : undefined;
    const problem = { kind: "row" as const, file: name, message, at: { file: name, rows: [...rows], ...(header !== undefined && { column, header, value }) } };
    grouped.set(key, problem);
    out.push(problem);
  }
  for (const p of grouped.values()) p.record = `${p.at.rows.length === 1 ? "row" : "rows"} ${listSome(p.at.rows.map(String), 10)}`;
  return out;
}
