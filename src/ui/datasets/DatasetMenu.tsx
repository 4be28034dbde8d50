import { useEffect, useRef, useState } from "react";
import { truncate } from "../../model/dataset/describe";
import type { DatasetEntry } from "../../state/datasets/datasets";

interface DatasetMenuProps {
  datasets: DatasetEntry[];
  current: string;
  /** An imported dataset that could not be opened: it can be removed without opening it. */
  failed?: DatasetEntry;
  onSelect(id: string): void;
  onRemove(id: string): void;
}

/**
 * "Dataset": switches between shipped and imported datasets; an imported one can be removed after
 * confirmation: the one shown, or else one that could not be opened.
 */
export function DatasetMenu({ datasets, current, failed, onSelect, onRemove }: DatasetMenuProps) {
  const shown = datasets.find((d) => d.id === current);
  const entry = shown?.origin === "imported" ? shown : failed;
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="dataset-menu">
      <label>
        Dataset{" "}
        <select value={current} onChange={(e) => onSelect(e.currentTarget.value)}>
          {datasets.map((d) => (
            <option key={d.id} value={d.id}>
              {d.origin === "shipped" ? d.title : d.id === failed?.id ? `${d.title} (could not be opened)` : `${d.title} (imported)`}
            </option>
          ))}
        </select>
      </label>
      {entry && (
        <button type="button" onClick={() => setConfirming(true)}>
          {entry === shown ? "Remove dataset" : `Remove “${truncate(entry.title, 40)}”`}
        </button>
      )}
      {confirming && entry && (
        <ConfirmRemove
          title={entry.title}
          onAnswer={(remove) => {
            setConfirming(false);
            if (remove) onRemove(entry.id);
          }}
        />
      )}
    </div>
  );
}

function ConfirmRemove({ title, onAnswer }: { title: string; onAnswer(remove: boolean): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} aria-labelledby="remove-dataset-title" onCancel={() => onAnswer(false)}>
      <h2 id="remove-dataset-title">Remove dataset?</h2>
      <p>
        “{title}” will be removed from this browser. This cannot be undone; import the file again to get it back.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={() => onAnswer(false)} autoFocus>
          Cancel
        </button>
        <button type="button" onClick={() => onAnswer(true)}>
          Remove
        </button>
      </div>
    </dialog>
  );
}
