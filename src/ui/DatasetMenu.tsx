import { useEffect, useRef, useState } from "react";
import type { DatasetEntry } from "../state/datasets";

interface DatasetMenuProps {
  datasets: DatasetEntry[];
  current: string;
  onSelect(id: string): void;
  onRemove(id: string): void;
}

/** "Dataset": switches between shipped and imported datasets; an imported one can be removed after confirmation. */
export function DatasetMenu({ datasets, current, onSelect, onRemove }: DatasetMenuProps) {
  const entry = datasets.find((d) => d.id === current);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="dataset-menu">
      <label>
        Dataset{" "}
        <select value={current} onChange={(e) => onSelect(e.currentTarget.value)}>
          {datasets.map((d) => (
            <option key={d.id} value={d.id}>
              {d.origin === "imported" ? `${d.title} (imported)` : d.title}
            </option>
          ))}
        </select>
      </label>
      {entry?.origin === "imported" && (
        <button type="button" onClick={() => setConfirming(true)}>
          Remove dataset
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
