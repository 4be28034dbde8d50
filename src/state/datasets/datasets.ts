import { buildModel, type Model } from "../../model/dataset/graph";
import type { EventDataset } from "../../model/events/dataset";
import type { Dataset, DatasetMeta } from "../../model/dataset/schema";
import { DEFAULT_DATASET, loadShippedDataset, shippedDatasetIds } from "./shippedDatasets";
import { readStoredInWorker } from "./readStored";
import { listStored, loadStored, removeStored } from "./storedDatasets";

/** Every dataset the menu offers: those shipped in graph-data/ and those imported into this browser. */
export interface DatasetEntry {
  id: string;
  title: string;
  origin: "shipped" | "imported";
  /** An imported event table (ICEWS, GDELT) rather than a dataset of relations. */
  kind?: "events";
}

export { DEFAULT_DATASET };

const shippedMeta = import.meta.glob<DatasetMeta>("../../../graph-data/*/dataset.json", { eager: true, import: "default" });

export function shippedEntries(): DatasetEntry[] {
  const titles = new Map(Object.entries(shippedMeta).map(([path, meta]) => [path.split("/").at(-2)!, meta.title]));
  return shippedDatasetIds().map((id) => ({ id, title: titles.get(id) ?? id, origin: "shipped" }));
}

/** Menu order: shipped datasets first, then imported ones by title. */
export function sortEntries(entries: DatasetEntry[]): DatasetEntry[] {
  const rank = (d: DatasetEntry) => (d.origin === "shipped" ? 0 : 1);
  return [...entries].sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

/** Shipped datasets first, then imported ones by title. If the browser's storage is unavailable, only the shipped ones. */
export async function listDatasets(): Promise<DatasetEntry[]> {
  const shipped = shippedEntries();
  try {
    const taken = new Set(shipped.map((d) => d.id));
    const stored = (await listStored()).filter((s) => !taken.has(s.id));
    return sortEntries([...shipped, ...stored.map((s): DatasetEntry => ({ id: s.id, title: s.title, origin: "imported", ...(s.kind ? { kind: s.kind } : {}) }))]);
  } catch {
    return shipped;
  }
}

/** Loads a dataset; one read back from storage is validated again, as it may come from an older version of the app. */
export async function loadDataset(entry: DatasetEntry): Promise<Model> {
  return entry.origin === "shipped" ? (await loadShippedDataset(entry.id)).model : buildModel(await loadStoredDataset(entry));
}

/** An imported dataset read back from storage and validated (in a worker), before its graph is built (in slices when large). */
export async function loadStoredDataset(entry: DatasetEntry, onProgress?: (done: number, total: number) => void): Promise<Dataset> {
  return readStoredInWorker(entry.id, onProgress);
}

/** Loads an imported event table; what storage gives back is checked before it is drawn. */
export async function loadEventDataset(entry: DatasetEntry): Promise<EventDataset> {
  const [{ checkEventDataset }, stored] = await Promise.all([import("../../model/events/dataset"), loadStored(entry.id)]);
  return checkEventDataset(stored, entry.id);
}

export async function removeImported(id: string): Promise<void> {
  await removeStored(id);
}
