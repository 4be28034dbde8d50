import { parseDay } from "../model/timeModes";

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
}

export interface YearBounds {
  min: number;
  max: number;
}

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

/** Reads the view from URL query parameters; anything unknown or invalid falls back to the default. */
export function viewFromSearch(search: string, defaults: ViewState, bounds: YearBounds): ViewState {
  const params = new URLSearchParams(search);
  const from = period(params.get("from"), bounds) ?? { year: defaults.from, month: defaults.fromMonth };
  const to = period(params.get("to"), bounds) ?? { year: defaults.to, month: defaults.toMonth };
  // Either bound given as a month switches to months; the other then covers its whole year.
  const months = from.month !== undefined || to.month !== undefined;
  const fromMonth = months ? (from.month ?? 1) : undefined;
  const toMonth = months ? (to.month ?? 12) : undefined;
  const ordered = from.year * 12 + (fromMonth ?? 1) <= to.year * 12 + (toMonth ?? 12);
  const view: ViewState = ordered ? { from: from.year, to: to.year } : { from: defaults.from, to: defaults.to };
  if (ordered && months) Object.assign(view, { fromMonth, toMonth });
  else if (!ordered && defaults.fromMonth !== undefined) Object.assign(view, { fromMonth: defaults.fromMonth, toMonth: defaults.toMonth });

  const days = (params.get("compare") ?? "").split(",").map((d) => validDay(d, bounds));
  if (days.length === 2 && days[0] && days[1] && days[0] !== days[1]) view.compare = days[0] < days[1] ? [days[0], days[1]] : [days[1], days[0]];
  else {
    const at = validDay(params.get("at"), bounds);
    if (at) view.at = at;
  }
  return view;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Writes the view into query parameters, keeping any parameter it does not own. */
export function searchFromView(view: ViewState, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  const months = view.fromMonth !== undefined && view.toMonth !== undefined;
  params.set("from", months ? `${view.from}-${pad(view.fromMonth!)}` : String(view.from));
  params.set("to", months ? `${view.to}-${pad(view.toMonth!)}` : String(view.to));
  if (view.at && !view.compare) params.set("at", view.at);
  else params.delete("at");
  if (view.compare) params.set("compare", view.compare.join(","));
  else params.delete("compare");
  return `?${params.toString().replace(/%2C/g, ",")}`;
}
