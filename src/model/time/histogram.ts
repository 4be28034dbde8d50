import { yearEnd, yearOf, yearStart } from "./dates";
import type { Model } from "../dataset/graph";
import { RELATION_CLASSES } from "../dataset/vocabulary";
import type { RelationClass } from "../dataset/schema";

/** Relations per year and class: an event counts in its year, a state in every year it holds. */
export interface YearHistogram {
  minYear: number;
  maxYear: number;
  /** counts[year - minYear][class] */
  counts: Record<RelationClass, number>[];
  /** Largest yearly total, for scaling. */
  peak: number;
}

export function yearHistogram(model: Model, minYear: number, maxYear: number, include: (relationId: string) => boolean = () => true): YearHistogram {
  const years = maxYear - minYear + 1;
  // Differences per year: +1 where a span starts counting, -1 after it stops; summed up below.
  const delta = RELATION_CLASSES.map(() => new Int32Array(years + 1));
  const classIndex = new Map(RELATION_CLASSES.map((c, i) => [c, i]));
  const lo = yearStart(minYear);
  const hi = yearEnd(maxYear);
  model.graph.forEachEdge((id, attrs) => {
    if (attrs.first > hi || attrs.last < lo || !include(id)) return;
    const from = yearOf(Math.max(attrs.first, lo)) - minYear;
    const to = yearOf(Math.min(attrs.last, hi)) - minYear;
    const d = delta[classIndex.get(attrs.class)!];
    d[from]++;
    d[to + 1]--;
  });
  const counts: Record<RelationClass, number>[] = [];
  const running = RELATION_CLASSES.map(() => 0);
  let peak = 0;
  for (let y = 0; y < years; y++) {
    const row = {} as Record<RelationClass, number>;
    let total = 0;
    RELATION_CLASSES.forEach((c, i) => {
      running[i] += delta[i][y];
      row[c] = running[i];
      total += running[i];
    });
    counts.push(row);
    peak = Math.max(peak, total);
  }
  return { minYear, maxYear, counts, peak };
}

export function yearTotal(row: Record<RelationClass, number>): number {
  return RELATION_CLASSES.reduce((sum, c) => sum + row[c], 0);
}
