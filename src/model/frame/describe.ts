import type { Model } from "../dataset/graph";
import type { EntityType } from "../dataset/schema";
import { periodSlug, periodWords, type Period } from "./period";

/** What narrows the view besides time: the focus (and its ego view) and the filters that hide something. */
export interface Scope {
  focus?: { id: string; label: string };
  hops?: 1 | 2;
  /** What the filters hide, in words ("2 of 14 relation types"); empty when nothing is hidden. */
  hidden: string[];
}

/** The part of a frame every output states: which dataset, which period, which scope. */
export interface FrameLabel {
  dataset: { id: string; title: string };
  period: Period;
  scope: Scope;
}

export interface ScopeFields {
  focus?: string;
  hops?: 1 | 2;
  types?: string[];
  entityTypes?: EntityType[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The scope of a view of a curated dataset: filters count only the types the dataset uses. */
export function scopeOf(model: Model, view: ScopeFields): Scope {
  const scope: Scope = { hidden: [] };
  if (view.focus && model.graph.hasNode(view.focus)) {
    scope.focus = { id: view.focus, label: model.graph.getNodeAttribute(view.focus, "entity").label };
    if (view.hops) scope.hops = view.hops;
  }
  const hiddenOf = (used: Set<string>, shown: string[] | undefined, what: string) => {
    if (!shown) return;
    const kept = new Set(shown);
    const hidden = [...used].filter((t) => !kept.has(t)).length;
    if (hidden > 0) scope.hidden.push(`${hidden} of ${plural(used.size, what)}`);
  };
  hiddenOf(new Set(model.dataset.relations.map((r) => r.type)), view.types, "relation type");
  hiddenOf(new Set(model.dataset.entities.map((e) => e.type)), view.entityTypes, "entity type");
  return scope;
}

function scopeWords(scope: Scope): string {
  const parts: string[] = [];
  if (scope.focus) parts.push(scope.hops ? `${scope.focus.label} and ${plural(scope.hops, "step")} around it` : `focus on ${scope.focus.label}`);
  if (scope.hidden.length > 0) parts.push(`hidden: ${scope.hidden.join(", ")}`);
  return parts.map((p) => `; ${p}`).join("");
}

/** An image's headings: title "Sahel security relations", subtitle "as of 1 June 2024; Niger and 1 step around it". */
export function frameHeadings(frame: FrameLabel): { title: string; subtitle: string } {
  return { title: frame.dataset.title, subtitle: `${periodWords(frame.period)}${scopeWords(frame.scope)}` };
}

/** A caption from its headings: "Title, subtitle", or either alone when the other is empty. */
export function joinHeadings(title: string, subtitle: string): string {
  return [title.trim(), subtitle.trim()].filter(Boolean).join(", ");
}

/** "Sahel security relations, as of 1 June 2024; Niger and 1 step around it; hidden: 3 of 14 relation types". */
export function frameCaption(frame: FrameLabel): string {
  const { title, subtitle } = frameHeadings(frame);
  return joinHeadings(title, subtitle);
}

/** `entente-sahel-as-of-2024-06-01-niger-1-step-filtered`, without extension; `-all` for a whole-dataset export. */
export function frameFileName(frame: FrameLabel, whole = false): string {
  if (whole) return `entente-${frame.dataset.id}-all`;
  const { focus, hops, hidden } = frame.scope;
  const scope = `${focus ? `-${focus.id}` : ""}${focus && hops ? `-${plural(hops, "step").replace(" ", "-")}` : ""}${hidden.length > 0 ? "-filtered" : ""}`;
  return `entente-${frame.dataset.id}-${periodSlug(frame.period)}${scope}`;
}

/** The document title: what the tab shows, so bookmarks and history read as the view. */
export function frameTitle(frame: FrameLabel): string {
  return `${frameCaption(frame)} · Entente`;
}
