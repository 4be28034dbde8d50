import { slugify, uniqueId } from "../import/common";
import type { Citation, Dataset, DatasetMeta, Entity, Relation, RelationType, Source } from "../dataset/schema";
import type { AnyRecord, Collection, Part, RecordIn } from "./types";

/** A record as a form holds it: every field a string (aliases one per line), keyed by its path. */
export type Draft = Record<string, string>;

const text = (v: unknown) => (v === undefined ? "" : String(v));

export function draftOf(collection: Part, record: AnyRecord | DatasetMeta | undefined): Draft {
  if (!record) return collection === "relationTypes" ? { kind: "event", class: "material-cooperation" } : collection === "entities" ? { type: "country" } : {};
  const draft: Draft = {};
  for (const [key, value] of Object.entries(record)) if (typeof value === "string") draft[key] = value;
  if (collection === "entities") {
    const { aliases, location } = record as Entity;
    draft.aliases = (aliases ?? []).join("\n");
    if (location) Object.assign(draft, { "location.lat": String(location.lat), "location.lon": String(location.lon), "location.place": text(location.place) });
  }
  if (collection === "relations") {
    (record as Relation).citations.forEach((c, i) => Object.assign(draft, { [`citations.${i}.source`]: c.source, [`citations.${i}.quote`]: text(c.quote) }));
  }
  return draft;
}

const CITATION_FIELD = /^citations\.(\d+)\.(\w+)$/;

/** How many citations a relation's form shows: those in its draft, and always one to fill in. */
export function citationCount(draft: Draft): number {
  let n = 1;
  for (const key of Object.keys(draft)) {
    const m = CITATION_FIELD.exec(key);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return n;
}

/** The draft with an empty citation after the others. */
export function addCitation(draft: Draft): Draft {
  const n = citationCount(draft);
  return { ...draft, [`citations.${n}.source`]: "", [`citations.${n}.quote`]: "" };
}

/** The draft without its citation `at`; those after it move up one place. */
export function removeCitation(draft: Draft, at: number): Draft {
  const next: Draft = {};
  for (const [key, value] of Object.entries(draft)) {
    const m = CITATION_FIELD.exec(key);
    const i = m ? Number(m[1]) : -1;
    if (!m) next[key] = value;
    else if (i !== at) next[`citations.${i > at ? i - 1 : i}.${m[2]}`] = value;
  }
  return next;
}

const blank = (draft: Draft, key: string) => (draft[key] ?? "").trim() === "";

/** The draft's citations that say something (an empty one is left out, as an empty optional field is). */
function citationRows(draft: Draft): number[] {
  return Array.from({ length: citationCount(draft) }, (_, i) => i).filter((i) => !blank(draft, `citations.${i}.source`) || !blank(draft, `citations.${i}.quote`));
}

/**
 * The form field a record path names: a relation's n-th citation is the n-th one of the form that says
 * something, and "a relation needs a citation" is about the first one's source.
 */
export function draftField(draft: Draft, field: string): string {
  if (field === "citations") return "citations.0.source";
  const m = CITATION_FIELD.exec(field);
  return m ? `citations.${citationRows(draft)[Number(m[1])] ?? m[1]}.${m[2]}` : field;
}

/** A number typed in a form: decimal only ("1e3", "0x10" and "12,5" are not numbers here); empty is missing. */
function decimal(text: string): number | undefined {
  if (text === "") return undefined;
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : Number.NaN;
}

/** An entity's location from its three fields; none of them filled in is no location. */
function locationOf(draft: Draft): Entity["location"] {
  const [lat, lon, place] = ["lat", "lon", "place"].map((k) => (draft[`location.${k}`] ?? "").trim());
  if (!lat && !lon && !place) return undefined;
  return { lat: decimal(lat), lon: decimal(lon), ...(place ? { place } : {}) } as Entity["location"];
}

/** Fields whose value, when given, is kept (empty optional fields are left out, as a file leaves them out). */
function pick(draft: Draft, keys: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) if ((draft[k] ?? "").trim() !== "") out[k] = draft[k].trim();
  return out;
}

/**
 * The record a draft stands for, to be checked by the validator (so it may be invalid). A relation's
 * dates follow its type's kind; its id is made from what it says when it is new. `before` is the
 * record being edited, whose fields the form does not show are kept.
 */
export function recordOf<C extends Part>(collection: C, draft: Draft, dataset: Dataset, before?: RecordIn<C>): RecordIn<C> {
  const required = (k: string) => (draft[k] ?? "").trim();
  if (collection === "meta") return { ...(before as DatasetMeta), title: required("title"), description: required("description") } as RecordIn<C>;
  if (collection === "entities") {
    const aliases = (draft.aliases ?? "").split("\n").map((a) => a.trim()).filter(Boolean);
    const location = locationOf(draft);
    return { id: required("id"), label: required("label"), type: draft.type as Entity["type"], ...(aliases.length ? { aliases } : {}), ...pick(draft, ["description"]), ...(location ? { location } : {}), ...pick(draft, ["start", "end", "wikidata"]) } as RecordIn<C>;
  }
  if (collection === "sources") return { id: required("id"), title: required("title"), publisher: required("publisher"), ...pick(draft, ["published", "url", "file"]) } as RecordIn<C>;
  if (collection === "relationTypes") return { id: required("id"), label: required("label"), kind: draft.kind, class: draft.class, ...pick(draft, ["cameo", "plover"]) } as RecordIn<C>;
  const type = dataset.relationTypes.find((t) => t.id === draft.type);
  const dates = type?.kind === "state" ? pick(draft, ["start", "end"]) : pick(draft, ["date"]);
  const citations = citationRows(draft).map((i): Citation => {
    const quote = required(`citations.${i}.quote`);
    return { source: required(`citations.${i}.source`), ...(quote ? { quote } : {}) };
  });
  const relation = { id: "", type: required("type"), source: required("source"), target: required("target"), ...dates, label: required("label"), citations, ...pick(draft, ["note"]) };
  relation.id = (before as Relation | undefined)?.id ?? newRelationId(relation, dataset);
  return relation as RecordIn<C>;
}

/** "niger-expelled-troops-france-2024-03", unique in the dataset. */
function newRelationId(r: Pick<Relation, "source" | "type" | "target" | "date" | "start">, dataset: Dataset): string {
  const base = slugify([r.source, r.type, r.target, r.date ?? r.start].filter(Boolean).join(" ")).slice(0, 120);
  return uniqueId(base, new Set(dataset.relations.map((x) => x.id)));
}

/** A field filled in for the user while they have not written it themselves (an id from a label, a label from a type). */
export function derivedFields(collection: Part, changed: string, draft: Draft, dataset: Dataset): Draft {
  if (collection === "meta") return {};
  const taken = new Set<string>((dataset[collection] as AnyRecord[]).map((r) => r.id));
  if (changed === "label" && (collection === "entities" || collection === "relationTypes")) return { id: draft.label ? uniqueId(slugify(draft.label), taken) : "" };
  if (changed === "title" && collection === "sources") return { id: draft.title ? uniqueId(slugify(draft.title), taken) : "" };
  if (changed === "type" && collection === "relations") return { label: dataset.relationTypes.find((t: RelationType) => t.id === draft.type)?.label ?? "" };
  return {};
}

/** The label a record is known by in lists and messages. */
export function recordLabel(collection: Collection, record: AnyRecord): string {
  return collection === "sources" ? (record as Source).title : (record as Entity).label;
}

/** A dataset with nothing in it yet but the shared relation types, its id made from its title. */
export function emptyDataset(title: string, relationTypes: RelationType[]): Dataset {
  return { meta: { id: slugify(title), title: title.trim(), description: "" }, entities: [], relations: [], sources: [], relationTypes };
}

/** The first and last year a relation touches (an open state: its start year). */
export function relationYears(r: Pick<Relation, "date" | "start" | "end">): [number, number] {
  const first = Number((r.date ?? r.start ?? "").slice(0, 4));
  return [first, r.end ? Number(r.end.slice(0, 4)) : first];
}
