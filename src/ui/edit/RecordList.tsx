import { useMemo } from "react";
import { recordLabel, type Collection } from "../../model/edit";
import type { RelationType } from "../../model/dataset/schema";
import sharedTypes from "../../../graph-data/relation-types.json";
import { useEdit, useRemove } from "./EditContext";

const SHARED = new Set((sharedTypes as RelationType[]).map((t) => t.id));

/** "Sources and types": the records with no panel of their own (sources, the dataset's own relation types), each to edit or delete. */
export function RecordList({ onClose }: { onClose: () => void }) {
  const edit = useEdit()!;
  const { dataset } = edit.session;
  const sources = useRemove(edit, "sources");
  const types = useRemove(edit, "relationTypes");
  const refusal = sources.refusal ?? types.refusal;
  const ownTypes = useMemo(() => dataset.relationTypes.filter((t) => !SHARED.has(t.id)), [dataset]);
  const remove = (collection: Collection, id: string) => {
    sources.dismiss();
    types.dismiss();
    (collection === "sources" ? sources : types).remove(id);
  };
  const section = (collection: Collection, heading: string, records: { id: string }[], empty: string) => (
    <>
      <h3>{heading}</h3>
      {records.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="record-list" aria-label={heading}>
          {records.map((r) => {
            const label = recordLabel(collection, r as never);
            return (
              <li key={r.id}>
                <span>{label}</span>
                <button type="button" aria-label={`Edit “${label}”`} onClick={() => edit.open({ collection, id: r.id })}>
                  Edit
                </button>
                <button type="button" aria-label={`Delete “${label}”`} onClick={() => remove(collection, r.id)}>
                  Delete
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
  return (
    <div role="dialog" aria-label="Sources and types" className="record-form">
      <h2>Sources and types</h2>
      {refusal && (
        <p role="alert" className="field-error">
          Not deleted: {refusal}
        </p>
      )}
      {section("sources", "Sources", dataset.sources, "No sources yet: “Add source” adds one.")}
      {section("relationTypes", "Relation types of this dataset", ownTypes, "None: relations use the shared types. “New relation type” adds one.")}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
