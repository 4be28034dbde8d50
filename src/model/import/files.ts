import type { Problem } from "../validate";
import { MAX_FILE_BYTES } from "./common";

/** What the page needs to know about files before any is read (kept apart from the parsers, which load in the worker). */
export type ImportFormat = "json" | "csv" | "gexf";

export function formatOf(fileName: string): ImportFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === "json" ? "json" : ext === "csv" ? "csv" : ext === "gexf" ? "gexf" : undefined;
}

export const ACCEPTED = ".json,.csv,.gexf";
const CHOOSE = "choose one .json bundle, one .gexf file, or a relations .csv with an optional entities .csv";

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Problems with the files themselves (count, kinds, sizes), found before any is read. */
export function checkFiles(files: { name: string; size: number }[]): Problem[] {
  const problems: Problem[] = [];
  if (files.length === 0) return [{ file: "(no file)", message: CHOOSE }];
  for (const f of files) {
    if (!formatOf(f.name)) problems.push({ file: f.name, message: `not a .json, .csv or .gexf file: ${CHOOSE}` });
    if (f.size > MAX_FILE_BYTES) problems.push({ file: f.name, message: `is ${megabytes(f.size)}: files larger than ${megabytes(MAX_FILE_BYTES)} are not imported` });
  }
  if (problems.length > 0) return problems;
  const formats = files.map((f) => formatOf(f.name));
  const ok = files.length === 1 || (files.length === 2 && formats.every((f) => f === "csv"));
  return ok ? [] : [{ file: files.map((f) => f.name).join(", "), message: CHOOSE }];
}

