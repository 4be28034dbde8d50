import { createContext, useCallback, useContext, useState, type ComponentType } from "react";
import type { AnyRecord, Collection, Part } from "../../model/edit";
import type { EditSession } from "../../state/edit/useEditSession";

/** A form to open: a new record of a collection, an existing one by id, or the dataset's details (`meta`). */
export interface FormTarget {
  collection: Part;
  id?: string;
}

export interface EditApi {
  session: EditSession;
  open(target: FormTarget): void;
  /** Opens "Sources and types". */
  openList(): void;
  /** Shows a record after a change (selects an entity or relation). */
  reveal(collection: Collection, record: AnyRecord): void;
  /**
   * The edit bar, shown in the header (EditActions). It comes with the editor's code, already loaded: a lazy one
   * suspended while the explorer first rendered, and React threw that render away (time index and all) and did it again.
   */
  Bar: ComponentType;
}

/** The edit session of the dataset shown, or null when it cannot be edited (shipped datasets, event tables). */
export const EditContext = createContext<EditApi | null>(null);

export const useEdit = () => useContext(EditContext);

/** Deletes a record; when that is refused (relations refer to it) says why, and `remove(id, true)` takes them too. */
export function useRemove(edit: EditApi | null, collection: Collection) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const remove = useCallback(
    async (id: string, withReferences = false) => {
      if (!edit) return;
      // The editor's rules (and the validator behind them) load with the first change, not with the page's panels.
      const [{ deleteRecord }, { EDIT_RULES }] = await Promise.all([import("../../model/edit"), import("../../state/edit/useEditSession")]);
      const result = deleteRecord(edit.session.dataset, collection, id, new Date().toISOString(), withReferences, EDIT_RULES);
      if (!result.ok) return setRefusal(result.problems.map((p) => p.message).join("\n"));
      setRefusal(null);
      edit.session.commit(result.dataset, result.change);
    },
    [edit, collection],
  );
  return { refusal, remove, dismiss: () => setRefusal(null) };
}
