import { describe, expect, it } from "vitest";
import { datasetTexts, generateDataset, random } from "../dataset/generate";
import { applyFilters, type Filter } from "../filters/filters";
import { FrameTracker } from "./tracker";
import { buildModel, type Model } from "../dataset/graph";
import { ENTITY_TYPES } from "../dataset/schema";
import { windowsFor, type TimeSelection } from "../time/timeModes";
import { validateDataset } from "../dataset/validate";
import { overlaps, windowFromYears, type ViewContents } from "../time/window";
import { SHARED_TYPES } from "../../../tests/fixtures/fixtures";

const TYPES = JSON.parse(SHARED_TYPES);

function generated(seed: number): Model {
  const result = validateDataset(datasetTexts(generateDataset(TYPES, { relations: 400, seed, startYear: 1990, years: 30, entities: 40 })), {
    sharedRelationTypes: SHARED_TYPES,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return buildModel(result.dataset);
}

/** The reference: every relation against its kind's window, then the filters in order. */
function bruteForce(model: Model, selection: TimeSelection, filters: Filter[]): ViewContents {
  const windows = windowsFor(selection);
  const relations = new Set<string>();
  const entities = new Set<string>();
  model.graph.forEachEdge((id, a, s, t) => {
    if (!overlaps(a.first, a.last, windows[a.kind])) return;
    relations.add(id);
    entities.add(s).add(t);
  });
  return applyFilters(model, { relations, entities }, filters);
}

const sorted = (s: Iterable<string>) => [...s].sort();
const minus = (a: Set<string>, b: Set<string>) => sorted([...a].filter((x) => !b.has(x)));

describe("FrameTracker", () => {
  it("yields what brute force finds, with diffs of exactly what entered and left, for random steps and filters", () => {
    for (const seed of [1, 2, 3]) {
      const model = generated(seed);
      const rnd = random(seed * 31);
      const types = [...new Set(model.dataset.relations.map((r) => r.type))];
      const entities = model.graph.nodes();
      const tracker = new FrameTracker(model);
      let shown: ViewContents | undefined;
      let lastSeq = -1;
      let from = 2000;
      let filters: Filter[] = [];
      for (let step = 0; step < 120; step++) {
        const r = rnd();
        if (r < 0.15) {
          filters = [];
          if (rnd() < 0.6) filters.push({ kind: "relation-types", shown: types.filter(() => rnd() < 0.6) });
          if (rnd() < 0.4) filters.push({ kind: "entity-types", shown: ENTITY_TYPES.filter(() => rnd() < 0.7) });
          if (rnd() < 0.4) filters.push({ kind: "ego", entity: entities[Math.floor(rnd() * entities.length)], hops: rnd() < 0.5 ? 1 : 2 });
        } else from = Math.max(1988, Math.min(2022, from + (rnd() < 0.5 ? -1 : 1)));
        const selection: TimeSelection = { mode: "window", window: windowFromYears(from, from + 2) };
        const { update, inTime } = tracker.update(selection, filters);
        const expected = bruteForce(model, selection, filters);
        expect(sorted(update.contents.relations)).toEqual(sorted(expected.relations));
        expect(sorted(update.contents.entities)).toEqual(sorted(expected.entities));
        expect(sorted(inTime.contents.relations)).toEqual(sorted(bruteForce(model, selection, []).relations));
        if (update.seq !== lastSeq) {
          // Each new update leads on from the one before: its diff is exactly the change, so only that is refreshed.
          expect(update.base).toBe(lastSeq);
          const before = shown ?? { relations: new Set<string>(), entities: new Set<string>() };
          expect(sorted(update.diff.entered)).toEqual(minus(update.contents.relations, before.relations));
          expect(sorted(update.diff.left)).toEqual(minus(before.relations, update.contents.relations));
          expect(sorted(update.diff.entitiesEntered)).toEqual(minus(update.contents.entities, before.entities));
          expect(sorted(update.diff.entitiesLeft)).toEqual(minus(before.entities, update.contents.entities));
        }
        shown = update.contents;
        lastSeq = update.seq;
      }
    }
  });

  it("returns the same update when nothing changed, and keeps marks only for relations shown", () => {
    const model = generated(9);
    const tracker = new FrameTracker(model);
    const selection: TimeSelection = { mode: "compare", from: windowFromYears(2000, 2000).first, to: windowFromYears(2010, 2010).last };
    const ego: Filter[] = [{ kind: "ego", entity: model.graph.nodes()[0], hops: 1 }];
    const a = tracker.update(selection, ego).update;
    expect(tracker.update(selection, [{ kind: "ego", entity: model.graph.nodes()[0], hops: 1 }]).update).toBe(a);
    expect(sorted(a.marks!.keys())).toEqual(sorted(a.contents.relations));
  });
});
