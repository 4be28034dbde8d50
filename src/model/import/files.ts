import type { Problem } from "../dataset/problem";

/** What the page needs to know about files before any is read (kept apart from the parsers, which load in the worker, and from zod). */

/** The largest file accepted, per file. Larger files are refused before they are read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A column or attribute name reduced to letters and digits, so `Date precision`, `date_precision` and `datePrecision` match. */
export function columnKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

export type ImportFormat = "json" | "csv" | "gexf" | "zip";

export function formatOf(fileName: string): ImportFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === "json" || ext === "csv" || ext === "gexf" || ext === "zip" ? ext : undefined;
}

export const ACCEPTED = ".json,.csv,.gexf,.zip,.tsv,.txt";

/** Column separators a delimited text file may use, and how to name them to a person. */
export type Delimiter = "," | ";" | "\t" | "|";
export const DELIMITER_NAMES: Record<Delimiter, string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar" };
const DELIMITERS = Object.keys(DELIMITER_NAMES) as Delimiter[];

/** How often `d` separates cells of `line` (quoted cells, as RFC 4180 writes them, are skipped). */
function cellBreaks(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === d && !quoted) n++;
  }
  return n;
}

/**
 * The separator of a delimited text, from its first lines: the one found the same number of times on every
 * line (the most cells wins), else the one found most on the first line; undefined when there is none (one
 * column). Hand-written rather than papaparse's guess so the page does not load the parser to route a file.
 */
export function guessDelimiter(lines: readonly string[]): Delimiter | undefined {
  const sample = lines.filter((l) => l.trim() !== "").slice(0, 10);
  if (sample.length === 0) return undefined;
  const counts = DELIMITERS.map((d) => sample.map((l) => cellBreaks(l, d)));
  const steady = DELIMITERS.map((_, i) => (counts[i].every((n) => n === counts[i][0]) ? counts[i][0] : 0));
  const best = (score: number[]) => score.reduce((b, n, i) => (n > score[b] ? i : b), 0);
  const i = steady.some((n) => n > 0) ? best(steady) : best(counts.map((c) => c[0]));
  return counts[i][0] > 0 ? DELIMITERS[i] : undefined;
}

const headerKeys = (line: string) => new Set(line.split(guessDelimiter([line]) ?? ",").map(columnKey));

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

const CHOOSE =
  "choose one .json bundle, one .gexf file, a relations .csv with optional entities, sources, relation-types and dataset .csv files, or a .zip of those";

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
    if (!formatOf(f.name)) problems.push({ file: f.name, message: `not a .json, .csv, .gexf or .zip file: ${CHOOSE}` });
    const tooLarge = sizeProblem(f);
    if (tooLarge) problems.push(tooLarge);
  }
  if (problems.length > 0) return problems;
  const formats = files.map((f) => formatOf(f.name));
  const ok = files.length === 1 || (files.length <= 5 && formats.every((f) => f === "csv"));
  return ok ? [] : [{ file: files.map((f) => f.name).join(", "), message: CHOOSE }];
}

