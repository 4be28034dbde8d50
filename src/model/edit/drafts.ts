import { slugify, uniqueId } from "../import/common";
import type { Dataset, Entity, Relation, RelationType, Source } from "../dataset/schema";
import type { AnyRecord, Collection, RecordIn } from "./types";

/** A record as a form holds it: every field a string (aliases one per line), keyed by its path. */
export type Draft = Record<string, string>;

const text = (v: unknown) => (v === undefined ? "" : String(v));

export function draftOf(collection: Collection, record: AnyRecord | undefined): Draft {
  if (!record) return collection === "relationTypes" ? { kind: "event", class: "material-cooperation" } : collection === "entities" ? { type: "country" } : {};
  const draft: Draft = {};
  for (const [key, value] of Object.entries(record)) if (typeof value === "string") draft[key] = value;
  if (collection === "entities") draft.aliases = ((record as Entity).aliases ?? []).join("\n");
  if (collection === "relations") {
    const first = (record as Relation).citations[0];
    draft["citations.0.source"] = text(first?.source);
    draft["citations.0.quote"] = text(first?.quote);
  }
  return draft;
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
export function recordOf<C extends Collection>(collection: C, draft: Draft, dataset: Dataset, before?: RecordIn<C>): RecordIn<C> {
  const required = (k: string) => (draft[k] ?? "").trim();
  if (collection === "entities") {
    const aliases = (draft.aliases ?? "").split("\n").map((a) => a.trim()).filter(Boolean);
    const old = before as Entity | undefined;
    return { ...(old?.location ? { location: old.location } : {}), id: required("id"), label: required("label"), type: draft.type as Entity["type"], ...(aliases.length ? { aliases } : {}), ...pick(draft, ["description", "start", "end", "wikidata"]) } as RecordIn<C>;
  }
  if (collection === "sources") return { id: required("id"), title: required("title"), publisher: required("publisher"), ...pick(draft, ["published", "url", "file"]) } as RecordIn<C>;
  if (collection === "relationTypes") return { id: required("id"), label: required("label"), kind: draft.kind, class: draft.class, ...pick(draft, ["cameo", "plover"]) } as RecordIn<C>;
  const type = dataset.relationTypes.find((t) => t.id === draft.type);
  const dates = type?.kind === "state" ? pick(draft, ["start", "end"]) : pick(draft, ["date"]);
  const quote = required("citations.0.quote");
  const citation = { source: required("citations.0.source"), ...(quote ? { quote } : {}) };
  const rest = ((before as Relation | undefined)?.citations ?? []).slice(1);
  const relation = { id: "", type: required("type"), source: required("source"), target: required("target"), ...dates, label: required("label"), citations: citation.source ? [citation, ...rest] : rest, ...pick(draft, ["note"]) };
  relation.id = (before as Relation | undefined)?.id ?? newRelationId(relation, dataset);
  return relation as RecordIn<C>;
}

/** "niger-expelled-troops-france-2024-03", unique in the dataset. */
function newRelationId(r: Pick<Relation, "source" | "type" | "target" | "date" | "start">, dataset: Dataset): string {
  const base = slugify([r.source, r.type, r.target, r.date ?? r.start].filter(Boolean).join(" ")).slice(0, 120);
  return uniqueId(base, new Set(dataset.relations.map((x) => x.id)));
}

/** A field filled in for the user while they have not written it themselves (an id from a label, a label from a type). */
export function derivedFields(collection: Collection, changed: string, draft: Draft, dataset: Dataset): Draft {
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
