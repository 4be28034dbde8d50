import type { Entity } from "../dataset/schema";
import type { AggregateEdge } from "./aggregate";
import { EVENT_CLASSES } from "./cameo";
import { iso3Of } from "./countries";
import { edgeEnds } from "./display";

/**
 * Selections of an event view as stable strings for the URL: an entity by its id, an aggregate edge as
 * `<source id>~<target id>~<class>` (entity ids are kebab-case, so `~` never occurs in them). Numeric edge
 * keys depend on the entity list's order and are never shown.
 */

export function edgeId(key: number, entities: readonly Entity[]): string {
  const { source, target, cls } = edgeEnds(key, entities.length);
  return `${entities[source].id}~${entities[target].id}~${EVENT_CLASSES[cls]}`;
}

/** The edge key an id names, or undefined when it names no possible edge of these entities. */
export function edgeKeyOf(id: string, indexOf: ReadonlyMap<string, number>): number | undefined {
  const [s, t, c, ...rest] = id.split("~");
  const source = indexOf.get(s);
  const target = indexOf.get(t);
  const cls = EVENT_CLASSES.indexOf(c as (typeof EVENT_CLASSES)[number]);
  if (rest.length > 0 || source === undefined || target === undefined || source === target || cls < 0) return undefined;
  return (source * indexOf.size + target) * 4 + cls;
}

/** The shown edges touching an entity, busiest first: what its panel lists. */
export function edgesOfEntity(entity: number, edges: readonly AggregateEdge[]): AggregateEdge[] {
  return edges.filter((e) => e.source === entity || e.target === entity).sort((a, b) => b.count - a.count || a.key - b.key);
}

/** Entities with aliases for search: a country's ISO code and the file's other spellings of the same entity. */
export function entitiesWithAliases(entities: readonly Entity[], actors: readonly string[], detailed: Int32Array): Entity[] {
  const aliases = new Map<number, Set<string>>();
  const add = (i: number, name: string | undefined) => {
    if (!name || name === entities[i].label) return;
    const set = aliases.get(i) ?? new Set<string>();
    set.add(name);
    aliases.set(i, set);
  };
  actors.forEach((name, a) => add(detailed[a], name));
  entities.forEach((e, i) => e.type === "country" && add(i, iso3Of(e.label)));
  return entities.map((e, i) => (aliases.has(i) ? { ...e, aliases: [...aliases.get(i)!].sort() } : e));
}
