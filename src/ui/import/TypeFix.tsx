import { useState } from "react";
import { RELATION_CLASSES, type RelationType } from "../../model/dataset/schema";
import { classWords } from "./RelationTypeList";

/** What the user chose for a type that matched none: an existing type, or a new one of this kind and class. */
export type TypeChoice = { use: string } | { create: Pick<RelationType, "kind" | "class"> } | undefined;

interface TypeFixProps {
  written: string;
  suggestion?: { id: string; label: string };
  types: RelationType[];
  choice: TypeChoice;
  onChoose(choice: TypeChoice): void;
}

/** For one unknown type: the nearest type in one click, any type from the list, or a new type with its kind and class. */
export function TypeFix({ written, suggestion, types, choice, onChoose }: TypeFixProps) {
  const used = choice && "use" in choice ? choice.use : "";
  const created = choice && "create" in choice ? choice.create : undefined;
  const [draft, setDraft] = useState<Pick<RelationType, "kind" | "class">>(created ?? { kind: "event", class: "material-conflict" });
  // Kind and class are settled before "Create type"; once created, changing them changes the type to create.
  const change = (next: typeof draft) => {
    setDraft(next);
    if (created) onChoose({ create: next });
  };
  return (
    <div className="fix-type">
      {suggestion && (
        <button type="button" aria-pressed={used === suggestion.id} onClick={() => onChoose(used === suggestion.id ? undefined : { use: suggestion.id })}>
          Use “{suggestion.label}”
        </button>
      )}
      <label>
        Existing type
        <select aria-label={`Type meant by “${written}”`} value={used} onChange={(e) => onChoose(e.target.value ? { use: e.target.value } : undefined)}>
          <option value="">(none chosen)</option>
          {types.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label} ({t.id})
            </option>
          ))}
        </select>
      </label>
      {!used && (
        <fieldset>
          <legend>or create it</legend>
          <label>
            Kind
            <select aria-label={`Kind of “${written}”`} value={draft.kind} onChange={(e) => change({ ...draft, kind: e.target.value as RelationType["kind"] })}>
              <option value="event">event (date)</option>
              <option value="state">state (start, end)</option>
            </select>
          </label>
          <label>
            Class
            <select aria-label={`Class of “${written}”`} value={draft.class} onChange={(e) => change({ ...draft, class: e.target.value as RelationType["class"] })}>
              {RELATION_CLASSES.map((c) => (
                <option key={c} value={c}>
                  {classWords(c)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" aria-pressed={created !== undefined} onClick={() => onChoose(created ? undefined : { create: draft })}>
            Create type “{written}”
          </button>
        </fieldset>
      )}
    </div>
  );
}
