import { frameCaption, frameHeadings, joinHeadings, type FrameLabel } from "./describe";
import type { Model } from "../dataset/graph";
import type { EntityType, RelationClass } from "../dataset/schema";
import { CHANGE_MARKS, type ChangeMark } from "../time/timeModes";
import type { ViewContents } from "../time/window";

/** What an exported image states about itself: caption, attribution, and the colours in use. */
export interface SnapshotText {
  caption: string;
  /** The caption in two parts, where the view has them (dataset; period and scope): the composer's defaults. */
  title?: string;
  subtitle?: string;
  attribution: string;
  entityTypes: EntityType[];
  classes: RelationClass[];
  /** Compare mode: the change marks drawn, which colour the relations instead of their classes. */
  changes?: ChangeMark[];
  /** A line under the legend saying what the view leaves out (an event view's thresholds). */
  note?: string;
}

/** "Sources: A; B; C and 4 more": publishers of the relations in view, most cited first. */
export function attributionFor(model: Model, relations: Iterable<string>, maxNames = 3): string {
  const sources = new Map(model.dataset.sources.map((s) => [s.id, s]));
  const counts = new Map<string, number>();
  for (const id of relations) {
    const names = new Set(model.graph.getEdgeAttribute(id, "relation").citations.map((c) => sources.get(c.source)?.publisher ?? c.source));
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const names = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([n]) => n);
  if (names.length === 0) return "No relations in view";
  const shown = names.slice(0, maxNames).join("; ");
  const rest = names.length - maxNames;
  return `Sources: ${shown}${rest > 0 ? ` and ${rest} more` : ""}`;
}

/** What an image of the frame states: its caption, sources, and the colours drawn (change marks in Compare). */
export function snapshotText(model: Model, contents: ViewContents, frame: FrameLabel, marks?: ReadonlyMap<string, ChangeMark>): SnapshotText {
  const entityTypes = new Set<EntityType>();
  for (const id of contents.entities) entityTypes.add(model.graph.getNodeAttribute(id, "entity").type);
  const classes = new Set<RelationClass>();
  const changes = new Set<ChangeMark>();
  for (const id of contents.relations) {
    const mark = marks?.get(id);
    if (mark) changes.add(mark);
    else classes.add(model.graph.getEdgeAttribute(id, "class"));
  }
  return {
    caption: frameCaption(frame),
    ...frameHeadings(frame),
    attribution: attributionFor(model, contents.relations),
    entityTypes: [...entityTypes].sort(),
    classes: [...classes].sort(),
    ...(marks ? { changes: CHANGE_MARKS.filter((m) => changes.has(m)) } : {}),
  };
}

/** What the export composer decides about the band: its headings and note, and whether legend and sources are shown. */
export interface Composition {
  title: string;
  subtitle: string;
  note: string;
  legend: boolean;
  sources: boolean;
}

/** The composer's defaults: what the view is, as its frame states it (title and subtitle, or the whole caption as title). */
export function defaultComposition(text: SnapshotText): Composition {
  const split = text.title !== undefined && text.subtitle !== undefined;
  return { title: split ? text.title! : text.caption, subtitle: split ? text.subtitle! : "", note: text.note ?? "", legend: true, sources: true };
}

/** The caption an image states (and carries as its PNG Title): "Title, subtitle". */
export function compositionCaption(c: Pick<Composition, "title" | "subtitle">): string {
  return joinHeadings(c.title, c.subtitle);
}
