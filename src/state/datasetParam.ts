/** The `dataset` URL parameter: which dataset is shown. Plain functions over query strings. */
import { EVENT_PARAMS } from "./eventParams";

/** The dataset the URL asks for when it is one of the known ids; otherwise the default, silently. */
export function datasetFromSearch(search: string, known: Iterable<string>, fallback: string): string {
  const id = new URLSearchParams(search).get("dataset");
  return id !== null && new Set(known).has(id) ? id : fallback;
}

/** Parameters that describe a view of one dataset and mean nothing in another. */
const VIEW_PARAMS = ["from", "to", "focus", ...EVENT_PARAMS];

/**
 * The query string for showing `id`: the default dataset needs no parameter. When the dataset changes,
 * the previous dataset's window and focus are dropped so the new one opens at its own default view.
 */
export function searchForDataset(search: string, id: string, fallback: string): string {
  const params = new URLSearchParams(search);
  const previous = params.get("dataset") ?? fallback;
  if (previous !== id) for (const p of VIEW_PARAMS) params.delete(p);
  if (id === fallback) params.delete("dataset");
  else params.set("dataset", id);
  const s = params.toString();
  return s ? `?${s}` : "";
}
