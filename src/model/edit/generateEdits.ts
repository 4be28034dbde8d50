import type { Dataset, Entity, Relation, RelationType } from "../dataset/schema";
import { ENTITY_TYPES, RELATION_CLASSES } from "../dataset/vocabulary";
import type { Op } from "./types";

/**
 * A random valid edit of a dataset, of the kinds the editor makes: an entity or relation added,
 * changed (dates, ends, label) or deleted, an entity deleted with its relations, a type's class
 * changed. For tests and benchmarks of patching; `n` makes the new ids unique.
 */
export function randomEdit(dataset: Dataset, rnd: () => number, n: number): Op[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const { entities, relations } = dataset;
  const what = rnd();
  if (what < 0.15 || entities.length < 2) {
    const entity: Entity = { id: `new-entity-${n}`, label: `New entity ${n}`, type: pick(ENTITY_TYPES) };
    return [{ collection: "entities", id: entity.id, after: entity }];
  }
  if (what < 0.45 || relations.length === 0) {
    const relation = randomRelation(dataset, rnd, `new-relation-${n}`);
    return [{ collection: "relations", id: relation.id, after: relation }];
  }
  if (what < 0.65) {
    const before = pick(relations);
    const changed = randomRelation(dataset, rnd, before.id, before.citations);
    const after = rnd() < 0.5 ? changed : { ...before, label: `${before.label} (changed)` };
    return [{ collection: "relations", id: before.id, before, after }];
  }
  if (what < 0.8) {
    const before = pick(relations);
    return [{ collection: "relations", id: before.id, before }];
  }
  if (what < 0.9) {
    const before = pick(entities);
    if (rnd() < 0.5) return [{ collection: "entities", id: before.id, before, after: { ...before, label: `${before.label}′`, type: pick(ENTITY_TYPES) } }];
    const refs = relations.filter((r) => r.source === before.id || r.target === before.id);
    return [...refs.map((r): Op => ({ collection: "relations", id: r.id, before: r })), { collection: "entities", id: before.id, before }];
  }
  const type = pick(dataset.relationTypes);
  const after: RelationType = { ...type, class: pick(RELATION_CLASSES.filter((c) => c !== type.class)) };
  return [{ collection: "relationTypes", id: type.id, before: type, after }];
}

/** A relation between two entities of the dataset, of a random type, dated as its kind wants. */
function randomRelation(dataset: Dataset, rnd: () => number, id: string, citations: Relation["citations"] = [{ source: dataset.sources[0]?.id ?? "" }]): Relation {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const source = pick(dataset.entities).id;
  let target = pick(dataset.entities).id;
  if (target === source) target = dataset.entities.find((e) => e.id !== source)!.id;
  const type = pick(dataset.relationTypes);
  const year = 1990 + Math.floor(rnd() * 35);
  const month = String(1 + Math.floor(rnd() * 12)).padStart(2, "0");
  const base = { id, type: type.id, source, target, label: type.label, citations };
  if (type.kind === "event") return { ...base, date: `${year}-${month}` };
  return rnd() < 0.5 ? { ...base, start: String(year) } : { ...base, start: `${year}-${month}`, end: String(year + 1 + Math.floor(rnd() * 5)) };
}
