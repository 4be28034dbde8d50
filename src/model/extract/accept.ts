import { spanOf } from "../time/dates";
import { idFrom, uniqueId } from "../import/common";
import type { Dataset, Entity, Relation, Source } from "../dataset/schema";
import type { Candidate, EntityRef } from "./types";

/** The article the accepted relations cite. */
export interface ArticleInfo {
  title: string;
  publisher: string;
  published: string;
  url?: string;
}

/** An existing relation a candidate repeats: same ends (either way), same type, overlapping dates. */
export function duplicateOf(c: Candidate, dataset: Dataset): Relation | undefined {
  if (!c.source.id || !c.target.id) return undefined;
  const when = c.date ?? c.start;
  const exact = when ? spanOf(when) : undefined;
  // An approximate date ("2024-08-30~", a lead's recent act) may be off by about its own precision.
  const slack = !exact?.approximate ? 0 : exact.precision === "day" ? 7 : exact.precision === "month" ? 31 : 366;
  const span = exact && { first: exact.first - slack, last: exact.last + slack };
  return dataset.relations.find((r) => {
    if (r.type !== c.type) return false;
    const ends = (r.source === c.source.id && r.target === c.target.id) || (r.source === c.target.id && r.target === c.source.id);
    if (!ends || !span) return ends;
    const rs = spanOf((r.date ?? r.start)!);
    const last = r.date ? rs.last : r.end ? spanOf(r.end).last : Infinity;
    return rs.first <= span.last && span.first <= last;
  });
}

/**
 * The dataset with the accepted candidates added, each citing the article with its sentence: the
 * article becomes a source, entities the dataset lacks become new entities (typed as recognised,
 * `organization` when unknown), and a hedged claim keeps its "Reported:" note.
 */
export function withAccepted(dataset: Dataset, accepted: readonly Candidate[], article: ArticleInfo): Dataset {
  const sourceIds = new Set(dataset.sources.map((s) => s.id));
  const source: Source = {
    id: uniqueId(idFrom(`${article.publisher} ${article.published}`) || "article", sourceIds),
    title: article.title || "Article",
    publisher: article.publisher || "(publisher not stated)",
    published: article.published,
    ...(/^https?:\/\//.test(article.url ?? "") ? { url: article.url } : {}),
  };
  const entityIds = new Set(dataset.entities.map((e) => e.id));
  const added = new Map<string, Entity>();
  const entityOf = (ref: EntityRef): string => {
    if (ref.id && entityIds.has(ref.id)) return ref.id;
    const key = ref.label.toLowerCase();
    const existing = added.get(key) ?? dataset.entities.find((e) => e.label.toLowerCase() === key);
    if (existing) return existing.id;
    const entity: Entity = { id: uniqueId(idFrom(ref.label) || "entity", entityIds), label: ref.label, type: ref.type ?? "organization" };
    entityIds.add(entity.id);
    added.set(key, entity);
    return entity.id;
  };
  const relationIds = new Set(dataset.relations.map((r) => r.id));
  const labels = new Map(dataset.relationTypes.map((t) => [t.id, t.label]));
  const kinds = new Map(dataset.relationTypes.map((t) => [t.id, t.kind]));
  const relations: Relation[] = accepted.map((c) => {
    const from = entityOf(c.source);
    const to = entityOf(c.target);
    const when = c.date ?? c.start ?? article.published;
    // The type decides: an event has a date, a state a start (the reviewer may have changed the type).
    const state = kinds.get(c.type) === "state";
    const id = uniqueId(idFrom(`${from} ${c.type} ${to} ${when.replace("~", "")}`), relationIds);
    relationIds.add(id);
    return {
      id,
      type: c.type,
      source: from,
      target: to,
      ...(state ? { start: when, ...(c.end ? { end: c.end } : {}) } : { date: when }),
      label: labels.get(c.type) ?? c.type,
      citations: [{ source: source.id, quote: c.quote }],
      ...(c.note ? { note: c.note } : {}),
    };
  });
  return {
    ...dataset,
    entities: [...dataset.entities, ...added.values()],
    relations: [...dataset.relations, ...relations],
    sources: [...dataset.sources, source],
  };
}
