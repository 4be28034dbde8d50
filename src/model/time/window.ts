import { yearEnd, yearOf, yearStart } from "./dates";
import type { Model } from "../dataset/graph";

/** An inclusive span of days the view shows. */
export interface TimeWindow {
  first: number;
  last: number;
}

export function windowFromYears(from: number, to: number): TimeWindow {
  return { first: yearStart(from), last: yearEnd(to) };
}

export function overlaps(first: number, last: number, window: TimeWindow): boolean {
  return first <= window.last && last >= window.first;
}

export interface ViewContents {
  relations: Set<string>;
  entities: Set<string>;
}

/** Relations whose span overlaps the window, and the entities they touch. */
export function contentsInView(model: Model, window: TimeWindow): ViewContents {
  const relations = new Set<string>();
  const entities = new Set<string>();
  model.graph.forEachEdge((edge, attrs, source, target) => {
    if (!overlaps(attrs.first, attrs.last, window)) return;
    relations.add(edge);
    entities.add(source);
    entities.add(target);
  });
  return { relations, entities };
}

/** First and last year any relation touches (open states count up to their start). */
export function yearRange(model: Model): { min: number; max: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  model.graph.forEachEdge((_, a) => {
    min = Math.min(min, a.first);
    max = Math.max(max, Number.isFinite(a.last) ? a.last : a.first);
  });
  if (!Number.isFinite(min)) return undefined;
  return { min: yearOf(min), max: yearOf(max) };
}
