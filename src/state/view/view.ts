import type { Filter } from "../../model/filters/filters";
import { ENTITY_TYPES } from "../../model/dataset/vocabulary";
import type { EntityType } from "../../model/dataset/schema";
import { parseDay } from "../../model/time/timeModes";
import { readUrl, VIEW_PARAMS, writeUrl } from "./url";

/** How entities are placed: a force layout, or on a map at their locations. */
export type Layout = "force" | "map";

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

const PERIOD_RE = /^(\d{4})(?:-(\d{2}))?$/;

/** `YYYY` or `YYYY-MM` within the bounds; undefined otherwise. */
function period(value: string | undefined, bounds: YearBounds): { year: number; month?: number } | undefined {
  const m = value === undefined ? null : PERIOD_RE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < bounds.min || year > bounds.max) return undefined;
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

/** A real calendar day (`YYYY-MM-DD`) whose year is within the bounds. */
function validDay(value: string | null | undefined, bounds: YearBounds): string | undefined {
  if (parseDay(value) === undefined) return undefined;
  const year = Number(value!.slice(0, 4));
  return year >= bounds.min && year <= bounds.max ? value! : undefined;
}

const known = (value: string | undefined, isKnown: ((id: string) => boolean) | undefined) => (value !== undefined && isKnown?.(value) ? value : undefined);

/** A list of ids: unknown ids are dropped; a list naming nothing known means "all"; an empty list means none. */
function knownList<T extends string>(value: string[] | undefined, isKnown: (id: string) => boolean): T[] | undefined {
  if (value === undefined) return undefined;
  if (value.length === 0) return [];
  const ids = value.filter(isKnown) as T[];
  return ids.length > 0 ? ids : undefined;
}

/** Reads the view from the URL (see url.ts); anything unknown or invalid falls back to the default. */
export function viewFromSearch(search: string, defaults: ViewState, bounds: YearBounds, domain?: ViewDomain): ViewState {
  const params = readUrl(search);
  const from = period(params.from, bounds) ?? { year: defaults.from, month: defaults.fromMonth };
  const to = period(params.to, bounds) ?? { year: defaults.to, month: defaults.toMonth };
  // Either bound given as a month switches to months; the other then covers its whole year.
  const months = from.month !== undefined || to.month !== undefined;
  const fromMonth = months ? (from.month ?? 1) : undefined;
  const toMonth = months ? (to.month ?? 12) : undefined;
  const ordered = from.year * 12 + (fromMonth ?? 1) <= to.year * 12 + (toMonth ?? 12);
  const layout = params.layout ?? defaults.layout;
  const view: ViewState = ordered ? { from: from.year, to: to.year, layout } : { from: defaults.from, to: defaults.to, layout };
  if (ordered && months) Object.assign(view, { fromMonth, toMonth });
  else if (!ordered && defaults.fromMonth !== undefined) Object.assign(view, { fromMonth: defaults.fromMonth, toMonth: defaults.toMonth });

  const days = (params.compare ?? []).map((d) => validDay(d, bounds));
  if (days.length === 2 && days[0] && days[1] && days[0] !== days[1]) view.compare = days[0] < days[1] ? [days[0], days[1]] : [days[1], days[0]];
  else {
    const at = validDay(params.at, bounds);
    if (at) view.at = at;
  }
  const focus = known(params.focus, domain?.isEntity);
  if (focus) view.focus = focus;
  const relation = known(params.relation, domain?.isRelation);
  if (relation) view.relation = relation;
  const types = domain && knownList<string>(params.types, domain.isRelationType);
  if (types) view.types = types;
  const entityTypes = knownList<EntityType>(params.entities, (t) => (ENTITY_TYPES as readonly string[]).includes(t));
  if (entityTypes) view.entityTypes = entityTypes;
  if (focus && params.hops) view.hops = params.hops;
  const dataset = known(params.dataset, domain?.isDataset);
  if (dataset) view.dataset = dataset;
  return view;
}

/** The view without a selected entity or relation the domain no longer has (an edit deleted it); the same view when nothing is missing. */
export function selectionInDomain(view: ViewState, domain: ViewDomain): ViewState {
  const lostRelation = view.relation !== undefined && !domain.isRelation(view.relation);
  const lostFocus = view.focus !== undefined && !domain.isEntity(view.focus);
  if (!lostRelation && !lostFocus) return view;
  const next = { ...view };
  if (lostRelation) delete next.relation;
  if (lostFocus) {
    delete next.focus;
    delete next.hops;
  }
  return next;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Writes the view into the query string (see url.ts), keeping any parameter it does not own. */
export function searchFromView(view: ViewState, currentSearch: string): string {
  const months = view.fromMonth !== undefined && view.toMonth !== undefined;
  const search = writeUrl(
    {
      dataset: view.dataset,
      from: months ? `${view.from}-${pad(view.fromMonth!)}` : String(view.from),
      to: months ? `${view.to}-${pad(view.toMonth!)}` : String(view.to),
      at: view.compare ? undefined : view.at,
      compare: view.compare,
      focus: view.focus,
      hops: view.focus ? view.hops : undefined,
      relation: view.relation,
      types: view.types,
      entities: view.entityTypes,
      layout: view.layout,
    },
    [...VIEW_PARAMS, "dataset"],
    currentSearch,
  );
  return search || "?";
}

/** The filters a view asks for, in the order they apply: types first, then the ego view within what is left. */
export function filtersOf(view: ViewState): Filter[] {
  const filters: Filter[] = [];
  if (view.types) filters.push({ kind: "relation-types", shown: view.types });
  if (view.entityTypes) filters.push({ kind: "entity-types", shown: view.entityTypes });
  if (view.focus && view.hops) filters.push({ kind: "ego", entity: view.focus, hops: view.hops });
  return filters;
}
