import { unzipSync } from "fflate";
import type { Problem } from "../dataset/validate";
import { baseName, columnKey, MAX_FILE_BYTES } from "./common";
import type { CsvSet } from "./csv";
import { headerKeys, type CsvFile } from "./csvTable";
import { decodeUtf8 } from "./encoding";

type Role = keyof CsvSet;

/** What a CSV lists, from its name ("relation-types.csv") or else its header (relation types name a kind and a class). */
function roleOf(file: CsvFile): Role | undefined {
  const byName: Record<string, Role> = { relations: "relations", entities: "entities", sources: "sources", relationtypes: "relationTypes", types: "relationTypes", dataset: "dataset" };
  const named = byName[columnKey(baseName(file.name.split(" › ").pop()!))];
  if (named) return named;
  const keys = headerKeys(file.text);
  if (keys.has("kind") && keys.has("class")) return "relationTypes";
  if (keys.has("source") && keys.has("target")) return "relations";
  if (keys.has("publisher")) return "sources";
  if (keys.has("id") && keys.has("title")) return "dataset";
  return undefined;
}

/**
 * The tables of one dataset among the CSV files chosen. A file that says nothing about what it lists is
 * taken for the relations (then reported for its missing columns), or else for the entities.
 */
export function csvSetOf(files: CsvFile[]): CsvSet | Problem[] {
  const set: Partial<CsvSet> = {};
  const unnamed: CsvFile[] = [];
  const problems: Problem[] = [];
  for (const file of files) {
    const role = roleOf(file);
    if (!role) unnamed.push(file);
    else if (set[role]) problems.push({ file: `${set[role].name}, ${file.name}`, message: `both list ${role === "relationTypes" ? "relation types" : role}: choose one` });
    else set[role] = file;
  }
  for (const file of unnamed) {
    if (!set.relations) set.relations = file;
    else if (!set.entities) set.entities = file;
    else problems.push({ file: file.name, message: "is not a relations, entities, sources, relation types or dataset table (its header names none of their columns)" });
  }
  if (!set.relations) problems.push({ file: files.map((f) => f.name).join(", "), message: 'no relations table: one CSV must have "source" and "target" columns' });
  return problems.length > 0 ? problems : (set as CsvSet);
}

/** The CSV files in a zip ("Export CSV" as tables), each named "<zip> › <file>"; sizes are checked before a byte is inflated. */
export function csvFilesInZip(bytes: Uint8Array, zipName: string): CsvFile[] | Problem[] {
  let total = 0;
  let tooLarge = false;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        if (!/\.csv$/i.test(f.name) || f.name.startsWith("__MACOSX/")) return false;
        total += f.originalSize;
        tooLarge ||= total > MAX_FILE_BYTES;
        return !tooLarge;
      },
    });
  } catch (e) {
    return [{ file: zipName, message: `is not a readable zip file: ${e instanceof Error ? e.message : String(e)}` }];
  }
  if (tooLarge) return [{ file: zipName, message: `holds more than ${MAX_FILE_BYTES / 1024 / 1024} MB of CSV: files that large are not imported` }];
  const files: CsvFile[] = [];
  const problems: Problem[] = [];
  for (const [name, data] of Object.entries(entries)) {
    const text = decodeUtf8(data, `${zipName} › ${name}`);
    if (typeof text === "string") files.push({ name: `${zipName} › ${name.replace(/^.*\//, "")}`, text });
    else problems.push(text);
  }
  if (problems.length > 0) return problems;
  return files.length > 0 ? files : [{ file: zipName, message: "holds no .csv file: a zip to import holds relations.csv and optionally entities.csv, sources.csv, relation-types.csv, dataset.csv" }];
}
