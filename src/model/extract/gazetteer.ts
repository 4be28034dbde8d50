import countryTable from "../../../graph-data/countries.json";
import type { Entity, EntityType } from "../dataset/schema";
import { nameKey } from "./text";
import type { EntityRef, Mention } from "./types";
import world from "./world.json";

/** One way of naming an entity. */
export interface NameEntry {
  ref: EntityRef;
  via: Mention["via"];
  /** Short all-capital names ("US", "AES") match only in capitals, so "us" is not the United States. */
  exact?: string;
}

/** Every name the extractor looks for, by folded key; a key may name several entities. */
export interface Gazetteer {
  names: Map<string, NameEntry[]>;
  /** Longest name, in words. */
  maxWords: number;
}

/**
 * The dataset's entities by label and alias, then countries (with demonyms and capitals) and
 * well-known organisations and armed groups: a country or organisation the dataset holds keeps its
 * id whichever of its names the article uses.
 */
export function buildGazetteer(entities: readonly Entity[] = []): Gazetteer {
  const names = new Map<string, NameEntry[]>();
  let maxWords = 1;
  const datasetByKey = new Map<string, EntityRef>();
  const add = (name: string, ref: EntityRef, via: Mention["via"]) => {
    const key = nameKey(name);
    if (!key) return;
    const list = names.get(key) ?? [];
    if (list.some((e) => sameRef(e.ref, ref))) return;
    const exact = /^[A-Z.]{2,4}$/.test(name.trim()) ? name.trim() : undefined;
    list.push({ ref, via, exact });
    names.set(key, list);
    maxWords = Math.max(maxWords, key.split(" ").length);
  };
  for (const e of entities) {
    const ref: EntityRef = { id: e.id, label: e.label, type: e.type };
    for (const name of [e.label, ...(e.aliases ?? [])]) {
      add(name, ref, "name");
      datasetByKey.set(nameKey(name), ref);
    }
  }
  const resolve = (label: string, others: string[], type: EntityType): EntityRef =>
    [label, ...others].map((n) => datasetByKey.get(nameKey(n))).find((r) => r && r.type === type) ??
    [label, ...others].map((n) => datasetByKey.get(nameKey(n))).find(Boolean) ?? { label, type };
  const extra = new Map(world.countries.map((c) => [c.name, c]));
  for (const { name } of countryTable.countries) {
    const w = extra.get(name);
    const ref = resolve(name, w?.names ?? [], "country");
    for (const n of [name, ...(w?.names ?? [])]) add(n, ref, "name");
    for (const d of w?.demonyms ?? []) add(d, ref, "demonym");
    if (w?.capital) add(w.capital, ref, "capital");
  }
  for (const o of world.organizations) {
    const ref = resolve(o.label, o.names, o.type as EntityType);
    for (const n of [o.label, ...o.names]) add(n, ref, "name");
  }
  return { names, maxWords };
}

export function sameRef(a: EntityRef, b: EntityRef): boolean {
  return a.id !== undefined || b.id !== undefined ? a.id === b.id : nameKey(a.label) === nameKey(b.label);
}

/** A stable key for an entity: its id, or its folded label. */
export function refKey(ref: EntityRef): string {
  return ref.id ?? `~${nameKey(ref.label)}`;
}
