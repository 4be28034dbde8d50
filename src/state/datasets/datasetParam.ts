/** The `dataset` URL parameter: which dataset is shown. Plain functions over query strings. */
import { PER_DATASET, readUrl, writeUrl } from "../view/url";

/** The dataset the URL asks for when it is one of the known ids; otherwise the default, silently. */
export function datasetFromSearch(search: string, known: Iterable<string>, fallback: string): string {
  const id = readUrl(search).dataset;
  return id !== undefined && new Set(known).has(id) ? id : fallback;
}

/**
 * The query string for showing `id`: the default dataset needs no parameter. When the dataset changes,
 * the previous dataset's window and focus are dropped so the new one opens at its own default view.
 */
export function searchForDataset(search: string, id: string, fallback: string): string {
  const previous = readUrl(search).dataset ?? fallback;
  // Parameters that describe a view of one dataset mean nothing in another.
  const kept = previous === id ? search : writeUrl({}, PER_DATASET, search);
  return writeUrl({ dataset: id === fallback ? undefined : id }, ["dataset"], kept);
}
