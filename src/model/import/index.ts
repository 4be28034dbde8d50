import Papa from "papaparse";
import type { Problem } from "../validate";
import { parseBundle } from "./bundle";
import { fail, type ImportResult } from "./common";
import { checkFiles, formatOf } from "./files";
import { parseCsv } from "./csv";
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

/** Which of two CSV texts lists relations: the one whose header has "source" and "target". */
function relationsFirst(a: { text: string }, b: { text: string }): boolean {
  const isRelations = (text: string) => {
    const header = (Papa.parse<string[]>(text, { preview: 1 }).data[0] ?? []).map((h) => String(h).trim().toLowerCase());
    return header.includes("source") && header.includes("target");
  };
  return isRelations(a.text) || !isRelations(b.text);
}

export type ImportStage = "reading" | "decoding" | "parsing";

/** Reads the files the user chose as one dataset, through the same validation as `npm run validate`. */
export function importFiles(files: ImportFile[], sharedRelationTypes: string, onStage?: (stage: ImportStage) => void): ImportResult {
  try {
    const checked = checkFiles(files.map((f) => ({ name: f.name, size: f.bytes.byteLength })));
    if (checked.length > 0) return fail(checked);
    onStage?.("decoding");
    const texts: { name: string; text: string }[] = [];
    const problems: Problem[] = [];
    for (const f of files) {
      const text = decodeUtf8(f.bytes, f.name);
      if (typeof text === "string") texts.push({ name: f.name, text });
      else problems.push(text);
    }
    if (problems.length > 0) return fail(problems);
    onStage?.("parsing");
    const [first, second] = texts;
    switch (formatOf(first.name)) {
      case "json":
        return parseBundle(first.text, first.name, sharedRelationTypes);
      case "gexf":
        return parseGexf(first.text, first.name, sharedRelationTypes);
      default: {
        if (!second) return parseCsv(first, undefined, sharedRelationTypes);
        const [relations, entities] = relationsFirst(first, second) ? [first, second] : [second, first];
        return parseCsv(relations, entities, sharedRelationTypes);
      }
    }
  } catch (e) {
    // Every importer reports problems rather than throwing; this is the last guard so the app never breaks.
    return fail([{ file: files.map((f) => f.name).join(", ") || "(no file)", message: `could not be read: ${e instanceof Error ? e.message : String(e)}` }]);
  }
}
