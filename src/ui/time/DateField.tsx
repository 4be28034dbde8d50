import { useEffect, useId, useRef, useState } from "react";
import { dayText, looksComplete, readDayWithin } from "../../model/time/dayInput";

interface DateFieldProps {
  /** Visible label and accessible name, e.g. "As of date". */
  label: string;
  /** Accessible name of the calendar button; must not contain `label` (tests find the field by it). */
  pickerLabel: string;
  /** The day in effect, ISO. */
  value: string;
  /** First and last day allowed, ISO. */
  min: string;
  max: string;
  onChange: (iso: string) => void;
  /** A further rule for this field (e.g. before the other compared day): the problem, or undefined. */
  check?: (iso: string) => string | undefined;
}

/**
 * A day typed or pasted in ISO or day/month/year form (see readDay), with the day it reads as shown back,
 * an alert for an impossible day, and the browser's calendar a button away. A finished-looking day takes
 * effect as it is typed; any other on Enter or on leaving the field.
 */
export function DateField({ label, pickerLabel, value, min, max, onChange, check }: DateFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const committed = useRef(value);
  const picker = useRef<HTMLInputElement>(null);

  // A day set elsewhere (the URL, Play, the mode) replaces what is typed; our own commit does not.
  useEffect(() => {
    if (value === committed.current) return;
    committed.current = value;
    setText(value);
    setError(null);
  }, [value]);

  const commit = (iso: string): boolean => {
    const problem = iso === value ? undefined : check?.(iso);
    if (problem) {
      setError(problem);
      return false;
    }
    setError(null);
    committed.current = iso;
    if (iso !== value) onChange(iso);
    return true;
  };
  /** Enter or leaving the field: take the day, or say why not. */
  const settle = () => {
    const read = readDayWithin(text, min, max);
    if (!read.ok) return setError(read.error);
    if (commit(read.iso)) setText(read.iso);
  };

  const read = readDayWithin(text, min, max);
  const editing = text !== value;
  return (
    <span className="date-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        className="date-text"
        value={text}
        placeholder="YYYY-MM-DD"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-reads`}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const r = readDayWithin(next, min, max);
          if (!looksComplete(next)) setError(null);
          else if (r.ok) commit(r.iso);
          else setError(r.error);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            settle();
          } else if (e.key === "Escape" && (editing || error)) {
            // Escape first undoes the typing; only then may it close the panel.
            e.preventDefault();
            setText(value);
            setError(null);
          }
        }}
        onBlur={() => editing && settle()}
      />
      <button type="button" className="date-picker-button" aria-label={pickerLabel} title={pickerLabel} onClick={() => picker.current?.showPicker?.()}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M4 6h16v14H4zM4 10h16M8 3v5M16 3v5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
        </svg>
      </button>
      <input
        ref={picker}
        type="date"
        className="date-picker"
        tabIndex={-1}
        aria-hidden="true"
        value={value}
        min={min}
        max={max}
        onChange={(e) => {
          const r = readDayWithin(e.target.value, min, max);
          if (r.ok && commit(r.iso)) setText(r.iso);
        }}
      />
      <span id={`${id}-reads`} className="date-reads" aria-live="polite">
        {error ? (
          <span role="alert" className="date-error">
            {error}
          </span>
        ) : (
          editing && read.ok && <>= {dayText(read.iso)}</>
        )}
      </span>
    </span>
  );
}
