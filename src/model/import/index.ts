import type { Problem } from "../dataset/validate";
import { parseBundle } from "./bundle";
import { fail, type ImportResult } from "./common";
import { checkFiles, formatOf } from "./files";
import { parseCsvSet, type CsvFixes } from "./csv";
import { csvFilesInZip, csvSetOf } from "./csvSet";
import { parseGexf } from "./gexf";
import { decodeUtf8 } from "./encoding";

export { MAX_FILE_BYTES, type ImportResult } from "./common";
export { ACCEPTED, checkFiles, formatOf, type ImportFormat } from "./files";
export { decodeUtf8 } from "./encoding";

/** A file as read from disk: its name and bytes (any encoding; only UTF-8 is accepted). */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export type { CsvFixes } from "./csv";
export type { ImportProblem } from "./common";

export type ImportStage = "reading" | "decoding" | "parsing";

/**
 * Reads the files the user chose as one dataset, through the same validation as `npm run validate`.
 * `fixes` are what the user settled in the import dialog after a first attempt (CSV only).
 */
export function importFiles(files: ImportFile[], sharedRelationTypes: string, onStage?: (stage: ImportStage) => void, fixes?: CsvFixes): ImportResult {
  try {
    const checked = checkFiles(files.map((f) => ({ name: f.name, size: f.bytes.byteLength })));
    if (checked.length > 0) return fail(checked);
    onStage?.("decoding");
    if (formatOf(files[0].name) === "zip") {
      onStage?.("parsing");
      const inZip = csvFilesInZip(files[0].bytes, files[0].name);
      return "text" in (inZip[0] ?? {}) ? parseCsvFiles(inZip as { name: string; text: string }[], sharedRelationTypes, fixes) : fail(inZip as Problem[]);
    }
    const texts: { name: string; text: string }[] = [];
    const problems: Problem[] = [];
    for (const f of files) {
      const text = decodeUtf8(f.bytes, f.name);
      if (typeof text === "string") texts.push({ name: f.name, text });
      else problems.push(text);
    }
    if (problems.length > 0) return fail(problems);
    onStage?.("parsing");
    const [first] = texts;
    switch (formatOf(first.name)) {
      case "json":
        return parseBundle(first.text, first.name, sharedRelationTypes);
      case "gexf":
        return parseGexf(first.text, first.name, sharedRelationTypes);
      default:
        return parseCsvFiles(texts, sharedRelationTypes, fixes);
    }
  } catch (e) {
    // Every importer reports problems rather than throwing; this is the last guard so the app never breaks.
    return fail([{ file: files.map((f) => f.name).join(", ") || "(no file)", message: `could not be read: ${e instanceof Error ? e.message : String(e)}` }]);
  }
}

function parseCsvFiles(texts: { name: string; text: string }[], sharedRelationTypes: string, fixes?: CsvFixes): ImportResult {
  const set = csvSetOf(texts);
  return Array.isArray(set) ? fail(set) : parseCsvSet(set, sharedRelationTypes, fixes);
}
