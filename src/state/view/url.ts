import { z } from "zod";

/**
 * Every URL query parameter, in one schema: what each may hold. A parameter that does not parse is
 * dropped (its default applies); whether an id names something in the dataset is the view's check.
 * Parameters marked `perDataset` describe a view of one dataset and are dropped when the dataset changes.
 */
const period = z.string().regex(/^\d{4}(-\d{2})?$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const id = z.string().min(1).max(200);
const list = z.string().transform((s) => (s === "" ? [] : [...new Set(s.split(","))]));
const whole = z.string().regex(/^[1-9]\d{0,6}$/).transform(Number);

const PARAMS = {
  dataset: { schema: id, perDataset: false },
  from: { schema: period, perDataset: true },
  to: { schema: period, perDataset: true },
  at: { schema: day, perDataset: true },
  compare: { schema: z.string().transform((s) => s.split(",")).pipe(z.tuple([day, day])), perDataset: true },
  focus: { schema: id, perDataset: true },
  hops: { schema: z.enum(["1", "2"]).transform(Number).pipe(z.union([z.literal(1), z.literal(2)])), perDataset: true },
  relation: { schema: id, perDataset: true },
  types: { schema: list, perDataset: true },
  entities: { schema: list, perDataset: true },
  layout: { schema: z.enum(["force", "map"]), perDataset: false },
  // The event view's own: folding into countries, edge width, events per edge, top entities.
  fold: { schema: z.enum(["0", "1"]).transform((v) => v === "1"), perDataset: true },
  width: { schema: z.enum(["count", "goldstein"]), perDataset: true },
  min: { schema: whole, perDataset: true },
  top: { schema: z.union([z.literal("all"), whole]), perDataset: true },
} as const;

export type ParamName = keyof typeof PARAMS;
export type UrlParams = { [K in ParamName]?: z.output<(typeof PARAMS)[K]["schema"]> };

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
    const parsed = PARAMS[name].schema.safeParse(text);
    if (parsed.success) out[name] = parsed.data;
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
