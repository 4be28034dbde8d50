import { useCallback, useEffect, useRef, useState } from "react";
import { EMPTY_HISTORY, recordChange, redo as redoChange, undo as undoChange, type Change, type History, type Op } from "../../model/edit";
import type { Dataset } from "../../model/dataset/schema";
import { loadDataset } from "../datasets/datasets";
import { EditConflict, loadEdits, onStoredChange, saveEdited } from "../datasets/storedDatasets";
import { SHARED_RELATION_TYPES } from "../datasets/vocabulary";

/** The rules edits are checked by: those of `npm run validate`, with the shared relation types. */
export const EDIT_RULES = { sharedRelationTypes: SHARED_RELATION_TYPES };

/** What became of the changes made so far. */
export type SaveState =
  | { state: "saved" | "saving" }
  | { state: "failed"; message: string }
  /** Another tab saved first: saving would lose its changes. */
  | { state: "conflict"; message: string };

export interface EditSession {
  dataset: Dataset;
  history: History;
  save: SaveState;
  /** Said once after the dataset was reloaded with another tab's changes. */
  notice: string | null;
  commit(dataset: Dataset, change: Change): void;
  undo(): void;
  redo(): void;
  /** Saves the dataset on screen again after a failure. */
  retry(): void;
  /** Drops what is on screen and reads the stored dataset (another tab's changes). */
  reload(): Promise<void>;
}

const now = () => new Date().toISOString();
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * Edits to an imported dataset: each change is shown at once (`onDataset`, with the ops that made it, so
 * the model can be patched; without them after a reload) and saved to IndexedDB
 * right after, one save at a time. A save that fails leaves the change on screen and says so. Another
 * tab's saved edits reload this tab's dataset if it has nothing unsaved; otherwise saving is refused.
 */
export function useEditSession(dataset: Dataset, onDataset: (dataset: Dataset, ops?: readonly Op[]) => void): EditSession {
  const id = dataset.meta.id;
  const [history, setHistory] = useState<History>(EMPTY_HISTORY);
  const [save, setSave] = useState<SaveState>({ state: "saved" });
  const [notice, setNotice] = useState<string | null>(null);
  const revision = useRef<number | null>(null);
  const latest = useRef({ dataset, history });
  latest.current.dataset = dataset;
  const saving = useRef<Promise<void>>(Promise.resolve());
  const dirty = useRef(false);

  useEffect(() => {
    let live = true;
    loadEdits(id).then(
      (stored) => {
        if (!live) return;
        revision.current = stored.revision;
        latest.current.history = stored.history ?? EMPTY_HISTORY;
        setHistory(latest.current.history);
      },
      (e: unknown) => live && setSave({ state: "failed", message: `Its edit history could not be read (${message(e)}).` }),
    );
    return () => {
      live = false;
    };
  }, [id]);

  /** Queues a save of what is on screen now. */
  const persist = useCallback(() => {
    dirty.current = true;
    setSave((s) => (s.state === "conflict" ? s : { state: "saving" }));
    saving.current = saving.current.then(async () => {
      if (!dirty.current || revision.current === null) return;
      const { dataset: shown, history: kept } = latest.current;
      try {
        revision.current = await saveEdited(shown, kept, revision.current);
        if (latest.current.dataset === shown && latest.current.history === kept) dirty.current = false;
        setSave({ state: "saved" });
      } catch (e) {
        setSave(
          e instanceof EditConflict
            ? { state: "conflict", message: `${e.message}. This change is not saved: reload the dataset to see the other tab's changes (this tab's unsaved changes will be lost).` }
            : { state: "failed", message: `This change is not saved: ${message(e)}. It stays on screen; try saving again.` },
        );
      }
    });
  }, []);

  const show = useCallback(
    (next: Dataset, nextHistory: History, ops: readonly Op[]) => {
      latest.current = { dataset: next, history: nextHistory };
      setHistory(nextHistory);
      setNotice(null);
      onDataset(next, ops);
      persist();
    },
    [onDataset, persist],
  );

  const commit = useCallback((next: Dataset, change: Change) => show(next, recordChange(latest.current.history, change), change.ops), [show]);
  const undo = useCallback(() => {
    const r = undoChange(latest.current.dataset, latest.current.history, now());
    if (r) show(r.dataset, r.history, r.ops);
  }, [show]);
  const redo = useCallback(() => {
    const r = redoChange(latest.current.dataset, latest.current.history, now());
    if (r) show(r.dataset, r.history, r.ops);
  }, [show]);

  const reload = useCallback(async () => {
    const [model, stored] = await Promise.all([loadDataset({ id, title: id, origin: "imported" }), loadEdits(id)]);
    revision.current = stored.revision;
    dirty.current = false;
    latest.current = { dataset: model.dataset, history: stored.history ?? EMPTY_HISTORY };
    setHistory(latest.current.history);
    setSave({ state: "saved" });
    onDataset(model.dataset);
    setNotice("Reloaded with the changes saved in another tab.");
  }, [id, onDataset]);

  // Another tab saved edits to this dataset: follow them, unless this tab has changes of its own not yet saved.
  useEffect(
    () =>
      onStoredChange(async (c) => {
        if (c.change !== "edited" || c.id !== id || c.revision === revision.current) return;
        if (dirty.current) return setSave({ state: "conflict", message: `“${id}” was changed in another tab while this tab's last change was not saved. Reload the dataset to see their changes (this tab's unsaved changes will be lost).` });
        await reload();
      }),
    [id, reload],
  );

  return { dataset, history, save, notice, commit, undo, redo, retry: persist, reload };
}
