import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { importFiles, type ImportResult } from "../../src/model/import";
import { formatProblem } from "../../src/model/validate";
import { SHARED_TYPES } from "./fixtures";

export const fixture = (name: string): string => readFileSync(resolve(import.meta.dirname, "../fixtures", name), "utf8");
export const fixtureFile = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(resolve(import.meta.dirname, "../fixtures", name))) });

/** Imports fixture files by name, as the app does. */
export const importFixtures = (...names: string[]): ImportResult => importFiles(names.map(fixtureFile), SHARED_TYPES);

export function problemsOf(result: ImportResult): string[] {
  if (result.ok) throw new Error(`expected problems, got dataset ${result.dataset.meta.id}`);
  return result.problems.map(formatProblem);
}

export function datasetOf(result: ImportResult) {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.dataset;
}
