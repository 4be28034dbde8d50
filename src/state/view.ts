import type { Filter } from "../model/filters";
import { ENTITY_TYPES, type EntityType } from "../model/schema";
import { parseDay } from "../model/timeModes";

/** How entities are placed: a force layout, or on a map at their locations. */
export type Layout = "force" | "map";
export const LAYOUTS: readonly Layout[] = ["force", "map"];

/** View state: what the user is looking at. Plain data, serialised to and from the URL. */
export interface ViewState {
  from: number;
  to: number;
  /** Month resolution: first month of `from` and last month of `to` (1–12). Absent: whole years. */
  fromMonth?: number;
  toMonth?: number;
  /** As of this day (`YYYY-MM-DD`): states that hold that day and events of the 12 months before. */
  at?: string;
  /** Two days (`YYYY-MM-DD`, earlier first) whose relations are compared. */
  compare?: [string, string];
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
  /** Dataset id (URL `dataset`); absent = the default dataset. */
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
const OWNED = ["from", "to", "at", "compare", "focus", "relation", "types", "entities", "hops", "layout", "dataset"];

const PERIOD_RE = /^(\d{4})(?:-(\d{2}))?$/;

/** `YYYY` or `YYYY-MM` within the bounds; undefined otherwise. */
function period(value: string | null, bounds: YearBounds): { year: number; month?: number } | undefined {
  const m = value === null ? null : PERIOD_RE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < bounds.min || year > bounds.max) return undefined;
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

/** A real calendar day (`YYYY-MM-DD`) whose year is within the bounds. */
export function validDay(value: string | null | undefined, bounds: YearBounds): string | undefined {
  if (parseDay(value) === undefined) return undefined;
  const year = Number(value!.slice(0, 4));
  return year >= bounds.min && year <= bounds.max ? value! : undefined;
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
  const from = period(params.get("from"), bounds) ?? { year: defaults.from, month: defaults.fromMonth };
  const to = period(params.get("to"), bounds) ?? { year: defaults.to, month: defaults.toMonth };
  // Either bound given as a month switches to months; the other then covers its whole year.
  const months = from.month !== undefined || to.month !== undefined;
  const fromMonth = months ? (from.month ?? 1) : undefined;
  const toMonth = months ? (to.month ?? 12) : undefined;
  const ordered = from.year * 12 + (fromMonth ?? 1) <= to.year * 12 + (toMonth ?? 12);
  const layout = LAYOUTS.find((l) => l === params.get("layout")) ?? defaults.layout;
  const view: ViewState = ordered ? { from: from.year, to: to.year, layout } : { from: defaults.from, to: defaults.to, layout };
  if (ordered && months) Object.assign(view, { fromMonth, toMonth });
  else if (!ordered && defaults.fromMonth !== undefined) Object.assign(view, { fromMonth: defaults.fromMonth, toMonth: defaults.toMonth });

  const days = (params.get("compare") ?? "").split(",").map((d) => validDay(d, bounds));
  if (days.length === 2 && days[0] && days[1] && days[0] !== days[1]) view.compare = days[0] < days[1] ? [days[0], days[1]] : [days[1], days[0]];
  else {
    const at = validDay(params.get("at"), bounds);
    if (at) view.at = at;
  }
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

const pad = (n: number) => String(n).padStart(2, "0");

/** Writes the view into query parameters, keeping any parameter it does not own. */
export function searchFromView(view: ViewState, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of OWNED) params.delete(key);
  if (view.dataset) params.set("dataset", view.dataset);
  const months = view.fromMonth !== undefined && view.toMonth !== undefined;
  params.set("from", months ? `${view.from}-${pad(view.fromMonth!)}` : String(view.from));
  params.set("to", months ? `${view.to}-${pad(view.toMonth!)}` : String(view.to));
  if (view.at && !view.compare) params.set("at", view.at);
  if (view.compare) params.set("compare", view.compare.join(","));
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
