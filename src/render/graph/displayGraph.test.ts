import { describe, expect, it } from "vitest";
import { buildModel } from "../../model/dataset/graph";
import { datasetTexts, generateDataset } from "../../model/dataset/generate";
import { validateDataset } from "../../model/dataset/validate";
import { modelWith, SHARED_TYPES } from "../../../tests/fixtures/fixtures";
import type { DisplayGraph } from "./displayGraph";

// sigma's programs read WebGL constants when imported (as in patch.test.ts); the display graph itself is plain graphology.
const webgl = new Proxy({}, { get: () => 0 });
Object.assign(globalThis, { WebGL2RenderingContext: webgl, WebGLRenderingContext: webgl });
const { indexParallelEdgesIndex } = await import("@sigma/edge-curve");
const { buildDisplayGraph, buildDisplayGraphInSlices, curveOf, PARALLEL_ATTRIBUTES } = await import("./displayGraph");

/** The display graph fanned out the library's way, over the whole graph at once: what the sliced build must equal. */
function libraryFanned(built: DisplayGraph): DisplayGraph {
  const reference = built.copy();
  reference.updateEachEdgeAttributes((_e, attrs) => {
    const { parallelIndex: _i, parallelMaxIndex: _m, parallelMinIndex: _n, ...plain } = attrs as typeof attrs & { parallelMinIndex?: number };
    return { ...plain, type: "arrow", curvature: 0 };
  });
  indexParallelEdgesIndex(reference, PARALLEL_ATTRIBUTES);
  reference.forEachEdge((edge, attrs) => reference.mergeEdgeAttributes(edge, curveOf(attrs)));
  return reference;
}

const edgesOf = (g: DisplayGraph) => g.mapEdges((id, attrs) => [id, attrs]);

describe("the display graph's parallel relations", () => {
  it("fan out as indexParallelEdgesIndex does: one way, both ways, alone", () => {
    const model = modelWith([
      { id: "ab1", type: "signed-mou", source: "a", target: "b", date: "2020" },
      { id: "ab2", type: "signed-mou", source: "a", target: "b", date: "2021" },
      { id: "ab3", type: "signed-mou", source: "a", target: "b", date: "2022" },
      { id: "bc1", type: "signed-mou", source: "b", target: "c", date: "2020" },
      { id: "cb1", type: "signed-mou", source: "c", target: "b", date: "2021" },
      { id: "cb2", type: "signed-mou", source: "c", target: "b", date: "2022" },
      { id: "ac1", type: "signed-mou", source: "a", target: "c", date: "2022" },
    ]);
    const built = buildDisplayGraph(model, null);
    expect(edgesOf(built)).toEqual(edgesOf(libraryFanned(built)));
    expect(built.getEdgeAttributes("ab2")).toMatchObject({ parallelIndex: 0, type: "arrow" });
    expect(built.getEdgeAttributes("ab3")).toMatchObject({ parallelIndex: 1, parallelMaxIndex: 1, type: "curvedArrow" });
    expect(built.getEdgeAttributes("cb2")).toMatchObject({ parallelIndex: 2, parallelMaxIndex: 2, type: "curvedArrow" });
    expect(built.getEdgeAttributes("ac1")).toMatchObject({ parallelIndex: null, curvature: 0 });
  });

  it("are the same built in slices, over thousands of relations", async () => {
    const result = validateDataset(datasetTexts(generateDataset(JSON.parse(SHARED_TYPES), { relations: 5000, entities: 40 })), { sharedRelationTypes: SHARED_TYPES });
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    const model = buildModel(result.dataset);
    let pauses = 0;
    const sliced = await buildDisplayGraphInSlices(model, async () => void pauses++);
    expect(pauses).toBeGreaterThan(10);
    expect(edgesOf(sliced)).toEqual(edgesOf(libraryFanned(sliced)));
    expect(sliced.filterEdges((_e, a) => a.type === "curvedArrow").length).toBeGreaterThan(1000);
  });
});
