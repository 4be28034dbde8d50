import type { Scope } from "../frame/describe";
import type { FilterCounts } from "../filters/filters";
import { ENTITY_TYPES, RELATION_CLASSES } from "../dataset/vocabulary";
import type { Entity, EntityType, RelationClass, RelationType } from "../dataset/schema";
import type { EventAggregator } from "./aggregate";
import { cameoRelationTypes, rootInfo } from "./cameo";
import type { EventTable } from "./table";

/**
 * The explorer's filters for an event table: relation types are the 20 CAMEO roots (URL `types`, by the
 * relation type ids an event import adds, e.g. `make-public-statement`), grouped by class; entity types as
 * for any dataset (URL `entities`). An event counts when its root is shown and both its entities' types are.
 */

/** The CAMEO root relation types the table uses, by class, in root order. */
export function usedCameoTypes(table: EventTable): Map<RelationClass, RelationType[]> {
  const used = new Set<number>();
  for (let i = 0; i < table.size; i++) used.add(table.root[i]);
  const byClass = new Map<RelationClass, RelationType[]>();
  const all = cameoRelationTypes();
  for (const cls of RELATION_CLASSES) {
    const types = all.filter((t) => t.class === cls && used.has(Number(t.cameo)));
    if (types.length > 0) byClass.set(cls, types);
  }
  return byClass;
}

export function usedEntityTypesOf(entities: readonly Entity[]): EntityType[] {
  const used = new Set(entities.map((e) => e.type));
  return ENTITY_TYPES.filter((t) => used.has(t));
}

/** Which events the filters keep, or undefined when they keep every event (no filter: the aggregator skips the test). */
export function eventInclude(table: EventTable, entityOf: Int32Array, entities: readonly Entity[], types?: readonly string[], entityTypes?: readonly EntityType[]): ((id: number) => boolean) | undefined {
  if (!types && !entityTypes) return undefined;
  const roots = new Uint8Array(21).fill(1);
  if (types) {
    const shown = new Set(types);
    for (let r = 1; r <= 20; r++) roots[r] = shown.has(rootInfo(r)!.type) ? 1 : 0;
  }
  const entityShown = new Uint8Array(entities.length).fill(1);
  if (entityTypes) {
    const shown = new Set(entityTypes);
    entities.forEach((e, i) => (entityShown[i] = shown.has(e.type) ? 1 : 0));
  }
  return (id) => roots[table.root[id]] === 1 && entityShown[entityOf[table.subject[id]]] === 1 && entityShown[entityOf[table.object[id]]] === 1;
}

/** What each toggle governs in the window, filters aside: events per class and root, active entities per type. */
export function eventFilterCounts(agg: EventAggregator, entities: readonly Entity[]): FilterCounts {
  const classes = Object.fromEntries(RELATION_CLASSES.map((c) => [c, 0])) as Record<RelationClass, number>;
  const relationTypes = new Map<string, number>();
  for (let r = 1; r <= 20; r++) {
    const n = agg.rootCounts[r];
    if (n === 0) continue;
    const info = rootInfo(r)!;
    classes[info.class] += n;
    relationTypes.set(info.type, n);
  }
  const entityTypes = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  agg.allActivity.forEach((n, i) => n > 0 && entityTypes[entities[i].type]++);
  return { classes, relationTypes, entityTypes };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The scope an event view's label states: its focus and what its type filters hide (of what the table uses). */
export function eventScope(
  focus: Entity | undefined,
  used: { types: readonly string[]; entityTypes: readonly EntityType[] },
  shown: { types?: readonly string[]; entityTypes?: readonly EntityType[] },
): Scope {
  const scope: Scope = { hidden: [] };
  if (focus) scope.focus = { id: focus.id, label: focus.label };
  const hidden = (all: readonly string[], kept: readonly string[] | undefined, what: string) => {
    if (!kept) return;
    const n = all.filter((t) => !kept.includes(t)).length;
    if (n > 0) scope.hidden.push(`${n} of ${plural(all.length, what)}`);
  };
  hidden(used.types, shown.types, "CAMEO event type");
  hidden(used.entityTypes, shown.entityTypes, "entity type");
  return scope;
}
