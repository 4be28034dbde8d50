import { useEffect, useId, useRef } from "react";
import type { RelationType } from "../../model/dataset/schema";
import { VOCABULARY } from "../../state/datasets/vocabulary";
import { RelationTypeList } from "./RelationTypeList";

interface RelationTypesDialogProps {
  /** The types to list; the shared vocabulary (what any import accepts) when not given. */
  types?: RelationType[];
  /** What the list is for, above it. */
  intro?: string;
  onClose(): void;
}

/** "Relation types" as a dialog over the page or a form: the list open, closed by Escape or "Close". */
export function RelationTypesDialog({ types = VOCABULARY, intro, onClose }: RelationTypesDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useId();
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={heading}
      className="relation-types"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      // Escape closes this dialog only, not the form or the selection under it.
      onKeyDown={(e) => e.key === "Escape" && e.stopPropagation()}
    >
      <h2 id={heading}>Relation types</h2>
      <RelationTypeList types={types} intro={intro} open />
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
