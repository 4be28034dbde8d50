import { describeEvent, recordHistory } from "../../model/edit/history";
import type { Collection, Part } from "../../model/edit/types";
import { useEdit, useRemove } from "./EditContext";

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });

/**
 * In an entity's or relation's panel of an editable dataset: "Edit" and "Delete" (refused with the
 * reason when relations refer to it, then offered with them).
 */
export function RecordActions({ collection, id }: { collection: Collection; id: string }) {
  const edit = useEdit();
  const { refusal, remove, dismiss } = useRemove(edit, collection);
  if (!edit) return null;
  return (
    <div className="record-tools">
      <div className="record-actions">
        <button type="button" onClick={() => edit.open({ collection, id })}>
          Edit
        </button>
        <button type="button" onClick={() => remove(id)}>
          Delete
        </button>
      </div>
      {refusal && (
        <div role="alert" className="field-error">
          <p>Not deleted: {refusal}</p>
          <button type="button" onClick={() => remove(id, true)}>
            Delete with its relations
          </button>{" "}
          <button type="button" onClick={dismiss}>
            Keep it
          </button>
        </div>
      )}
    </div>
  );
}

/** A record's (or the dataset details') changes made in this browser, newest first, with when. */
export function ChangeHistory({ collection, id }: { collection: Part; id: string }) {
  const edit = useEdit();
  if (!edit) return null;
  const events = recordHistory(edit.session.history, collection, id);
  return (
    <div className="record-tools">
      <h3>Change history</h3>
      {events.length === 0 ? (
        <p className="muted">No changes made in this browser.</p>
      ) : (
        <ol className="change-history" aria-label="Change history">
          {events.map((e, i) => (
            <li key={i}>
              <time dateTime={e.at}>{when(e.at)}</time> {describeEvent(e)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
