import { createStore, delMany, get, getMany, keys, set } from "idb-keyval";
import type { PackedPositions } from "../../model/layout/layout";
import type { EventDataset } from "../../model/events/dataset";
import type { History } from "../../model/edit";
import type { Dataset } from "../../model/dataset/schema";

/**
 * Imported datasets live in the browser's IndexedDB (database "entente", store "datasets"), so they
 * survive a reload: `info:<id>` holds what the dataset menu lists, `data:<id>` the validated dataset.
 * Both are written and removed in one transaction; other tabs hear of it on the "entente-datasets"
 * BroadcastChannel. An event table is kept as its columns (typed arrays clone into IndexedDB as they
 * are), marked `kind: "events"`. An edited dataset also keeps `edits:<id>`, its undo/redo history, and
 * counts its saves in `revision`, so a tab never saves over changes it has not seen.
 */
const store = createStore("entente", "datasets");

export interface StoredInfo {
  id: string;
  title: string;
  importedAt: string;
  files: string[];
  /** Absent for datasets of relations (and for everything stored before event tables existed). */
  kind?: "events";
  /** Saves of edits so far (absent: never edited). */
  revision?: number;
}

export async function listStored(): Promise<StoredInfo[]> {
  const infoKeys = (await keys<string>(store)).filter((k) => typeof k === "string" && k.startsWith("info:"));
  const infos = await getMany<StoredInfo>(infoKeys, store);
  return infos.filter((i): i is StoredInfo => i !== undefined).sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

export async function loadStored(id: string): Promise<unknown> {
  return get(`data:${id}`, store);
}

/**
 * Stores an imported dataset under an id nobody has: `name` is given every id taken (`taken`, and every
 * id stored by now, by any tab) and returns the dataset to keep. The ids are read and the dataset written
 * in one transaction, so two tabs importing the same id at once each keep their own.
 */
export async function saveStored<T extends Dataset | EventDataset>(name: (taken: ReadonlySet<string>) => T, files: string[], taken: ReadonlySet<string>): Promise<T> {
  const kept = await store("readwrite", (s) =>
    new Promise<T>((resolve, reject) => {
      const fail = () => reject(s.transaction.error ?? new Error("the browser's storage refused the dataset"));
      const stored = s.getAllKeys();
      stored.onerror = fail;
      stored.onsuccess = () => {
        const ids = new Set(taken);
        for (const key of stored.result) if (typeof key === "string" && key.startsWith("info:")) ids.add(key.slice(5));
        const dataset = name(ids);
        const info: StoredInfo = { id: dataset.meta.id, title: dataset.meta.title, importedAt: new Date().toISOString(), files };
        if ("kind" in dataset) info.kind = dataset.kind;
        s.put(dataset, `data:${info.id}`);
        s.put(info, `info:${info.id}`);
        s.transaction.oncomplete = () => resolve(dataset);
        s.transaction.onerror = s.transaction.onabort = fail;
      };
    }),
  );
  announce({ change: "added", id: kept.meta.id });
  return kept;
}

export async function removeStored(id: string): Promise<void> {
  await delMany([`info:${id}`, `data:${id}`, `layout:${id}`, `edits:${id}`], store);
  announce({ change: "removed", id });
}

/** What one tab tells the others about the datasets stored in this browser. */
export interface StoredChange {
  change: "added" | "removed" | "edited";
  id: string;
  /** The revision an edit was saved as. */
  revision?: number;
}

const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel("entente-datasets");

function announce(message: StoredChange): void {
  channel?.postMessage(message);
}

/** Calls `listener` when another tab of this browser stores or removes a dataset; returns the unsubscribe. */
export function onStoredChange(listener: (change: StoredChange) => void): () => void {
  if (!channel) return () => {};
  const handle = (event: MessageEvent<StoredChange>) => listener(event.data);
  channel.addEventListener("message", handle);
  return () => channel.removeEventListener("message", handle);
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

/** An edited dataset's history and how many times edits to it were saved. */
export interface StoredEdits {
  revision: number;
  history?: History;
}

export async function loadEdits(id: string): Promise<StoredEdits> {
  const [info, history] = await getMany<unknown>([`info:${id}`, `edits:${id}`], store);
  return { revision: (info as StoredInfo | undefined)?.revision ?? 0, history: history as History | undefined };
}

/** Another tab saved edits to the dataset since this tab read it: saving now would lose them. */
export class EditConflict extends Error {
  constructor(id: string) {
    super(`“${id}” was changed in another tab since this one read it`);
  }
}

/**
 * Saves an edited dataset and its history over the stored copy, but only if the copy is still at
 * `revision` (read, checked and written in one transaction); returns the new revision. Otherwise it
 * throws EditConflict and nothing is written.
 */
export async function saveEdited(dataset: Dataset, history: History, revision: number): Promise<number> {
  const id = dataset.meta.id;
  const saved = await store("readwrite", (s) =>
    new Promise<number>((resolve, reject) => {
      const fail = () => reject(s.transaction.error ?? new Error("the browser's storage refused the change"));
      const read = s.get(`info:${id}`);
      read.onerror = fail;
      read.onsuccess = () => {
        const info = read.result as StoredInfo | undefined;
        if (!info) return reject(new Error(`“${id}” is no longer stored in this browser (removed in another tab?)`));
        if ((info.revision ?? 0) !== revision) return reject(new EditConflict(id));
        const next = revision + 1;
        try {
          s.put(dataset, `data:${id}`);
          s.put(history, `edits:${id}`);
          s.put({ ...info, title: dataset.meta.title, revision: next } satisfies StoredInfo, `info:${id}`);
        } catch (e) {
          return reject(e);
        }
        s.transaction.oncomplete = () => resolve(next);
        s.transaction.onerror = s.transaction.onabort = fail;
      };
    }),
  );
  announce({ change: "edited", id, revision: saved });
  return saved;
}
