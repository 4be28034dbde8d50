import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { FILE_SCHEMAS, type DataFile } from "../model/schema";
import type { DatasetTexts } from "../model/validate";

export const GRAPH_DATA = resolve(import.meta.dirname, "../../graph-data");
export const SHARED_TYPES_FILE = join(GRAPH_DATA, "relation-types.json");

/** Reads the data files of one dataset folder as raw text (missing files stay undefined). */
export function readDatasetFolder(folder: string): DatasetTexts {
  const texts: DatasetTexts = {};
  for (const name of Object.keys(FILE_SCHEMAS) as DataFile[]) {
    const path = join(folder, name);
    if (existsSync(path)) texts[name] = readFileSync(path, "utf8");
  }
  return texts;
}

/** Every dataset folder under graph-data/ (folders holding a dataset.json). */
export function shippedDatasetFolders(): string[] {
  return readdirSync(GRAPH_DATA)
    .map((name) => join(GRAPH_DATA, name))
    .filter((path) => statSync(path).isDirectory() && existsSync(join(path, "dataset.json")))
    .sort((a, b) => basename(a).localeCompare(basename(b)));
}
