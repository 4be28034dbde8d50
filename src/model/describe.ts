import type { Model } from "./graph";
import type { EntityType } from "./schema";

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
  const label = (entity: string) => model.graph.getNodeAttribute(entity, "entity").label;
  const [first] = relation.citations;
  const source = first && model.dataset.sources.find((s) => s.id === first.source);
  return {
    sentence: `${label(relation.source)} ${relation.label} ${label(relation.target)}`,
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
