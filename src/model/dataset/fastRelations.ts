import { firstDay, lastDay } from "../time/dateBounds";
import type { Relation, RelationType } from "./schema";
import { CONTROL_CHARACTER, LIMITS } from "./vocabulary";

/** What a relation is checked against: the records that passed their own checks. */
export interface RelationContext {
  types: ReadonlyMap<string, RelationType>;
  entityIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RELATION_KEYS = new Set(["id", "type", "source", "target", "date", "start", "end", "label", "citations", "note"]);

const isText = (v: unknown, max: number) => typeof v === "string" && v.length <= max && !CONTROL_CHARACTER.test(v);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;

function citationsOk(citations: unknown, sourceIds: ReadonlySet<string>): boolean {
  if (!Array.isArray(citations) || citations.length === 0) return false;
  for (let j = 0; j < citations.length; j++) {
    const c: unknown = citations[j];
    // A known source id passed the id checks with its source record.
    if (!isPlainObject(c) || !sourceIds.has(c.source as string)) return false;
    for (const key in c) if (key !== "source" && key !== "quote") return false;
    if (c.quote !== undefined && !isText(c.quote, LIMITS.prose)) return false;
  }
  return true;
}

/** Dates of the form the type's kind takes (firstDay refuses what parseDate refuses), in order. */
function timeOk(r: Record<string, unknown>, kind: RelationType["kind"]): boolean {
  const { date, start, end } = r;
  if (kind === "event") return start === undefined && end === undefined && typeof date === "string" && !Number.isNaN(firstDay(date));
  if (date !== undefined || typeof start !== "string") return false;
  const first = firstDay(start);
  if (Number.isNaN(first)) return false;
  // An end that is not a date gives NaN, which is never in order.
  return end === undefined || (typeof end === "string" && lastDay(end) >= first);
}

/**
 * The whole relations file in one pass of plain loops, for the common case where nothing is wrong:
 * the relations when every record is well formed, unique, refers to known entities, sources and
 * types, fits its type's kind and has its dates in order; otherwise `undefined`, and the record-by-record
 * checks run to name each problem. It reports nothing itself, so a problem is worded one way only.
 * src/model/dataset/fastRelations.test.ts holds it to those checks on valid and broken datasets.
 */
export function fastRelations(raw: unknown, context: RelationContext): Relation[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const { types, entityIds, sourceIds } = context;
  const seen = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    const r: unknown = raw[i];
    if (!isPlainObject(r)) return undefined;
    for (const key in r) if (!RELATION_KEYS.has(key)) return undefined;
    // Known entity and type ids passed the id checks with their own records: only the relation's id is new.
    const id = r.id;
    if (typeof id !== "string" || id.length > LIMITS.id || !ID.test(id) || seen.has(id)) return undefined;
    seen.add(id);
    if (!entityIds.has(r.source as string) || !entityIds.has(r.target as string)) return undefined;
    const type = types.get(r.type as string);
    if (!type || !timeOk(r, type.kind) || !citationsOk(r.citations, sourceIds)) return undefined;
    if (r.label === "" || !isText(r.label, LIMITS.name) || (r.note !== undefined && !isText(r.note, LIMITS.prose))) return undefined;
  }
  return raw as Relation[];
}
