import { createContext, useContext } from "react";
import type { Collection } from "../../model/edit";
import type { EditSession } from "../../state/useEditSession";

/** A form to open: a new record of a collection, or an existing one by id. */
export interface FormTarget {
  collection: Collection;
  id?: string;
}

export interface EditApi {
  session: EditSession;
  open(target: FormTarget): void;
  /** Shows a record after a change (selects an entity or relation). */
  reveal(collection: Collection, id: string): void;
}

/** The edit session of the dataset shown, or null when it cannot be edited (shipped datasets, event tables). */
export const EditContext = createContext<EditApi | null>(null);

export const useEdit = () => useContext(EditContext);
