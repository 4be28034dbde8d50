/** View state: what the user is looking at. Plain data, serialised to and from the URL. */
export interface ViewState {
  from: number;
  to: number;
  layout: Layout;
}

/** How entities are placed: a force layout, or on a map at their locations. */
export type Layout = "force" | "map";
export const LAYOUTS: readonly Layout[] = ["force", "map"];

export interface YearBounds {
  min: number;
  max: number;
}

const YEAR_RE = /^\d{4}$/;

function year(value: string | null, bounds: YearBounds): number | undefined {
  if (value === null || !YEAR_RE.test(value)) return undefined;
  const y = Number(value);
  return y >= bounds.min && y <= bounds.max ? y : undefined;
}

function layout(value: string | null): Layout | undefined {
  return LAYOUTS.find((l) => l === value);
}

/** Reads the view from URL query parameters; anything unknown or invalid falls back to the default. */
export function viewFromSearch(search: string, defaults: ViewState, bounds: YearBounds): ViewState {
  const params = new URLSearchParams(search);
  const from = year(params.get("from"), bounds) ?? defaults.from;
  const to = year(params.get("to"), bounds) ?? defaults.to;
  const window = from <= to ? { from, to } : { from: defaults.from, to: defaults.to };
  return { ...window, layout: layout(params.get("layout")) ?? defaults.layout };
}

/** Writes the view into query parameters, keeping any parameter it does not own. */
export function searchFromView(view: ViewState, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  params.set("from", String(view.from));
  params.set("to", String(view.to));
  params.set("layout", view.layout);
  return `?${params.toString()}`;
}
