import { useEffect, useRef, type ReactNode } from "react";
import type { FieldSpec } from "./fieldSpecs";

interface CitationFieldsProps {
  count: number;
  /** Renders one field of the form (label, input, hint and messages). */
  field: (spec: FieldSpec) => ReactNode;
  onAdd(): void;
  onRemove(at: number): void;
}

/**
 * A relation's citations, each a group named "Citation N" with its cited source and quote. One is always
 * shown (a relation needs one); "Add citation" adds another, and any of several can be removed.
 */
export function CitationFields({ count, field, onAdd, onRemove }: CitationFieldsProps) {
  const box = useRef<HTMLDivElement>(null);
  // The keyboard focus follows the change: into the citation just added, or to "Add citation" after a removal.
  const focus = useRef<"added" | "removed" | null>(null);
  useEffect(() => {
    const to = focus.current;
    focus.current = null;
    if (to === "added") box.current?.querySelector<HTMLInputElement>(".citation:last-of-type input")?.focus();
    if (to === "removed") box.current?.querySelector<HTMLButtonElement>(":scope > button")?.focus();
  }, [count]);
  return (
    <div className="citations" ref={box}>
      {Array.from({ length: count }, (_, i) => (
        <fieldset key={i} className="citation">
          <legend>Citation {i + 1}</legend>
          {field({ name: `citations.${i}.source`, label: "Cited source", kind: "source", hint: "Search by title or publisher" })}
          {field({ name: `citations.${i}.quote`, label: "Quote", kind: "textarea" })}
          {count > 1 && (
            <button
              type="button"
              onClick={() => {
                focus.current = "removed";
                onRemove(i);
              }}
            >
              Remove citation {i + 1}
            </button>
          )}
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() => {
          focus.current = "added";
          onAdd();
        }}
      >
        Add citation
      </button>
    </div>
  );
}
