import { useId, type ReactNode } from "react";

export interface FieldProps {
  label: string;
  /** Validation messages about this field; none means it is valid. */
  errors?: string[];
  hint?: string;
  children: (input: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => ReactNode;
}

/** A labelled form field whose messages are tied to its input (aria-describedby, aria-invalid). */
export function Field({ label, errors = [], hint, children }: FieldProps) {
  const id = useId();
  const described = [hint && `${id}-hint`, errors.length > 0 && `${id}-errors`].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, "aria-invalid": errors.length > 0, "aria-describedby": described || undefined })}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {errors.length > 0 && (
        <p id={`${id}-errors`} className="field-error">
          {errors.join("; ")}
        </p>
      )}
    </div>
  );
}

/** A form's closing row: its submit button, then Cancel. */
export function DialogActions({ submit, onCancel }: { submit: string; onCancel: () => void }) {
  return (
    <div className="dialog-actions">
      <button type="submit">{submit}</button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
