import { useId, useState } from "react";
import type { Dataset } from "../../model/dataset/schema";
import { DialogActions, Field } from "./Field";

/** "New dataset"'s form: a title, then an empty dataset with the shared relation types. Loaded when it is asked for. */
export default function NewDatasetDialog({ onCreate, onClose }: { onCreate: (dataset: Dataset) => Promise<void>; onClose: () => void }) {
  const [title, setTitle] = useState("");
  const [touched, setTouched] = useState(false);
  const heading = useId();
  const problem = title.trim() === "" ? "A dataset needs a title" : title.length > 500 ? "must be at most 500 characters" : undefined;
  const create = async () => {
    setTouched(true);
    if (problem) return;
    // The editor's model loads when a dataset is made, not with the page.
    // The editor's model and the shared relation types load when a dataset is made, not with the page.
    const [{ emptyDataset }, { VOCABULARY }] = await Promise.all([import("../../model/edit/drafts"), import("../../state/datasets/vocabulary")]);
    await onCreate(emptyDataset(title, VOCABULARY));
    onClose();
  };
  return (
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
        <DialogActions submit="Create" onCancel={onClose} />
      </form>
    </div>
  );
}
