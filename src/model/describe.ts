import { parseDate } from "./dates";
import type { Model } from "./graph";
import type { Relation } from "./schema";

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

/** A URL safe to link to: only http(s); anything else (javascript:, data:, relative) is not a link. */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
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
