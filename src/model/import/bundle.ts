import type { DataFile } from "../schema";
import { parseJson, validateDatasetData, type Problem } from "../validate";
import { fail, fromValidation, relocate, type ImportResult } from "./common";

/** The keys of a JSON bundle and the dataset file each one holds. */
const PARTS = {
  dataset: "dataset.json",
  relationTypes: "relation-types.json",
  entities: "entities.json",
  relations: "relations.json",
  sources: "sources.json",
} as const satisfies Record<string, DataFile>;

/**
 * Reads the single-file bundle "Export JSON" writes: `{ dataset, relationTypes?, entities, relations, sources }`.
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
  const unknown = Object.keys(bundle).filter((k) => !Object.hasOwn(PARTS, k));
  if (unknown.length > 0) {
    return fail(unknown.slice(0, 20).map((k) => ({ file: fileName, message: `unknown key "${k.slice(0, 80)}" (a bundle holds dataset, relationTypes, entities, relations, sources)` })));
  }
  const data: Partial<Record<DataFile, unknown>> = {};
  const names: Partial<Record<DataFile, string>> = {};
  for (const [key, file] of Object.entries(PARTS)) {
    if (Object.hasOwn(bundle, key)) data[file] = bundle[key] ?? undefined;
    names[file] = `${fileName} › ${key}`;
  }
  const result = validateDatasetData(data, { sharedRelationTypes });
  return fromValidation(result, [], (p) => relocate(p, names));
}
