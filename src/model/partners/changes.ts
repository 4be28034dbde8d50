import type { Model } from "../dataset/graph";
import type { Relation, RelationClass } from "../dataset/schema";
import { windowsFor } from "../time/timeModes";
import { overlaps } from "../time/window";

/** One line of "What changed", tied to the relation it comes from. */
export interface ChangeItem {
  relation: string;
  /** The date it refers to as written in the data (a state's start or end, an event's date). */
  date: string;
  day: number;
  text: string;
}

export interface PartnerChange {
  partner: string;
  label: string;
  /** The relations that make it a partner on the day it is one. */
  relations: string[];
}

/** What changed for an entity between two days (`from` < `to`). */
export interface EntityChanges {
  entity: string;
  from: number;
  to: number;
  /** Partners (cooperation or structural ties) on `to` that were not partners on `from`, and the other way round. */
  gained: PartnerChange[];
  lost: PartnerChange[];
  /** The same for opponents (conflict). */
  opponentsGained: PartnerChange[];
  opponentsLost: PartnerChange[];
  /** States that began after `from` and by `to`, and that ended on or after `from` and before `to`. */
  began: ChangeItem[];
  ended: ChangeItem[];
  /** Events dated between the two days (inclusive). */
  events: ChangeItem[];
}

export type Stance = "aligned" | "opposed";

/** Cooperation and structural ties (membership, leadership, troops stationed) align; conflict opposes. */
export const stanceOf = (cls: RelationClass): Stance => (cls.endsWith("conflict") ? "opposed" : "aligned");

/**
 * Partners on a day, as the "As of" view shows them with the entity: through a state holding that
 * day or an event in the twelve months up to it, of the given stance. Reads only the entity's own edges.
 */
export function partnersOn(model: Model, entity: string, day: number, stance: Stance = "aligned"): Map<string, string[]> {
  const windows = windowsFor({ mode: "asof", day });
  const partners = new Map<string, string[]>();
  model.graph.forEachEdge(entity, (id, a, source, target) => {
    if (stanceOf(a.class) !== stance || !overlaps(a.first, a.last, windows[a.kind])) return;
    const partner = source === entity ? target : source;
    const list = partners.get(partner);
    if (list) list.push(id);
    else partners.set(partner, [id]);
  });
  return partners;
}

/** "member of AES" when the entity is the source, else the whole sentence: "France withdrew troops from Niger". */
export function phraseFor(model: Model, entity: string, relation: Relation): string {
  const label = (id: string) => model.graph.getNodeAttribute(id, "entity").label;
  if (relation.source === entity) return `${relation.label} ${label(relation.target)}`;
  return `${label(relation.source)} ${relation.label} ${label(relation.target)}`;
}

const byDay = (a: ChangeItem, b: ChangeItem) => a.day - b.day || a.relation.localeCompare(b.relation);

export function entityChanges(model: Model, entity: string, from: number, to: number): EntityChanges {
  // One pass over the entity's own edges: partners on each day by stance, and what began, ended, happened.
  const on = { from: windowsFor({ mode: "asof", day: from }), to: windowsFor({ mode: "asof", day: to }) };
  const partners: Record<Stance, { before: Map<string, string[]>; after: Map<string, string[]> }> = {
    aligned: { before: new Map(), after: new Map() },
    opposed: { before: new Map(), after: new Map() },
  };
  const add = (map: Map<string, string[]>, partner: string, id: string) => {
    const list = map.get(partner);
    if (list) list.push(id);
    else map.set(partner, [id]);
  };
  const began: ChangeItem[] = [];
  const ended: ChangeItem[] = [];
  const events: ChangeItem[] = [];
  model.graph.forEachEdge(entity, (id, a, source, target) => {
    const partner = source === entity ? target : source;
    const maps = partners[stanceOf(a.class)];
    if (overlaps(a.first, a.last, on.from[a.kind])) add(maps.before, partner, id);
    if (overlaps(a.first, a.last, on.to[a.kind])) add(maps.after, partner, id);
    const r = a.relation;
    // Words only for what is kept: a hub has thousands of relations.
    const text = () => phraseFor(model, entity, r);
    if (a.kind === "event") {
      if (a.first <= to && a.last >= from) events.push({ relation: id, date: r.date!, day: a.first, text: text() });
      return;
    }
    if (a.first > from && a.first <= to) began.push({ relation: id, date: r.start!, day: a.first, text: text() });
    if (a.last >= from && a.last < to) ended.push({ relation: id, date: r.end!, day: a.last, text: text() });
  });
  const label = (id: string) => model.graph.getNodeAttribute(id, "entity").label;
  const only = (a: Map<string, string[]>, b: Map<string, string[]>) =>
    [...a]
      .filter(([p]) => !b.has(p))
      .map(([partner, relations]) => ({ partner, label: label(partner), relations }))
      .sort((x, y) => x.label.localeCompare(y.label));
  return {
    entity,
    from,
    to,
    gained: only(partners.aligned.after, partners.aligned.before),
    lost: only(partners.aligned.before, partners.aligned.after),
    opponentsGained: only(partners.opposed.after, partners.opposed.before),
    opponentsLost: only(partners.opposed.before, partners.opposed.after),
    began: began.sort(byDay),
    ended: ended.sort(byDay),
    events: events.sort(byDay),
  };
}

/** The summary as one line of text: "Niger: gained AES; lost ECOWAS; began: member of AES (2023-09-16); …". */
export function changesText(model: Model, changes: EntityChanges): string {
  const parts: string[] = [];
  const names = (list: PartnerChange[]) => list.map((p) => p.label).join(", ");
  const items = (list: ChangeItem[]) => list.map((i) => `${i.text} (${i.date})`).join("; ");
  if (changes.gained.length) parts.push(`partners gained: ${names(changes.gained)}`);
  if (changes.lost.length) parts.push(`partners lost: ${names(changes.lost)}`);
  if (changes.opponentsGained.length) parts.push(`opponents gained: ${names(changes.opponentsGained)}`);
  if (changes.opponentsLost.length) parts.push(`opponents lost: ${names(changes.opponentsLost)}`);
  if (changes.began.length) parts.push(`began: ${items(changes.began)}`);
  if (changes.ended.length) parts.push(`ended: ${items(changes.ended)}`);
  if (changes.events.length) parts.push(`events: ${items(changes.events)}`);
  const who = model.graph.getNodeAttribute(changes.entity, "entity").label;
  return `${who}: ${parts.length ? parts.join("; ") : "no change"}`;
}
