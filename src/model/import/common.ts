import { idSchema, type Dataset, type DataFile, type RelationType, type Source } from "../dataset/schema";
import type { Problem, ValidateResult } from "../dataset/validate";

/**
 * A problem an importer found, with what the import dialog needs to offer a fix: its kind, the CSV rows it is
 * in and the column to correct (when there is one), and the nearest valid relation type for an unknown one.
 */
export interface ImportProblem extends Problem {
  kind?: "relation-type" | "date-order" | "row";
  at?: { file: string; rows: number[]; column?: string; header?: string; value?: string };
  suggestion?: { id: string; label: string };
}

/** What an importer returns: a validated dataset (with notes on what it assumed) or every problem found. */
/** `view`: the address query a bundle was exported at, to open the import there. */
export type ImportResult = { ok: true; dataset: Dataset; notes: string[]; view?: string } | { ok: false; problems: ImportProblem[] };

export { columnKey, MAX_FILE_BYTES } from "./files";

/** Entity type given to an entity that appears only in relations (no entities file, or no node type). */
export const DEFAULT_ENTITY_TYPE = "organization";
/** Publisher of a source made from a citation that names none. */
export const UNSTATED_PUBLISHER = "(publisher not stated)";

export function fail(problems: ImportProblem[]): ImportResult {
  return { ok: false, problems };
}

export function isId(text: string): boolean {
  return idSchema.safeParse(text).success;
}

/** FNV-1a: a short, deterministic fingerprint for text that has no Latin letters to slug. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** A kebab-case id for any text: accents dropped, other characters to hyphens, at most 80 characters. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 80)
    .replace(/^-+|-+$/g, "");
  return slug || `x-${hash(text)}`;
}

/** Next number to try per base, per set of taken ids: thousands of rows with one base stay linear. */
const nextNumber = new WeakMap<Set<string>, Map<string, number>>();

/** `base`, or `base-2`, `base-3`… whichever is not yet taken; the chosen id is then taken. */
export function uniqueId(base: string, taken: Set<string>): string {
  let counters = nextNumber.get(taken);
  if (!counters) nextNumber.set(taken, (counters = new Map()));
  let id = base;
  let n = counters.get(base) ?? 2;
  if (taken.has(id)) {
    while (taken.has((id = `${base}-${n}`))) n++;
    counters.set(base, n + 1);
  }
  taken.add(id);
  return id;
}

/** An id as written when it is a valid id, otherwise made from it. */
export function idFrom(text: string): string {
  const t = text.trim();
  return isId(t) ? t : slugify(t);
}

/**
 * Sources made from free-text citations (CSV cells, GEXF attributes), one per distinct text:
 * an http(s) URL becomes a source with that URL, titled with it and published by its host;
 * a source id (kebab-case) is kept as the id; any other text becomes the title of a source whose id is its slug.
 */
export class CitationSources {
  private byText = new Map<string, string>();
  private ids = new Set<string>();
  readonly sources: Source[] = [];

  /** `known` sources (a sources table) are cited by id, URL or title. */
  constructor(known: Source[] = []) {
    for (const s of known) {
      this.sources.push(s);
      this.ids.add(s.id);
      for (const text of [s.title, s.url, s.id]) if (text) this.byText.set(text.trim(), s.id);
    }
  }

  /** The id of the source for this citation text (created on first use). */
  idFor(citation: string): string {
    const text = citation.trim();
    const known = this.byText.get(text);
    if (known) return known;
    const url = httpUrl(text);
    let source: Source;
    if (url) {
      const host = url.hostname.replace(/^www\./, "");
      source = { id: uniqueId(slugify(host + url.pathname), this.ids), title: text, publisher: host || UNSTATED_PUBLISHER, url: text };
    } else {
      source = { id: uniqueId(idFrom(text), this.ids), title: text, publisher: UNSTATED_PUBLISHER };
    }
    this.sources.push(source);
    this.byText.set(text, source.id);
    return source.id;
  }
}

function httpUrl(text: string): URL | undefined {
  if (!/^https?:\/\//i.test(text)) return undefined;
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** Names problems after the file the user gave rather than the dataset file it was turned into. */
export function relocate(
  problems: Problem[],
  fileNames: Partial<Record<DataFile, string>>,
  record?: (file: DataFile, record: string | undefined) => string | undefined,
): Problem[] {
  return problems.map((p) => {
    const file = p.file as DataFile;
    const name = fileNames[file];
    if (name === undefined) return p;
    const message = p.message === "file is missing" ? "is missing" : p.message;
    return { file: name, record: record ? record(file, p.record) : p.record, message };
  });
}

export function fromValidation(result: ValidateResult, notes: string[], relocated: (problems: Problem[]) => Problem[]): ImportResult {
  return result.ok ? { ok: true, dataset: result.dataset, notes } : fail(relocated(result.problems));
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The base of a file name without folders or extension. */
export function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || fileName;
}

/** `a, b and 3 more` for notes about many records. */
export function listSome(items: string[], max = 5): string {
  const shown = items.slice(0, max).join(", ");
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/** Relation types by id from the shared vocabulary's text (empty when unreadable: validation reports that). */
export function relationTypesIn(text: string | undefined): Map<string, RelationType> {
  try {
    const types: unknown = JSON.parse(text ?? "[]");
    if (!Array.isArray(types)) return new Map();
    return new Map(types.filter((t): t is RelationType => typeof t?.id === "string" && typeof t.label === "string").map((t) => [t.id, t]));
  } catch {
    return new Map();
  }
}

/**
 * An imported dataset never replaces another: when its id is taken it becomes `<id>-2` (or -3, …),
 * and its title gets the same number, "Title (2)".
 */
export function withFreeId(dataset: Dataset, taken: Set<string>): Dataset {
  if (!taken.has(dataset.meta.id)) return dataset;
  const id = uniqueId(dataset.meta.id, new Set(taken));
  const n = id.slice(dataset.meta.id.length + 1);
  return { ...dataset, meta: { ...dataset.meta, id, title: `${dataset.meta.title} (${n})` } };
}

