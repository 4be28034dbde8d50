import type { Problem } from "../validate";
import { columnKey, MAX_FILE_BYTES } from "./common";

/** What the page needs to know about files before any is read (kept apart from the parsers, which load in the worker). */
export type ImportFormat = "json" | "csv" | "gexf";

export function formatOf(fileName: string): ImportFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === "json" ? "json" : ext === "csv" ? "csv" : ext === "gexf" ? "gexf" : undefined;
}

export const ACCEPTED = ".json,.csv,.gexf,.tsv,.txt";

const headerKeys = (line: string) => new Set(line.split(",").map(columnKey));

/**
 * An event table (ICEWS, GDELT) goes through the column mapping instead of the dataset importer: one
 * .tsv or .txt file, or one .csv whose first line is not an Entente header (relations name `source` and
 * `target`; entities `id`, `label` and `type`).
 */
export function isEventTable(files: readonly { name: string }[], firstLine: string): boolean {
  if (files.length !== 1) return false;
  const ext = /\.([a-z0-9]+)$/i.exec(files[0].name)?.[1]?.toLowerCase();
  if (ext === "tsv" || ext === "txt") return true;
  if (ext !== "csv") return false;
  const keys = headerKeys(firstLine.replace(/^\uFEFF/, ""));
  const entente = (keys.has("source") && keys.has("target")) || (keys.has("id") && keys.has("label") && keys.has("type"));
  return !entente;
}

const CHOOSE = "choose one .json bundle, one .gexf file, or a relations .csv with an optional entities .csv";

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A file over the size limit, refused before it is read. */
export function sizeProblem(f: { name: string; size: number }): Problem | undefined {
  if (f.size <= MAX_FILE_BYTES) return undefined;
  return { file: f.name, message: `is ${megabytes(f.size)}: files larger than ${megabytes(MAX_FILE_BYTES)} are not imported` };
}

/** Problems with the files themselves (count, kinds, sizes), found before any is read. */
export function checkFiles(files: { name: string; size: number }[]): Problem[] {
  const problems: Problem[] = [];
  if (files.length === 0) return [{ file: "(no file)", message: CHOOSE }];
  for (const f of files) {
    if (!formatOf(f.name)) problems.push({ file: f.name, message: `not a .json, .csv or .gexf file: ${CHOOSE}` });
    const tooLarge = sizeProblem(f);
    if (tooLarge) problems.push(tooLarge);
  }
  if (problems.length > 0) return problems;
  const formats = files.map((f) => formatOf(f.name));
  const ok = files.length === 1 || (files.length === 2 && formats.every((f) => f === "csv"));
  return ok ? [] : [{ file: files.map((f) => f.name).join(", "), message: CHOOSE }];
}

