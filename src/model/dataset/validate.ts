import type { z } from "zod/mini";
import { parseDate } from "../time/dates";
import { fastRelationOk } from "./fastCheck";
import { fastRelations } from "./fastRelations";
import {
  datasetMetaSchema,
  entitySchema,
  relationSchema,
  relationTypeSchema,
  sourceSchema,
  type Dataset,
  type DataFile,
  type RelationType,
} from "./schema";

// Problems are named apart from the validator (and zod) so the page can show them without loading it.
import type { Problem } from "./problem";
export { formatProblem, type Problem } from "./problem";

/** Raw texts of a dataset folder's files, keyed by file name; `undefined` means missing. */
export type DatasetTexts = Partial<Record<DataFile, string>>;

/** Already-parsed contents of a dataset's files (e.g. from an imported bundle); `undefined` means missing. */
export type DatasetData = Partial<Record<DataFile, unknown>>;

export interface ValidateOptions {
  /** Prefix for file names in problems, e.g. the folder path. */
  folder?: string;
  /** Raw text of the shared `graph-data/relation-types.json`. */
  sharedRelationTypes?: string;
  sharedRelationTypesFile?: string;
  /** `false` checks relations record by record even when nothing is wrong (tests compare the two ways). */
  fastPath?: boolean;
}

export type ValidateResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** Line and column (1-based) of a JSON.parse failure, from either V8 message style. */
function jsonErrorLocation(text: string, message: string): { line: number; column: number } | undefined {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    const line = before.split("\n").length;
    return { line, column: Number(pos[1]) - before.lastIndexOf("\n") };
  }
  if (/Unexpected end of JSON input/.test(message)) {
    const lines = text.split("\n");
    return { line: lines.length, column: lines[lines.length - 1].length + 1 };
  }
  return undefined;
}

export function parseJson(text: string, file: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = jsonErrorLocation(text, message);
    const where = at ? ` at line ${at.line}, column ${at.column}` : "";
    problems.push({ file, message: `invalid JSON${where}: ${message.replace(/\s*\(line \d+ column \d+\)/, "")}` });
    return undefined;
  }
}

function show(value: unknown): string {
  let s: string | undefined;
  try {
    s = JSON.stringify(value);
  } catch {
    return "a value nested too deeply to show";
  }
  if (s === undefined) return "nothing";
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function recordName(raw: unknown, index: number): string {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === "string" && id.length > 0 && id.length <= 200 ? id : `#${index + 1}`;
}

function issueMessages(error: z.core.$ZodError, raw: unknown): string[] {
  return error.issues.map((issue) => {
    let value: unknown = raw;
    for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
    const field = issue.path.length ? `${issue.path.join(".")}: ` : "";
    const got =
      issue.code === "unrecognized_keys"
        ? ""
        : issue.code === "too_big" && typeof value === "string"
          ? ` (got ${value.length.toLocaleString("en")} characters)`
          : ` (got ${show(value)})`;
    return `${field}${issue.message}${got}`;
  });
}

/**
 * Validates each record of an array file on its own so one bad record does not hide the others.
 * `fast`, when given, accepts records the schema surely accepts (zod still checks every other one).
 */
function validRecords<T>(raw: unknown, schema: z.ZodMiniType<T>, file: string, problems: Problem[], fast?: (item: unknown) => boolean): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ file, message: `must be a JSON array of records (got ${typeof raw})` });
    return [];
  }
  const ok: T[] = [];
  const seen = new Set<string>();
  raw.forEach((item, i) => {
    let data: T;
    if (fast?.(item)) data = item as T;
    else {
      const result = schema.safeParse(item);
      if (!result.success) {
        const record = recordName(item, i);
        for (const message of issueMessages(result.error, item)) problems.push({ file, record, message });
        return;
      }
      data = result.data;
    }
    const id = (data as { id: string }).id;
    if (seen.has(id)) {
      problems.push({ file, record: recordName(item, i), message: `duplicate id "${id}"` });
      return;
    }
    seen.add(id);
    ok.push(data);
  });
  return ok;
}

/** Each file's parsed content, read once; `undefined` when missing or unreadable. */
type Reader = (name: DataFile, path: string, problems: Problem[], required?: boolean) => unknown;

function readerOf(get: (name: DataFile, path: string, problems: Problem[]) => unknown, has: (name: DataFile) => boolean): Reader {
  const cache = new Map<DataFile, unknown>();
  return (name, path, problems, required = true) => {
    if (!has(name)) {
      if (required) problems.push({ file: path, message: "file is missing" });
      return undefined;
    }
    if (!cache.has(name)) cache.set(name, get(name, path, problems));
    return cache.get(name);
  };
}

/** Parses and checks every file of a dataset, reporting every problem found. */
export function validateDataset(texts: DatasetTexts, options: ValidateOptions = {}): ValidateResult {
  const read = readerOf(
    (name, path, problems) => parseJson(texts[name]!, path, problems),
    (name) => texts[name] !== undefined,
  );
  return check(read, options);
}

/** The same checks on files already parsed (an imported bundle); a file that is `undefined` is missing. */
export function validateDatasetData(data: DatasetData, options: ValidateOptions = {}): ValidateResult {
  return check(
    readerOf((name) => data[name], (name) => data[name] !== undefined),
    options,
  );
}

function check(load: Reader, options: ValidateOptions): ValidateResult {
  const problems: Problem[] = [];
  const at = (name: string) => (options.folder ? `${options.folder}/${name}` : name);
  const sharedFile = options.sharedRelationTypesFile ?? "graph-data/relation-types.json";

  const sharedTypes =
    options.sharedRelationTypes === undefined
      ? []
      : validRecords(parseJson(options.sharedRelationTypes, sharedFile, problems), relationTypeSchema, sharedFile, problems);
  const ownTypesFile = at("relation-types.json");
  const rawOwnTypes = load("relation-types.json", ownTypesFile, problems, false);
  const ownTypes = validRecords(rawOwnTypes, relationTypeSchema, ownTypesFile, problems);
  const types = new Map<string, RelationType>(sharedTypes.map((t) => [t.id, t]));
  for (const t of ownTypes) {
    const shared = types.get(t.id);
    // A dataset may repeat a shared type word for word (a bundle carries its whole vocabulary), never redefine it.
    if (shared && !sameType(shared, t)) problems.push({ file: ownTypesFile, record: t.id, message: `duplicate id "${t.id}" (already in ${sharedFile}, defined differently)` });
    else types.set(t.id, t);
  }

  const metaFile = at("dataset.json");
  const metaRaw = load("dataset.json", metaFile, problems);
  let meta: Dataset["meta"] | undefined;
  if (metaRaw !== undefined) {
    const parsed = datasetMetaSchema.safeParse(metaRaw);
    if (parsed.success) meta = parsed.data;
    else for (const message of issueMessages(parsed.error, metaRaw)) problems.push({ file: metaFile, message });
    if (meta?.defaultView && meta.defaultView.from > meta.defaultView.to) {
      problems.push({ file: metaFile, message: `defaultView.from ${meta.defaultView.from} is after defaultView.to ${meta.defaultView.to}` });
    }
  }

  // Each file is parsed once (large datasets spend much of their load time in JSON.parse).
  const entitiesFile = at("entities.json");
  const rawEntities = load("entities.json", entitiesFile, problems);
  const entities = validRecords(rawEntities, entitySchema, entitiesFile, problems);
  const sourcesFile = at("sources.json");
  const rawSources = load("sources.json", sourcesFile, problems);
  const sources = validRecords(rawSources, sourceSchema, sourcesFile, problems);
  const relationsFile = at("relations.json");
  const rawRelations = load("relations.json", relationsFile, problems);
  // A file that could not be read at all would make every reference to it look wrong: skip those checks.
  const entityIds = rawEntities !== undefined ? new Set(entities.map((e) => e.id)) : undefined;
  const sourceIds = rawSources !== undefined ? new Set(sources.map((s) => s.id)) : undefined;
  // Most datasets have nothing wrong with their relations: one pass says so, else every check below names the problems.
  const fast = options.fastPath !== false && entityIds && sourceIds ? fastRelations(rawRelations, { types, entityIds, sourceIds }) : undefined;
  const relations = fast ?? validRecords(rawRelations, relationSchema, relationsFile, problems, fastRelationOk);

  for (const e of entities) checkOrder(e.start, e.end, entitiesFile, e.id, problems);
  // A record that failed its own checks is already reported: references to it are counted, not reported
  // one by one, so one bad entity does not bury the real problems under dozens of "unknown entity" lines.
  const failed: Failed = {
    entities: failedIds(rawEntities, entityIds),
    sources: failedIds(rawSources, sourceIds),
    types: failedIds(rawOwnTypes, new Set(types.keys())),
    refs: new Map(),
  };
  // References are checked on every record, even one whose shape is wrong, so one pass reports everything.
  const list: unknown[] = !fast && Array.isArray(rawRelations) ? rawRelations : [];
  for (let i = 0; i < list.length; i++) {
    const raw = list[i];
    if (typeof raw !== "object" || raw === null) continue;
    const messages = relationProblems(raw as Record<string, unknown>, types, entityIds, sourceIds, failed);
    for (const message of messages) problems.push({ file: relationsFile, record: recordName(raw, i), message });
  }
  for (const [key, n] of failed.refs) {
    const [kind, id] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
    const file = kind === "entity" ? entitiesFile : kind === "source" ? sourcesFile : ownTypesFile;
    const what = n === 1 ? "1 relation refers" : `${n} relations refer`;
    problems.push({ file, record: id, message: `${what} to this ${kind}: not checked against it until the problems above are fixed` });
  }

  if (problems.length > 0 || !meta) return { ok: false, problems };
  return { ok: true, dataset: { meta, entities, relations, sources, relationTypes: [...types.values()] } };
}

function sameType(a: RelationType, b: RelationType): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof RelationType>;
  return [...keys].every((k) => a[k] === b[k]);
}

const NONE: readonly string[] = [];

/** Ids of records that failed validation (and have no valid namesake), and how often relations refer to each. */
interface Failed {
  entities: Set<string>;
  sources: Set<string>;
  types: Set<string>;
  /** `entity:<id>`, `source:<id>` or `relation type:<id>` → number of relations referring to it. */
  refs: Map<string, number>;
}

function failedIds(raw: unknown, valid: Set<string> | undefined): Set<string> {
  const out = new Set<string>();
  if (!Array.isArray(raw)) return out;
  for (const item of raw) {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id === "string" && !valid?.has(id)) out.add(id);
  }
  return out;
}

/** True (and counted) when `id` names a record that failed validation. */
function referencesFailed(failed: Failed, ids: Set<string>, kind: string, id: string): boolean {
  if (!ids.has(id)) return false;
  const key = `${kind}:${id}`;
  failed.refs.set(key, (failed.refs.get(key) ?? 0) + 1);
  return true;
}

/** A relation's unknown references, kind mismatches and dates out of order (a plain loop: this runs per record). */
function relationProblems(
  r: Record<string, unknown>,
  types: Map<string, RelationType>,
  entityIds: Set<string> | undefined,
  sourceIds: Set<string> | undefined,
  failed: Failed,
): readonly string[] {
  let out: string[] | undefined;
  for (const end of ["source", "target"] as const) {
    const id = r[end];
    if (entityIds && typeof id === "string" && !entityIds.has(id) && !referencesFailed(failed, failed.entities, "entity", id)) {
      (out ??= []).push(`${end}: unknown entity "${id}"`);
    }
  }
  if (sourceIds && Array.isArray(r.citations)) {
    for (let j = 0; j < r.citations.length; j++) {
      const source = (r.citations[j] as { source?: unknown } | null)?.source;
      if (typeof source === "string" && !sourceIds.has(source) && !referencesFailed(failed, failed.sources, "source", source)) {
        (out ??= []).push(`citations.${j}.source: unknown source "${source}"`);
      }
    }
  }
  if (typeof r.type !== "string") return out ?? NONE;
  const type = types.get(r.type);
  if (!type) return referencesFailed(failed, failed.types, "relation type", r.type) ? (out ?? NONE) : [...(out ?? []), `type: unknown relation type "${r.type}"`];
  if (type.kind === "event") {
    if (r.start !== undefined || r.end !== undefined) (out ??= []).push(`"${r.type}" is an event: it takes "date", not "start"/"end"`);
    if (r.date === undefined) (out ??= []).push(`"${r.type}" is an event: "date" is missing`);
  } else {
    if (r.date !== undefined) (out ??= []).push(`"${r.type}" is a state: it takes "start" (and optional "end"), not "date"`);
    if (r.start === undefined) (out ??= []).push(`"${r.type}" is a state: "start" is missing`);
  }
  const order = orderProblem(r.start, r.end);
  if (order) (out ??= []).push(order);
  return out ?? NONE;
}

function orderProblem(start: unknown, end: unknown): string | undefined {
  if (typeof start !== "string" || typeof end !== "string") return undefined;
  const s = parseDate(start);
  const e = parseDate(end);
  if (typeof s === "string" || typeof e === "string") return undefined;
  return e.last < s.first ? `end "${end}" is before start "${start}"` : undefined;
}

function checkOrder(start: unknown, end: unknown, file: string, record: string, problems: Problem[]): void {
  const message = orderProblem(start, end);
  if (message) problems.push({ file, record, message });
}
