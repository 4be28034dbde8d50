import type { Draft, Part } from "../../model/edit";
import { ENTITY_TYPES, RELATION_CLASSES, type Dataset } from "../../model/dataset/schema";
import { CLASS_LABELS, ENTITY_TYPE_LABELS } from "../../render/style/style";

/** One field of a record form; `name` is the record path validation messages name. */
export interface FieldSpec {
  name: string;
  label: string;
  /** "citations": the relation's citations, each a source and a quote (CitationFields). */
  kind: "text" | "textarea" | "select" | "entity" | "source" | "citations";
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

export const FIELDS: Record<Part, FieldSpec[]> = {
  meta: [
    { name: "title", label: "Title", kind: "text", hint: "Shown in the header, the tab's title and exported captions" },
    { name: "description", label: "Description", kind: "textarea" },
  ],
  entities: [
    { name: "label", label: "Label", kind: "text" },
    { name: "id", label: "Id", kind: "text", hint: ID_HINT, newOnly: true },
    { name: "type", label: "Entity type", kind: "select", options: () => ENTITY_TYPES.map((t) => [t, ENTITY_TYPE_LABELS[t]]) },
    { name: "aliases", label: "Aliases", kind: "textarea", hint: "One per line: other names the search should find" },
    { name: "description", label: "Description", kind: "textarea" },
    { name: "location.lat", label: "Latitude", kind: "text", hint: "Decimal degrees, -90 to 90, north positive (such as 13.5116); places it on the map" },
    { name: "location.lon", label: "Longitude", kind: "text", hint: "Decimal degrees, -180 to 180, east positive (such as 2.1254)" },
    { name: "location.place", label: "Place", kind: "text", hint: "The place the coordinates stand for, such as Niamey" },
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
    { name: "citations", label: "Citations", kind: "citations" },
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

