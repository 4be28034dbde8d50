import type { DataFile } from "../dataset/schema";
import { parseJson, validateDatasetData, type Problem } from "../dataset/validate";
import { fail, fromValidation, relocate, type ImportResult } from "./common";

/** The keys of a JSON bundle and the dataset file each one holds. */
const PARTS = {
  dataset: "dataset.json",
  relationTypes: "relation-types.json",
  entities: "entities.json",
  relations: "relations.json",
  sources: "sources.json",
} as const satisfies Record<string, DataFile>;

/** The longest `view` a bundle may carry (an address's query). */
const MAX_VIEW = 2000;

/**
 * Reads the single-file bundle "Export JSON" writes: `{ dataset, relationTypes?, entities, relations, sources, view? }`.
 * `view` is the query of the address the bundle was exported from ("?from=2023&to=2025&focus=niger"): the
 * import opens at that view (its parameters are read and checked like any address's).
 * `relationTypes` may repeat shared types word for word; a different definition of a shared id is a problem.
 */
export function parseBundle(text: string, fileName: string, sharedRelationTypes?: string): ImportResult {
  const problems: Problem[] = [];
  const raw = parseJson(text, fileName, problems);
  if (problems.length > 0) return fail(problems);
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return fail([{ file: fileName, message: `must be a JSON object { dataset, relationTypes?, entities, relations, sources } (got ${Array.isArray(raw) ? "an array" : typeof raw})` }]);
  }
  const bundle = raw as Record<string, unknown>;
  const unknown = Object.keys(bundle).filter((k) => !Object.hasOwn(PARTS, k) && k !== "view");
  if (unknown.length > 0) {
    return fail(unknown.slice(0, 20).map((k) => ({ file: fileName, message: `unknown key "${k.slice(0, 80)}" (a bundle holds dataset, relationTypes, entities, relations, sources, view)` })));
  }
  const view = bundle.view;
  if (view !== undefined && (typeof view !== "string" || view.length > MAX_VIEW || !(view === "" || view.startsWith("?")))) {
    return fail([{ file: fileName, message: `view: must be an address's query such as "?from=2023&to=2025", at most ${MAX_VIEW} characters (got ${typeof view === "string" ? `${view.length} characters` : typeof view})` }]);
  }
  const data: Partial<Record<DataFile, unknown>> = {};
  const names: Partial<Record<DataFile, string>> = {};
  for (const [key, file] of Object.entries(PARTS)) {
    if (Object.hasOwn(bundle, key)) data[file] = bundle[key] ?? undefined;
    names[file] = `${fileName} › ${key}`;
  }
  const result = validateDatasetData(data, { sharedRelationTypes });
  const imported = fromValidation(result, [], (p) => relocate(p, names));
  return imported.ok && typeof view === "string" ? { ...imported, view } : imported;
}
