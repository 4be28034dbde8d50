import { useEffect } from "react";
import { useEdit } from "./EditContext";

/** Typing in a field keeps its own undo: the shortcuts are the dataset's only outside text fields. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest("input, textarea, select") !== null);
}

/** The edit actions of an editable dataset: add records, undo and redo (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z), and whether changes are saved. */
export function EditBar() {
  const edit = useEdit();
  useEffect(() => {
    if (!edit) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== "z" || typing(e.target)) return;
      e.preventDefault();
      if (e.shiftKey) edit.session.redo();
      else edit.session.undo();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [edit]);
  if (!edit) return null;
  const { session, open } = edit;
  const { past, future } = session.history;
  return (
    <div className="edit-bar" role="group" aria-label="Edit dataset">
      <button type="button" onClick={() => open({ collection: "entities" })}>
        Add entity
      </button>
      <button type="button" onClick={() => open({ collection: "relations" })}>
        Add relation
      </button>
      <button type="button" onClick={() => open({ collection: "sources" })}>
        Add source
      </button>
      <button type="button" onClick={() => open({ collection: "relationTypes" })}>
        New relation type
      </button>
      <button type="button" onClick={edit.openList}>
        Sources and types
      </button>
      <button type="button" onClick={() => open({ collection: "meta", id: session.dataset.meta.id })}>
        Dataset details
      </button>
      <button type="button" disabled={past.length === 0} onClick={session.undo} title="Undo (Ctrl+Z)" aria-keyshortcuts="Control+Z Meta+Z">
        Undo
      </button>
      <button type="button" disabled={future.length === 0} onClick={session.redo} title="Redo (Shift+Ctrl+Z)" aria-keyshortcuts="Shift+Control+Z Shift+Meta+Z">
        Redo
      </button>
      <span role="status" className="save-state">
        {session.notice ?? (session.save.state === "saving" ? "Saving…" : session.save.state === "saved" && past.length + future.length > 0 ? "All changes saved" : "")}
      </span>
    </div>
  );
}

/** A failed or refused save, said in an alert with what can be done; the change stays on screen. */
export function SaveAlert() {
  const edit = useEdit();
  const save = edit?.session.save;
  if (!edit || !save || (save.state !== "failed" && save.state !== "conflict")) return null;
  return (
    <div role="alert" className="alert">
      <strong>{save.state === "conflict" ? "Changed in another tab." : "Could not save."}</strong> {save.message}{" "}
      {save.state === "failed" ? (
        <button type="button" onClick={edit.session.retry}>
          Try saving again
        </button>
      ) : (
        <button type="button" onClick={() => void edit.session.reload()}>
          Reload dataset
        </button>
      )}
    </div>
  );
}
