import { createStore, delMany, get, getMany, keys, set, setMany } from "idb-keyval";
import type { PackedPositions } from "../render/layout";
import type { EventDataset } from "../model/events/dataset";
import type { Dataset } from "../model/schema";

/**
 * Imported datasets live in the browser's IndexedDB (database "entente", store "datasets"), so they
 * survive a reload: `info:<id>` holds what the dataset menu lists, `data:<id>` the validated dataset.
 * Both are written and removed in one transaction. An event table is kept as its columns (typed arrays
 * clone into IndexedDB as they are), marked `kind: "events"`.
 */
const store = createStore("entente", "datasets");

export interface StoredInfo {
  id: string;
  title: string;
  importedAt: string;
  files: string[];
  /** Absent for datasets of relations (and for everything stored before event tables existed). */
  kind?: "events";
}

export async function listStored(): Promise<StoredInfo[]> {
  const infoKeys = (await keys<string>(store)).filter((k) => typeof k === "string" && k.startsWith("info:"));
  const infos = await getMany<StoredInfo>(infoKeys, store);
  return infos.filter((i): i is StoredInfo => i !== undefined).sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

export async function loadStored(id: string): Promise<unknown> {
  return get(`data:${id}`, store);
}

export async function saveStored(dataset: Dataset | EventDataset, files: string[]): Promise<StoredInfo> {
  const info: StoredInfo = { id: dataset.meta.id, title: dataset.meta.title, importedAt: new Date().toISOString(), files };
  if ("kind" in dataset) info.kind = dataset.kind;
  await setMany([[`data:${info.id}`, dataset], [`info:${info.id}`, info]], store);
  return info;
}

export async function removeStored(id: string): Promise<void> {
  await delMany([`info:${id}`, `data:${id}`, `layout:${id}`], store);
}

/**
 * A dataset's computed force layout, kept beside it so reopening skips the seconds a large layout
 * takes. `version` names how it was computed: a different one is not used.
 */
export interface StoredLayout {
  version: string;
  positions: PackedPositions;
}

export async function loadStoredLayout(id: string, version: string): Promise<PackedPositions | undefined> {
  const stored = await get<StoredLayout>(`layout:${id}`, store);
  return stored?.version === version ? stored.positions : undefined;
}

export async function saveStoredLayout(id: string, version: string, positions: PackedPositions): Promise<void> {
  await set(`layout:${id}`, { version, positions } satisfies StoredLayout, store);
}
