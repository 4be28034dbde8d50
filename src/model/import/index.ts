import Papa from "papaparse";
import type { Problem } from "../validate";
import { parseBundle } from "./bundle";
import { fail, type ImportResult } from "./common";
import { checkFiles, formatOf } from "./files";
import { parseCsv } from "./csv";
import { parseGexf } from "./gexf";

export { MAX_FILE_BYTES, type ImportResult } from "./common";
export { ACCEPTED, checkFiles, formatOf, type ImportFormat } from "./files";

/** A file as read from disk: its name and bytes (any encoding; only UTF-8 is accepted). */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/** Decodes UTF-8 strictly (a byte-order mark is dropped); any invalid byte is reported with its offset. */
export function decodeUtf8(bytes: Uint8Array, file: string): string | Problem {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    let offset = 0;
    // Find the first bad byte to say where: decode growing prefixes would be slow, so check the structure directly.
    for (let i = 0; i < bytes.length; ) {
      const b = bytes[i];
      const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
      const valid = n > 0 && i + n <= bytes.length && [...bytes.subarray(i + 1, i + n)].every((c) => (c & 0xc0) === 0x80);
      if (!valid) {
        offset = i;
        break;
      }
      i += n;
    }
    return { file, message: `is not valid UTF-8 text (first bad byte at offset ${offset}): save it as UTF-8 and try again` };
  }
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
