/**
 * Every URL query parameter, in one table: how each is read. A parameter that does not parse is dropped
 * (its default applies); whether an id names something in the dataset is the view's check. Parameters
 * marked `perDataset` describe a view of one dataset and are dropped when the dataset changes.
 * Plain parsers rather than zod: the first screen reads the URL, and zod's core there cost 9 kB gzip.
 */
type Parse<T> = (text: string) => T | undefined;

const matching = (pattern: RegExp): Parse<string> => (s) => (pattern.test(s) ? s : undefined);
const oneOf = <T extends string>(...values: T[]): Parse<T> => (s) => values.find((v) => v === s);
const period = matching(/^\d{4}(-\d{2})?$/);
const day = matching(/^\d{4}-\d{2}-\d{2}$/);
const id: Parse<string> = (s) => (s.length >= 1 && s.length <= 200 ? s : undefined);
const list: Parse<string[]> = (s) => (s === "" ? [] : [...new Set(s.split(","))]);
const whole: Parse<number> = (s) => (/^[1-9]\d{0,6}$/.test(s) ? Number(s) : undefined);
const dayPair: Parse<[string, string]> = (s) => {
  const [a, b, ...rest] = s.split(",");
  return rest.length === 0 && day(a) && b !== undefined && day(b) ? [a, b] : undefined;
};

const PARAMS = {
  dataset: { parse: id, perDataset: false },
  from: { parse: period, perDataset: true },
  to: { parse: period, perDataset: true },
  at: { parse: day, perDataset: true },
  compare: { parse: dayPair, perDataset: true },
  focus: { parse: id, perDataset: true },
  hops: { parse: (s: string) => (s === "1" ? 1 : s === "2" ? 2 : undefined) as 1 | 2 | undefined, perDataset: true },
  relation: { parse: id, perDataset: true },
  types: { parse: list, perDataset: true },
  entities: { parse: list, perDataset: true },
  layout: { parse: oneOf("force", "map"), perDataset: false },
  // The event view's own: folding into countries, edge width, events per edge, top entities.
  fold: { parse: (s: string) => (s === "1" ? true : s === "0" ? false : undefined), perDataset: true },
  width: { parse: oneOf("count", "goldstein"), perDataset: true },
  min: { parse: whole, perDataset: true },
  top: { parse: (s: string) => (s === "all" ? ("all" as const) : whole(s)), perDataset: true },
} as const;

export type ParamName = keyof typeof PARAMS;
export type UrlParams = { [K in ParamName]?: NonNullable<ReturnType<(typeof PARAMS)[K]["parse"]>> };

export const PARAM_NAMES = Object.keys(PARAMS) as ParamName[];
export const VIEW_PARAMS: ParamName[] = ["from", "to", "at", "compare", "focus", "hops", "relation", "types", "entities", "layout"];
export const EVENT_PARAMS: ParamName[] = ["fold", "width", "min", "top"];
export const PER_DATASET = PARAM_NAMES.filter((n) => PARAMS[n].perDataset);

/** Every parameter the query string holds that parses; the rest are left out. */
export function readUrl(search: string): UrlParams {
  const query = new URLSearchParams(search);
  const out: Record<string, unknown> = {};
  for (const name of PARAM_NAMES) {
    const text = query.get(name);
    if (text === null) continue;
    const parsed = PARAMS[name].parse(text);
    if (parsed !== undefined) out[name] = parsed;
  }
  return out as UrlParams;
}

const text = (value: unknown): string => (Array.isArray(value) ? value.join(",") : typeof value === "boolean" ? (value ? "1" : "0") : String(value));

/**
 * The query string with the parameters in `owned` rewritten from `values` (absent values removed), in
 * the schema's order, after the parameters it does not own. Commas and tildes (event edge ids) are written as such.
 */
export function writeUrl(values: UrlParams, owned: readonly ParamName[], search: string): string {
  const query = new URLSearchParams(search);
  for (const name of owned) query.delete(name);
  const rest = [...query];
  // Parameters of others (not in the schema) first, as they came; then ours in the schema's order.
  const ordered = new URLSearchParams(rest.filter(([k]) => !(PARAM_NAMES as string[]).includes(k)));
  for (const name of PARAM_NAMES) {
    const value = values[name];
    if (owned.includes(name) && value !== undefined) ordered.set(name, text(value));
    else for (const [k, v] of rest) if (k === name) ordered.append(k, v);
  }
  const s = ordered.toString().replace(/%2C/gi, ",").replace(/%7E/gi, "~");
  return s ? `?${s}` : "";
}

/** The one place the address bar is written: "push" makes a history entry, "replace" does not. */
export function setSearch(search: string, mode: "push" | "replace" = "replace"): void {
  if (search === window.location.search || (search === "" && window.location.search === "")) return;
  const url = search || window.location.pathname;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(window.history.state, "", url);
}
