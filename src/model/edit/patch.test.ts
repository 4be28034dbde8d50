import { describe, expect, it } from "vitest";
import { applyOps, EMPTY_HISTORY, patchModel, recordChange, redo, undo, type History, type Op } from "./";
import { randomEdit } from "./generateEdits";
import { placeNew } from "./placement";
import type { Filter } from "../filters/filters";
import { FrameTracker } from "../frame/tracker";
import { datasetTexts, generateDataset, random } from "../dataset/generate";
import { buildModel, type Model } from "../dataset/graph";
import type { Dataset } from "../dataset/schema";
import type { TimeSelection } from "../time/timeModes";
import { validateDataset } from "../dataset/validate";
import { windowFromYears } from "../time/window";
import { SHARED_TYPES } from "../../../tests/fixtures/fixtures";

// sigma's programs read WebGL constants when imported; the display graph itself is plain graphology.
const webgl = new Proxy({}, { get: () => 0 });
Object.assign(globalThis, { WebGL2RenderingContext: webgl, WebGLRenderingContext: webgl });
const { buildDisplayGraph } = await import("../../render/graph/displayGraph");
const { DisplayFollower } = await import("../../render/graph/displayPatch");

function generated(seed: number): Dataset {
  const result = validateDataset(datasetTexts(generateDataset(JSON.parse(SHARED_TYPES), { relations: 300, entities: 25, seed, startYear: 1990, years: 35 })), { sharedRelationTypes: SHARED_TYPES });
  if (!result.ok) throw new Error(result.problems[0].message);
  return result.dataset;
}

type Exported = { nodes: { key: string }[]; edges: { key: string }[] };
/** A graph as data, in key order: two graphs with the same entities and relations compare equal whatever order they were added in. */
function normalised(graph: { export(): unknown }) {
  const g = graph.export() as Exported;
  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return { nodes: [...g.nodes].sort(byKey), edges: [...g.edges].sort(byKey) };
}

const SELECTION: TimeSelection = { mode: "window", window: windowFromYears(2000, 2015) };

/**
 * A random run of edits, undos and redos, each patched into one model and followed by its trackers and
 * display graph; `check` compares them with a full rebuild after every step.
 */
function run(seed: number, steps: number, check: (state: { dataset: Dataset; model: Model; ops: Op[] }) => void): void {
  let dataset = generated(seed);
  let model = buildModel(dataset);
  let history: History = EMPTY_HISTORY;
  const rnd = random(seed * 31);
  for (let i = 0; i < steps; i++) {
    const r = rnd();
    const replayed = r < 0.2 ? undo(dataset, history, "t") : r < 0.3 ? redo(dataset, history, "t") : undefined;
    let ops: Op[];
    if (replayed) ({ dataset, history, ops } = replayed);
    else {
      ops = randomEdit(dataset, rnd, i);
      dataset = applyOps(dataset, ops);
      history = recordChange(history, { ops, at: "t" });
    }
    model = patchModel(model, dataset, ops);
    check({ dataset, model, ops });
  }
}

describe("an edit patched into the model equals a full rebuild", () => {
  for (const seed of [1, 2, 3]) {
    it(`graph and relation types, over 120 random edits, undos and redos (seed ${seed})`, () => {
      run(seed, 120, ({ dataset, model }) => {
        const rebuilt = buildModel(dataset);
        expect(normalised(model.graph)).toEqual(normalised(rebuilt.graph));
        expect(model.relationTypes).toEqual(rebuilt.relationTypes);
      });
    });

    it(`time index: what is in view, filtered or not, and the diff each edit reports (seed ${seed})`, () => {
      const filters: Filter[][] = [[], [{ kind: "relation-types", shown: ["signed-mou", "member-of", "imposed-sanctions-on"] }]];
      let trackers: FrameTracker[] | undefined;
      let before: ReturnType<FrameTracker["update"]>[] = [];
      run(seed, 120, ({ dataset, model }) => {
        trackers ??= filters.map(() => new FrameTracker(buildModel(generated(seed))));
        trackers.forEach((t) => t.catchUp(model));
        trackers.forEach((t) => t.catchUp(model)); // a second call (React may render twice) changes nothing
        const after = trackers.map((t, i) => t.update(SELECTION, filters[i]));
        const rebuilt = buildModel(dataset);
        filters.forEach((f, i) => {
          const fresh = new FrameTracker(rebuilt).update(SELECTION, f);
          expect(after[i].update.contents).toEqual(fresh.update.contents);
          expect(after[i].inTime.contents).toEqual(fresh.inTime.contents);
          const prev = before[i]?.update;
          if (!prev) return;
          // The update leads on from the one before: its diff turns the old contents into the new.
          expect(after[i].update.base).toBe(prev.seq);
          const relations = new Set([...prev.contents.relations].filter((id) => !after[i].update.diff.left.includes(id)));
          for (const id of after[i].update.diff.entered) relations.add(id);
          expect(relations).toEqual(after[i].update.contents.relations);
          const entities = new Set([...prev.contents.entities].filter((id) => !after[i].update.diff.entitiesLeft.includes(id)));
          for (const id of after[i].update.diff.entitiesEntered) entities.add(id);
          expect(entities).toEqual(after[i].update.contents.entities);
        });
        before = after;
      });
    });

    it(`display graph: the same drawing as a rebuild at the same places, and the others do not move (seed ${seed})`, () => {
      let follower: InstanceType<typeof DisplayFollower> | undefined;
      let places = new Map<string, { x: number; y: number }>();
      run(seed, 120, ({ model, ops }) => {
        if (!follower) {
          const start = buildModel(generated(seed));
          follower = new DisplayFollower(buildDisplayGraph(start, null), start);
          follower.display.forEachNode((id, { x, y }) => places.set(id, { x, y }));
        }
        follower.catchUp(model);
        const { display } = follower;
        const now = new Map(display.mapNodes((id, { x, y }) => [id, { x, y }] as const));
        expect(normalised(display)).toEqual(normalised(buildDisplayGraph(model, now)));
        // Only entities an op names, or ends of a relation it names, may move (a new one goes beside its first partner).
        const named = new Set(ops.flatMap((op) => [op.id, ...[op.before, op.after].flatMap((r) => (r && "source" in r ? [r.source, r.target] : []))]));
        for (const [id, p] of places) if (now.has(id) && !named.has(id)) expect(now.get(id), id).toEqual(p);
        places = now;
      });
    });
  }

  it("puts back an entity whose deletion is undone where it was", () => {
    const dataset = generated(7);
    let model = buildModel(dataset);
    const follower = new DisplayFollower(buildDisplayGraph(model, null), model);
    const id = dataset.entities[0].id;
    const at = follower.display.getNodeAttributes(id);
    const refs = dataset.relations.filter((r) => r.source === id || r.target === id);
    const ops: Op[] = [...refs.map((r): Op => ({ collection: "relations", id: r.id, before: r })), { collection: "entities", id, before: dataset.entities[0] }];
    const deleted = applyOps(dataset, ops);
    model = patchModel(model, deleted, ops);
    follower.catchUp(model);
    expect(follower.display.hasNode(id)).toBe(false);
    const back = undo(deleted, recordChange(EMPTY_HISTORY, { ops, at: "t" }), "t")!;
    model = patchModel(model, back.dataset, back.ops);
    follower.catchUp(model);
    expect(follower.display.getNodeAttributes(id)).toMatchObject({ x: at.x, y: at.y });
    expect(normalised(model.graph)).toEqual(normalised(buildModel(dataset).graph));
  });
});

describe("placing a new entity", () => {
  it("goes beside its first related entity, the same way every time", () => {
    const p = placeNew("chad", { x: 10, y: 10 }, [], 2);
    expect(Math.hypot(p.x - 10, p.y - 10)).toBeCloseTo(2);
    expect(placeNew("chad", { x: 10, y: 10 }, [], 2)).toEqual(p);
    expect(placeNew("mali", { x: 10, y: 10 }, [], 2)).not.toEqual(p);
  });
  it("goes to the centre of the others when nothing is related, the origin when there are none", () => {
    expect(placeNew("x", undefined, [{ x: 0, y: 0 }, { x: 10, y: 4 }], 1)).toEqual({ x: 5, y: 2 });
    expect(placeNew("x", undefined, [], 1)).toEqual({ x: 0, y: 0 });
  });
});
