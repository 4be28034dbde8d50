import type { Model } from "./graph";
import type { EntityType, RelationClass } from "./schema";
import type { ViewContents } from "./window";

/** What an exported image states about itself: caption, attribution, and the colours in use. */
export interface SnapshotText {
  caption: string;
  attribution: string;
  entityTypes: EntityType[];
  classes: RelationClass[];
  /** A line under the legend saying what the view leaves out (an event view's thresholds). */
  note?: string;
}

export function windowLabel(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
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

export function snapshotText(model: Model, contents: ViewContents, from: number, to: number): SnapshotText {
  const entityTypes = new Set<EntityType>();
  for (const id of contents.entities) entityTypes.add(model.graph.getNodeAttribute(id, "entity").type);
  const classes = new Set<RelationClass>();
  for (const id of contents.relations) classes.add(model.graph.getEdgeAttribute(id, "class"));
  return {
    caption: `${model.dataset.meta.title}, ${windowLabel(from, to)}`,
    attribution: attributionFor(model, contents.relations),
    entityTypes: [...entityTypes].sort(),
    classes: [...classes].sort(),
  };
}

/** File name that says what the file holds: `entente-sahel-2023-2025`. */
export function exportFileName(model: Model, from: number, to: number): string {
  return `entente-${model.dataset.meta.id}-${from === to ? from : `${from}-${to}`}`;
}

/** File name for a data export: the view's window, or `entente-sahel-all` for the whole dataset. */
export function dataFileName(model: Model, from: number, to: number, whole: boolean): string {
  return whole ? `entente-${model.dataset.meta.id}-all` : exportFileName(model, from, to);
}
