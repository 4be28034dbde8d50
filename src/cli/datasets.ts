import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { FILE_SCHEMAS, type DataFile } from "../model/dataset/schema";
import { decodeUtf8 } from "../model/import/encoding";
import type { DatasetTexts, Problem } from "../model/dataset/validate";

export const GRAPH_DATA = resolve(import.meta.dirname, "../../graph-data");
export const SHARED_TYPES_FILE = join(GRAPH_DATA, "relation-types.json");

/**
 * Reads the data files of one dataset folder as text, decoded as the app decodes an import (strict UTF-8, a
 * byte-order mark dropped). Missing files stay undefined; a file that cannot be read (a directory, not UTF-8)
 * is left out and reported in `problems` by its name, or thrown when no `problems` list is given.
 */
export function readDatasetFolder(folder: string, problems?: Problem[]): DatasetTexts {
  const texts: DatasetTexts = {};
  for (const name of Object.keys(FILE_SCHEMAS) as DataFile[]) {
    const path = join(folder, name);
    if (!existsSync(path)) continue;
    const text = statSync(path).isFile() ? readText(path, name) : { file: name, message: "is a directory, not a file" };
    if (typeof text === "string") texts[name] = text;
    else if (problems) problems.push(text);
    else throw new Error(`${path}: ${text.message}`);
  }
  return texts;
}

/** A file's text, or why it cannot be read (permissions, encoding) as a problem rather than a stack trace. */
function readText(path: string, name: string): string | Problem {
  try {
    return decodeUtf8(readFileSync(path), name);
  } catch (e) {
    return { file: name, message: `could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
}

/** Every dataset folder under graph-data/ (folders holding a dataset.json). */
export function shippedDatasetFolders(): string[] {
  return readdirSync(GRAPH_DATA)
    .map((name) => join(GRAPH_DATA, name))
    .filter((path) => statSync(path).isDirectory() && existsSync(join(path, "dataset.json")))
    .sort((a, b) => basename(a).localeCompare(basename(b)));
}
