import { describe, expect, it } from "vitest";
import { MultiDirectedGraph } from "graphology";
import type { DisplayGraph } from "./displayGraph";
import { Visibility, withAlpha } from "./visibility";
import { ViewTracker } from "../../model/frame/viewTracker";
import { windowFromYears } from "../../model/time/window";
import { modelWith } from "../../../tests/fixtures/fixtures";

const model = modelWith([
  { id: "r2020", type: "signed-mou", source: "a", target: "b", date: "2020-05-01" },
  { id: "r2021", type: "signed-mou", source: "b", target: "c", date: "2021-05-01" },
]);

function display(): DisplayGraph {
  const g: DisplayGraph = new MultiDirectedGraph();
  for (const id of ["a", "b", "c"]) g.addNode(id, { x: 0, y: 0, size: 5, color: "#2f6db5", label: id.toUpperCase() });
  model.graph.forEachEdge((id, _a, s, t) => g.addDirectedEdgeWithKey(id, s, t, { size: 2, color: "#1f8a3b", label: id, type: "arrow", curvature: 0 }));
  return g;
}

const year = (y: number) => ({ mode: "window" as const, window: windowFromYears(y, y) });

describe("Visibility", () => {
  it("fades what entered in and what left out, touching only those, then settles", () => {
    const tracker = new ViewTracker(model);
    const vis = new Visibility(display(), 200);
    const first = tracker.update(year(2020));
    vis.apply(first, undefined, 0, false);
    expect(vis.nodeReducer("a", { color: "#2f6db5", size: 5 })).toEqual({ color: "#2f6db5", size: 5 });
    expect(vis.nodeReducer("c", { color: "#2f6db5", size: 5 })).toMatchObject({ color: "rgba(0,0,0,0)", opacity: 0 });
    expect(vis.nodeReducer("c", { color: "#2f6db5", size: 5 }).size).toBeLessThan(0.01);
    expect(vis.edgeReducer("r2021", { color: "#1f8a3b", size: 2 })).toMatchObject({ hidden: true });

    const second = tracker.update(year(2021));
    const now = vis.apply(second, first, 1000, true);
    expect(now).toEqual({ nodes: [], edges: [] }); // all of it fades, frame by frame
    expect(vis.fading).toBe(true);
    const half = vis.step(1100);
    expect(half.nodes.sort()).toEqual(["a", "c"]);
    expect(half.edges.sort()).toEqual(["r2020", "r2021"]);
    expect(vis.nodeReducer("c", { color: "#2f6db5", size: 5 })).toMatchObject({ color: "rgba(47,109,181,0.5)", opacity: 0.5, size: 5 });
    expect(vis.nodeReducer("a", { color: "#2f6db5", size: 5 })).toMatchObject({ opacity: 0.5 });
    expect(vis.nodeReducer("b", { color: "#2f6db5", size: 5 })).toEqual({ color: "#2f6db5", size: 5 }); // stays: untouched
    vis.step(1200);
    expect(vis.fading).toBe(false);
    expect(vis.shows("a")).toBe(false);
    expect(vis.shows("c")).toBe(true);
    expect(vis.edgeReducer("r2020", { color: "#1f8a3b", size: 2 })).toMatchObject({ hidden: true });
  });

  it("applies at once without animation, and re-syncs from contents when an update was skipped", () => {
    const tracker = new ViewTracker(model);
    const vis = new Visibility(display(), 200);
    const a = tracker.update(year(2020));
    vis.apply(a, undefined, 0, false);
    tracker.update(year(2021)); // never applied
    const c = tracker.update({ mode: "window", window: windowFromYears(2020, 2021) });
    const changed = vis.apply(c, a, 0, false);
    expect(changed).toEqual({ nodes: ["c"], edges: ["r2021"] });
    expect(vis.fading).toBe(false);
    expect(vis.shows("c")).toBe(true);
  });

  it("colours compare marks and restores class colours after", () => {
    const tracker = new ViewTracker(model);
    const vis = new Visibility(display(), 0);
    const days = windowFromYears(2020, 2021);
    const cmp = tracker.update({ mode: "compare", from: days.first + 200, to: days.last });
    vis.apply(cmp, undefined, 0, false);
    expect(vis.edgeReducer("r2021", { color: "#1f8a3b", size: 2 })).toEqual({ color: "#9c4dcc", size: 2.4 });
    const back = tracker.update({ mode: "window", window: days });
    expect(vis.apply(back, cmp, 0, true).edges.sort()).toEqual(["r2020", "r2021"]);
    expect(vis.edgeReducer("r2021", { color: "#1f8a3b", size: 2 })).toEqual({ color: "#1f8a3b", size: 2 });
  });

  it("writes colours with an opacity sigma understands", () => {
    expect(withAlpha("#ff0080", 0.333)).toBe("rgba(255,0,128,0.34)");
    expect(withAlpha("red", 0.5)).toBe("red");
  });
});
