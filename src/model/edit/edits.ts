import type { Dataset } from "../dataset/schema";
import { validateDatasetData, type Problem, type ValidateOptions } from "../dataset/validate";
import { applyOps } from "./apply";
import { COLLECTION_FILES, RECORD_NAMES, type AnyRecord, type Change, type Collection, type Op, type RecordIn } from "./types";

export type EditResult = { ok: true; dataset: Dataset; change: Change } | { ok: false; problems: Problem[] };

/**
 * Applies `ops` and checks the whole result with the validator `npm run validate` uses, so an edit
 * is held to exactly the rules a dataset file is. Nothing is changed when a problem is found.
 */
export function edit(dataset: Dataset, ops: Op[], at: string, options: ValidateOptions = {}): EditResult {
  const next = applyOps(dataset, ops);
  const result = validateDatasetData(
    {
      "dataset.json": next.meta,
      "entities.json": next.entities,
      "relations.json": next.relations,
      "sources.json": next.sources,
      "relation-types.json": next.relationTypes,
    },
    options,
  );
  if (!result.ok) return { ok: false, problems: result.problems };
  return { ok: true, dataset: next, change: { ops, at } };
}

const refused = (collection: Collection, id: string, message: string): EditResult => ({
  ok: false,
  problems: [{ file: COLLECTION_FILES[collection], record: id, message }],
});

function find<C extends Collection>(dataset: Dataset, collection: C, id: string): RecordIn<C> | undefined {
  return (dataset[collection] as AnyRecord[]).find((r) => r.id === id) as RecordIn<C> | undefined;
}

export function addRecord<C extends Collection>(dataset: Dataset, collection: C, record: RecordIn<C>, at: string, options?: ValidateOptions): EditResult {
  if (typeof record.id === "string" && find(dataset, collection, record.id)) {
    return refused(collection, record.id, `id: "${record.id}" is already the id of another ${RECORD_NAMES[collection]}`);
  }
  return edit(dataset, [{ collection, id: record.id, after: record }], at, options);
}

export function updateRecord<C extends Collection>(dataset: Dataset, collection: C, record: RecordIn<C>, at: string, options?: ValidateOptions): EditResult {
  const before = find(dataset, collection, record.id);
  if (!before) return refused(collection, record.id, `there is no ${RECORD_NAMES[collection]} "${record.id}" to change (an id cannot change)`);
  return edit(dataset, [{ collection, id: record.id, before, after: record }], at, options);
}

/** Relations that refer to a record: to an entity as source or target, to a source in a citation, to a type. */
export function referencesTo(dataset: Dataset, collection: Collection, id: string): RecordIn<"relations">[] {
  if (collection === "entities") return dataset.relations.filter((r) => r.source === id || r.target === id);
  if (collection === "sources") return dataset.relations.filter((r) => r.citations.some((c) => c.source === id));
  if (collection === "relationTypes") return dataset.relations.filter((r) => r.type === id);
  return [];
}

/**
 * Deletes a record. One that relations refer to is refused, naming them, unless `withReferences`:
 * then those relations are deleted with it, in the same change (one undo brings all back).
 */
export function deleteRecord(dataset: Dataset, collection: Collection, id: string, at: string, withReferences = false, options?: ValidateOptions): EditResult {
  const before = find(dataset, collection, id);
  if (!before) return refused(collection, id, `there is no ${RECORD_NAMES[collection]} "${id}" to delete`);
  const refs = referencesTo(dataset, collection, id);
  if (refs.length > 0 && !withReferences) {
    const some = refs.slice(0, 3).map((r) => `“${r.label}” (${r.id})`).join(", ");
    const more = refs.length > 3 ? ` and ${refs.length - 3} more` : "";
    const n = refs.length === 1 ? "1 relation refers" : `${refs.length} relations refer`;
    return refused(collection, id, `${n} to this ${RECORD_NAMES[collection]}: ${some}${more}. Delete ${refs.length === 1 ? "it" : "them"} first, or delete ${refs.length === 1 ? "it" : "them"} with it.`);
  }
  const ops: Op[] = refs.map((r) => ({ collection: "relations", id: r.id, before: r }));
  ops.push({ collection, id, before });
  return edit(dataset, ops, at, options);
}
