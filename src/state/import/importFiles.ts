import { textProblem } from "../../model/import/encoding";
import { DELIMITER_NAMES, formatOf, isEventTable, sizeProblem } from "../../model/import/files";
import type { Problem } from "../../model/dataset/problem";

/**
 * What an import needs before its worker starts: reading the files' first lines and routing them.
 * Loaded with the first import (useImport), not with the page.
 */
export { runEventImport } from "./runEventImport";
export { runImport } from "./runImport";
export { DELIMITER_NAMES };

const HEAD_BYTES = 65_536;

/** The first lines of a file, read from its first 64 KB only, or why it is not text. */
async function firstLines(file: File): Promise<string[] | Problem> {
  if (formatOf(file.name) === "zip") return []; // CSV tables inside, checked as they are unzipped
  const bytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const notText = textProblem(bytes, file.size > HEAD_BYTES);
  if (notText) return { file: file.name, message: notText };
  const lines = new TextDecoder().decode(bytes).split(/\r?\n/);
  if (file.size > HEAD_BYTES) lines.pop(); // cut mid-line
  return lines.slice(0, 20);
}

/** Where chosen files go: refused with problems, to the event-table mapping (with its first lines), or to the dataset import. */
export type Route = { problems: Problem[] } | { events: { file: File; firstLines: string[] } } | { dataset: true };

export async function routeFiles(files: File[]): Promise<Route> {
  // A binary file (or UTF-16, Latin-1…) is refused before it is routed anywhere, saying it is not text.
  const heads = await Promise.all(files.map((f) => firstLines(f).catch(() => [] as string[])));
  const notText = heads.filter((h): h is Problem => !Array.isArray(h));
  if (notText.length > 0) return { problems: notText };
  const lines = files.length === 1 ? (heads[0] as string[]) : [];
  if (!isEventTable(files, lines[0] ?? "")) return { dataset: true };
  const tooLarge = sizeProblem(files[0]);
  if (tooLarge) return { problems: [{ ...tooLarge, message: `${tooLarge.message} (aggregate a larger event table first: npm run aggregate, see README)` }] };
  return { events: { file: files[0], firstLines: lines } };
}

/** Whether a failed dataset import can be fixed and tried again (CSV and zip imports). */
export const fixable = (files: File[]) => files.every((f) => formatOf(f.name) === "csv" || formatOf(f.name) === "zip");
