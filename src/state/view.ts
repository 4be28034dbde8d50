import type { Filter } from "../model/filters";
import { ENTITY_TYPES, type EntityType } from "../model/schema";

/** How entities are placed: a force layout, or on a map at their locations. */
export type Layout = "force" | "map";
export const LAYOUTS: readonly Layout[] = ["force", "map"];

/** View state: what the user is looking at. Plain data, serialised to and from the URL. */
export interface ViewState {
  from: number;
  to: number;
  /** Selected entity (URL `focus`). */
  focus?: string;
  /** Selected relation (URL `relation`). */
  relation?: string;
  /** Relation types shown (URL `types`); absent = all. */
  types?: string[];
  /** Entity types shown (URL `entities`); absent = all. */
  entityTypes?: EntityType[];
  /** Ego view around `focus`: its 1- or 2-step neighbourhood (URL `hops`); absent = everything. */
  hops?: 1 | 2;
  /** URL `layout`. */
  layout: Layout;
  /** Shipped dataset id (URL `dataset`); absent = the default dataset. */
  dataset?: string;
}

export interface YearBounds {
  min: number;
  max: number;
}

/** What the ids in a URL may name; an id it does not know is ignored. */
export interface ViewDomain {
  isEntity(id: string): boolean;
  isRelation(id: string): boolean;
  isRelationType(id: string): boolean;
  isDataset(id: string): boolean;
}

/** Parameters the view owns: rewritten (or removed) on every change. */
const OWNED = ["from", "to", "focus", "relation", "types", "entities", "hops", "layout", "dataset"];

const YEAR_RE = /^\d{4}$/;

function year(value: string | null, bounds: YearBounds): number | undefined {
  if (value === null || !YEAR_RE.test(value)) return undefined;
  const y = Number(value);
  return y >= bounds.min && y <= bounds.max ? y : undefined;
}

function id(value: string | null, known: ((id: string) => boolean) | undefined): string | undefined {
  if (value === null || value === "" || !known?.(value)) return undefined;
  return value;
}

/** A comma-separated list of ids: unknown ids are dropped; a list naming nothing known means "all"; an empty list means none. */
function list<T extends string>(value: string | null, known: (id: string) => boolean): T[] | undefined {
  if (value === null) return undefined;
  if (value === "") return [];
  const ids = [...new Set(value.split(","))].filter(known) as T[];
  return ids.length > 0 ? ids : undefined;
}

/** Reads the view from URL query parameters; anything unknown or invalid falls back to the default. */
export function viewFromSearch(search: string, defaults: ViewState, bounds: YearBounds, domain?: ViewDomain): ViewState {
  const params = new URLSearchParams(search);
  const from = year(params.get("from"), bounds) ?? defaults.from;
  const to = year(params.get("to"), bounds) ?? defaults.to;
  const window = from <= to ? { from, to } : { from: defaults.from, to: defaults.to };
  const view: ViewState = { ...window, layout: LAYOUTS.find((l) => l === params.get("layout")) ?? defaults.layout };
  const focus = id(params.get("focus"), domain?.isEntity);
  if (focus) view.focus = focus;
  const relation = id(params.get("relation"), domain?.isRelation);
  if (relation) view.relation = relation;
  const types = domain && list<string>(params.get("types"), domain.isRelationType);
  if (types) view.types = types;
  const entityTypes = list<EntityType>(params.get("entities"), (t) => (ENTITY_TYPES as readonly string[]).includes(t));
  if (entityTypes) view.entityTypes = entityTypes;
  const hops = params.get("hops");
  if (focus && (hops === "1" || hops === "2")) view.hops = Number(hops) as 1 | 2;
  const dataset = id(params.get("dataset"), domain?.isDataset);
  if (dataset) view.dataset = dataset;
  return view;
}

/** Writes the view into query parameters, keeping any parameter it does not own. */
export function searchFromView(view: ViewState, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of OWNED) params.delete(key);
  if (view.dataset) params.set("dataset", view.dataset);
  params.set("from", String(view.from));
  params.set("to", String(view.to));
  if (view.focus) params.set("focus", view.focus);
  if (view.focus && view.hops) params.set("hops", String(view.hops));
  if (view.relation) params.set("relation", view.relation);
  if (view.types) params.set("types", view.types.join(","));
  if (view.entityTypes) params.set("entities", view.entityTypes.join(","));
  params.set("layout", view.layout);
  // Commas read better than %2C and are safe in a query string.
  return `?${params.toString().replace(/%2C/gi, ",")}`;
}

/** The filters a view asks for, in the order they apply: types first, then the ego view within what is left. */
export function filtersOf(view: ViewState): Filter[] {
  const filters: Filter[] = [];
  if (view.types) filters.push({ kind: "relation-types", shown: view.types });
  if (view.entityTypes) filters.push({ kind: "entity-types", shown: view.entityTypes });
  if (view.focus && view.hops) filters.push({ kind: "ego", entity: view.focus, hops: view.hops });
  return filters;
}
