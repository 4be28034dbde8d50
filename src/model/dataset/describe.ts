import { parseDate } from "../time/dates";
import type { Model } from "./graph";
import type { EntityType, Relation } from "./schema";

/** "Nigeria signed security cooperation MOU with Niger". */
export function relationSentence(model: Model, relation: Relation): string {
  const label = (id: string) => model.graph.getNodeAttribute(id, "entity").label;
  return `${label(relation.source)} ${relation.label} ${label(relation.target)}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A dataset date in words, saying how precise it is: "28 August 2024", "about May 2025 (day not known)". */
export function describeDate(text: string): string {
  const span = parseDate(text);
  if (typeof span === "string") return text;
  const [y, m, d] = text.replace("~", "").split("-").map(Number);
  const words = span.precision === "day" ? `${d} ${MONTHS[m - 1]} ${y}` : span.precision === "month" ? `${MONTHS[m - 1]} ${y}` : String(y);
  const missing = span.precision === "month" ? " (day not known)" : span.precision === "year" ? " (month and day not known)" : "";
  return `${span.approximate ? "about " : ""}${words}${missing}`;
}

/** When a relation happened or held, in words. */
export function describeWhen(relation: Relation): string {
  if (relation.date !== undefined) return describeDate(relation.date);
  const start = relation.start === undefined ? "an unknown date" : describeDate(relation.start);
  return relation.end === undefined ? `since ${start}, still holds` : `from ${start} to ${describeDate(relation.end)}`;
}

/** Whether any date of the relation is approximate (`~`). */
export function isApproximate(relation: Relation): boolean {
  return [relation.date, relation.start, relation.end].some((d) => d?.endsWith("~"));
}

/** Every relation touching an entity, in date order (then by id, so the order is stable). */
export function relationsOf(model: Model, entity: string): Relation[] {
  if (!model.graph.hasNode(entity)) return [];
  return model.graph
    .edges(entity)
    .map((id) => model.graph.getEdgeAttributes(id))
    .sort((a, b) => a.first - b.first || a.last - b.last || a.relation.id.localeCompare(b.relation.id))
    .map((a) => a.relation);
}


/** What a tooltip says about a relation: plain strings, to be rendered as text. */
export interface RelationDescription {
  sentence: string;
  date: string;
  citation?: { title: string; quote?: string; more: number };
}

export function relationDateText(relation: { date?: string; start?: string; end?: string }): string {
  if (relation.date !== undefined) return relation.date;
  return `${relation.start} – ${relation.end ?? "ongoing"}`;
}

/** Shortens to at most `max` characters at a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** "Nigeria signed security cooperation MOU with Niger", its date, and its first citation. */
export function describeRelation(model: Model, id: string, maxQuote = 180): RelationDescription {
  const { relation } = model.graph.getEdgeAttributes(id);
  const [first] = relation.citations;
  const source = first && model.dataset.sources.find((s) => s.id === first.source);
  return {
    sentence: relationSentence(model, relation),
    date: relationDateText(relation),
    citation: first && {
      title: source?.title ?? first.source,
      quote: first.quote === undefined ? undefined : truncate(first.quote, maxQuote),
      more: relation.citations.length - 1,
    },
  };
}

export interface EntityDescription {
  label: string;
  type: EntityType;
  relationsInView: number;
}

export function describeEntity(model: Model, id: string, degrees: ReadonlyMap<string, number>): EntityDescription {
  const { entity } = model.graph.getNodeAttributes(id);
  return { label: entity.label, type: entity.type, relationsInView: degrees.get(id) ?? 0 };
}
