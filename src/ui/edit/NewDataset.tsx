import { useId, useState } from "react";
import type { Dataset, RelationType } from "../../model/dataset/schema";
import sharedTypes from "../../../graph-data/relation-types.json";
import { Field } from "./Field";

/**
 * "New dataset" (asks for a title, then opens an empty dataset to fill in) and, on a shipped dataset,
 * "Edit a copy": both become imported datasets, kept in this browser, which can be edited.
 */
export function NewDataset({ shipped, onCreate }: { shipped?: Dataset; onCreate: (dataset: Dataset) => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const [title, setTitle] = useState("");
  const [touched, setTouched] = useState(false);
  const heading = useId();
  const problem = title.trim() === "" ? "A dataset needs a title" : title.length > 500 ? "must be at most 500 characters" : undefined;
  const create = async () => {
    setTouched(true);
    if (problem) return;
    // The editor's model loads when a dataset is made, not with the page.
    const { emptyDataset } = await import("../../model/edit/drafts");
    await onCreate(emptyDataset(title, sharedTypes as RelationType[]));
    setAsking(false);
    setTitle("");
  };
  return (
    <>
      <button type="button" onClick={() => setAsking(true)}>
        New dataset
      </button>
      {shipped && (
        <button type="button" onClick={() => void onCreate({ ...shipped, meta: { ...shipped.meta, id: `${shipped.meta.id}-copy`, title: `${shipped.meta.title} (copy)` } })}>
          Edit a copy
        </button>
      )}
      {asking && (
        <div role="dialog" aria-labelledby={heading} className="record-form">
          <h2 id={heading}>New dataset</h2>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void create();
            }}
          >
            <Field label="Title" errors={touched && problem ? [problem] : undefined}>
              {(props) => <input {...props} type="text" value={title} autoFocus onChange={(e) => (setTitle(e.target.value), setTouched(true))} />}
            </Field>
            <div className="dialog-actions">
              <button type="submit">Create</button>
              <button type="button" onClick={() => setAsking(false)}>
                Cancel
              </button>
            </div>
          </form>
        </div>
      )}
    </>
  );
}
