import MiniSearch from "minisearch";
import type { Entity, EntityType } from "./schema";

/** One entity found by a search, with the alias that matched when the label did not. */
export interface EntityHit {
  id: string;
  label: string;
  type: EntityType;
  /** An alias the query matched, when it is not simply the label. */
  alias?: string;
}

interface Doc {
  id: string;
  label: string;
  aliases: string;
  type: EntityType;
}

export type EntityIndex = MiniSearch<Doc> & { entities: Map<string, Entity> };

/** Lower case without diacritics, so "Etats" finds "États" and "turkiye" finds "Türkiye". */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** A fuzzy, prefix-matching index over entity labels and aliases. */
export function buildEntityIndex(entities: Entity[]): EntityIndex {
  const index = new MiniSearch<Doc>({
    fields: ["label", "aliases"],
    storeFields: ["label", "type"],
    processTerm: (term) => fold(term),
    searchOptions: { boost: { label: 2 }, prefix: true, fuzzy: 0.2 },
  }) as EntityIndex;
  index.addAll(entities.map((e) => ({ id: e.id, label: e.label, aliases: (e.aliases ?? []).join(" | "), type: e.type })));
  index.entities = new Map(entities.map((e) => [e.id, e]));
  return index;
}

/** Entities matching every word of the query (or, failing that, any word), best first. */
export function searchEntities(index: EntityIndex, query: string, limit = 8): EntityHit[] {
  if (query.trim() === "") return [];
  let results = index.search(query, { combineWith: "AND" });
  if (results.length === 0) results = index.search(query, { combineWith: "OR" });
  return results.slice(0, limit).map((r) => {
    const entity = index.entities.get(r.id as string)!;
    return { id: entity.id, label: entity.label, type: entity.type, alias: matchedAlias(entity, query) };
  });
}

/** The alias that best explains a hit ("Tiani" for Abdourahmane Tchiani), unless the label does. */
function matchedAlias(entity: Entity, query: string): string | undefined {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const covers = (text: string) => {
    const folded = fold(text);
    return words.every((w) => folded.includes(w));
  };
  if (covers(entity.label)) return undefined;
  return (entity.aliases ?? []).find(covers) ?? (entity.aliases ?? []).find((a) => words.some((w) => fold(a).includes(w)));
}
