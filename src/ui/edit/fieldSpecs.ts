import type { Collection, Draft } from "../../model/edit";
import { ENTITY_TYPES, RELATION_CLASSES, type Dataset } from "../../model/dataset/schema";
import { CLASS_LABELS, ENTITY_TYPE_LABELS } from "../../render/style/style";

/** One field of a record form; `name` is the record path validation messages name. */
export interface FieldSpec {
  name: string;
  label: string;
  kind: "text" | "textarea" | "select" | "entity" | "source";
  hint?: string;
  options?: (dataset: Dataset) => [string, string][];
  /** Only for new records (ids never change). */
  newOnly?: boolean;
  /** Shown only when this holds for the draft (a relation's dates follow its type's kind). */
  when?: (draft: Draft, dataset: Dataset) => boolean;
}

const DATE_HINT = "YYYY, YYYY-MM or YYYY-MM-DD; end with ~ when approximate";
const ID_HINT = "Lower-case kebab-case; used in links, and cannot change later";
const kindOf = (draft: Draft, dataset: Dataset) => dataset.relationTypes.find((t) => t.id === draft.type)?.kind;

export const FIELDS: Record<Collection, FieldSpec[]> = {
  entities: [
    { name: "label", label: "Label", kind: "text" },
    { name: "id", label: "Id", kind: "text", hint: ID_HINT, newOnly: true },
    { name: "type", label: "Entity type", kind: "select", options: () => ENTITY_TYPES.map((t) => [t, ENTITY_TYPE_LABELS[t]]) },
    { name: "aliases", label: "Aliases", kind: "textarea", hint: "One per line: other names the search should find" },
    { name: "description", label: "Description", kind: "textarea" },
    { name: "start", label: "Exists from", kind: "text", hint: DATE_HINT },
    { name: "end", label: "Exists until", kind: "text", hint: DATE_HINT },
    { name: "wikidata", label: "Wikidata id", kind: "text", hint: "Such as Q1032" },
  ],
  relations: [
    {
      name: "type",
      label: "Relation type",
      kind: "select",
      options: (d) => [["", "Choose a type"], ...d.relationTypes.map((t): [string, string] => [t.id, `${t.label} (${t.kind})`]).sort((a, b) => a[1].localeCompare(b[1]))],
    },
    { name: "source", label: "Source entity", kind: "entity", hint: "Search by name or alias" },
    { name: "target", label: "Target entity", kind: "entity", hint: "Search by name or alias" },
    { name: "date", label: "Date", kind: "text", hint: DATE_HINT, when: (draft, d) => kindOf(draft, d) !== "state" },
    { name: "start", label: "Start", kind: "text", hint: DATE_HINT, when: (draft, d) => kindOf(draft, d) === "state" },
    { name: "end", label: "End", kind: "text", hint: `${DATE_HINT}; empty while it still holds`, when: (draft, d) => kindOf(draft, d) === "state" },
    { name: "label", label: "Label", kind: "text", hint: "The relation in words, as the graph shows it" },
    { name: "citations.0.source", label: "Cited source", kind: "source", hint: "Search by title or publisher" },
    { name: "citations.0.quote", label: "Quote", kind: "textarea" },
    { name: "note", label: "Note", kind: "textarea" },
  ],
  sources: [
    { name: "title", label: "Title", kind: "text" },
    { name: "id", label: "Id", kind: "text", hint: ID_HINT, newOnly: true },
    { name: "publisher", label: "Publisher", kind: "text" },
    { name: "published", label: "Published", kind: "text", hint: DATE_HINT },
    { name: "url", label: "Web address", kind: "text", hint: "http or https" },
  ],
  relationTypes: [
    { name: "label", label: "Label", kind: "text", hint: "As the app shows it, such as “imposed sanctions on”" },
    { name: "id", label: "Id", kind: "text", hint: ID_HINT, newOnly: true },
    { name: "kind", label: "Kind", kind: "select", options: () => [["event", "Event (has a date)"], ["state", "State (has a start and an end)"]] },
    { name: "class", label: "Class", kind: "select", options: () => RELATION_CLASSES.map((c) => [c, CLASS_LABELS[c]]) },
  ],
};

