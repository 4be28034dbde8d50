import { readFileSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { describe, expect, it } from "vitest";
import { GRAPH_DATA, readDatasetFolder, SHARED_TYPES_FILE } from "../../cli/datasets";
import { degreesInView, neighboursInView } from "../../model/frame/degree";
import { describeEntity, describeRelation, truncate } from "../../model/dataset/describe";
import { buildModel } from "../../model/dataset/graph";
import { validateDataset } from "../../model/dataset/validate";
import { contentsInView, windowFromYears } from "../../model/time/window";
import { fitItems, type FitOptions } from "./fit";
import { mix as dimColor } from "../style/colour";
import { hoveredEdge, hoveredNode, sizedNode } from "./hover";
import { circlePositions, iterationsFor, layoutInput, packPositions, unpackPositions } from "../../model/layout/layout";
import { forceLayout, forceLayoutOf, type LayoutBatch } from "../../model/layout/forceLayout";
import { mapLayout, project } from "../map/mapLayout";
import { nodeSize } from "../style/style";
import { modelWith } from "../../../tests/fixtures/fixtures";

const result = validateDataset(readDatasetFolder(`${GRAPH_DATA}/sahel`), { sharedRelationTypes: readFileSync(SHARED_TYPES_FILE, "utf8") });
if (!result.ok) throw new Error("shipped dataset must validate");
const sahel = buildModel(result.dataset);
const inView = contentsInView(sahel, windowFromYears(2023, 2025));

describe("degree in view", () => {
  it("counts relations in view touching each entity, both directions", () => {
    const model = modelWith([
      { id: "r1", type: "signed-mou", source: "a", target: "b", date: "2024-01-01" },
      { id: "r2", type: "signed-mou", source: "b", target: "a", date: "2024-02-01" },
      { id: "r3", type: "signed-mou", source: "a", target: "c", date: "2010-01-01" },
    ]);
    const contents = contentsInView(model, windowFromYears(2024, 2024));
    const degrees = degreesInView(model.graph, contents.relations);
    expect(Object.fromEntries(degrees)).toEqual({ a: 2, b: 2 });
    expect([...neighboursInView(model.graph, "a", contents.relations)]).toEqual(["b"]);
    expect([...degreesInView(model.graph, contentsInView(model, windowFromYears(2010, 2024)).relations)].sort()).toEqual([
      ["a", 3],
      ["b", 2],
      ["c", 1],
    ]);
  });
  it("matches a brute-force count on the Sahel dataset", () => {
    const degrees = degreesInView(sahel.graph, inView.relations);
    for (const entity of sahel.graph.nodes()) {
      const brute = sahel.graph.edges(entity).filter((e) => inView.relations.has(e)).length;
      expect(degrees.get(entity) ?? 0, entity).toBe(brute);
    }
    expect(degrees.get("niger")).toBeGreaterThan(degrees.get("chad") ?? 0);
  });
  it("makes busier entities bigger, within bounds", () => {
    expect(nodeSize(0)).toBeLessThan(nodeSize(1));
    expect(nodeSize(1)).toBeLessThan(nodeSize(10));
    expect(nodeSize(100000)).toBeLessThanOrEqual(30);
  });
});

describe("tooltip text", () => {
  it("says who did what to whom, when, and cites it", () => {
    const d = describeRelation(sahel, "nigeria-niger-mou-2024");
    expect(d.sentence).toBe("Nigeria signed security cooperation MOU with Niger");
    expect(d.date).toBe("2024-08-28");
    expect(d.citation?.title).toBeTruthy();
    expect(d.citation!.quote!.length).toBeLessThanOrEqual(180);
  });
  it("gives a state its span", () => {
    const id = sahel.graph.edges("niger", "ecowas").find((e) => sahel.graph.getEdgeAttribute(e, "relation").type === "member-of")!;
    expect(describeRelation(sahel, id).date).toBe("1975-05-28 – 2025-01-29");
  });
  it("truncates long quotes at a word with an ellipsis and leaves short ones alone", () => {
    expect(truncate("short quote", 50)).toBe("short quote");
    const long = "The quick brown fox jumps over the lazy dog, again and again, until the sun sets.";
    const cut = truncate(long, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut.endsWith("…")).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cut).not.toMatch(/\s…$/);
  });
  it("describes an entity with its type and relations in view", () => {
    const degrees = degreesInView(sahel.graph, inView.relations);
    expect(describeEntity(sahel, "niger", degrees)).toEqual({ label: "Niger", type: "country", relationsInView: degrees.get("niger") });
  });
});

describe("hover", () => {
  const entityHover = { kind: "entity" as const, id: "a", neighbours: new Set(["b"]), relations: new Set(["r1"]) };
  it("keeps the hovered entity and its neighbours, dims the rest and hides their labels", () => {
    const look = { color: "#2f6db5", size: 8, label: "X" };
    expect(hoveredNode("a", look, entityHover, "#ffffff").color).toBe("#2f6db5");
    expect(hoveredNode("b", look, entityHover, "#ffffff").label).toBe("X");
    const dimmed = hoveredNode("c", look, entityHover, "#ffffff");
    expect(dimmed.color).not.toBe("#2f6db5");
    expect(dimmed.label).toBeNull();
    expect(hoveredNode("c", look, null, "#ffffff")).toBe(look);
  });
  it("keeps the hovered entity's relations and dims the others", () => {
    const look = { color: "#c81e1e", size: 2 };
    expect(hoveredEdge("r1", look, entityHover, "#fff").color).toBe("#c81e1e");
    expect(hoveredEdge("r2", look, entityHover, "#fff").color).not.toBe("#c81e1e");
    expect(hoveredEdge("r2", look, { kind: "relation", id: "r2" }, "#fff").size).toBeGreaterThan(2);
  });
  it("dims towards the background, in hex or rgb()", () => {
    expect(dimColor("#000000", "#ffffff", 0.5)).toBe("#808080");
    expect(dimColor("#000", "rgb(255, 255, 255)", 1)).toBe("#ffffff");
    expect(dimColor("#ffffff", "rgb(0, 0, 0)", 0.25)).toBe("#bfbfbf");
    expect(dimColor("not-a-colour", "#fff", 0.8)).toBe("not-a-colour");
  });
  it("sizes by degree", () => {
    expect(sizedNode({ color: "#000", size: 99 }, 4).size).toBe(nodeSize(4));
  });
});

describe("force layout", () => {
  it("is deterministic and independent of node insertion order", () => {
    const a = forceLayout(sahel.graph);
    const input = layoutInput(sahel.graph);
    expect(forceLayoutOf(input)).toEqual(a);
    const shuffled = { nodes: [...input.nodes].reverse(), edges: [...input.edges].reverse() };
    expect(forceLayoutOf(shuffled)).toEqual(a);
  });
  it("gives exactly ForceAtlas2's own positions, and streams batches on the way without changing them", () => {
    const input = layoutInput(sahel.graph);
    const reference = new MultiDirectedGraph<{ x: number; y: number }>();
    for (const [id, p] of circlePositions(input.nodes)) reference.addNode(id, { ...p });
    for (const [s, t] of [...input.edges].sort((a, b) => (a[0] + "\0" + a[1] < b[0] + "\0" + b[1] ? -1 : 1))) reference.addDirectedEdge(s, t);
    const settings = { ...forceAtlas2.inferSettings(reference), gravity: 1, scalingRatio: 10, barnesHutOptimize: false };
    forceAtlas2.assign(reference, { iterations: 300, settings });
    const batches: LayoutBatch[] = [];
    const streamed = forceLayoutOf(input, 300, { everyMs: 0, onBatch: (b) => batches.push(b) });
    expect(streamed).toEqual(new Map(reference.mapNodes((id, p) => [id, { x: p.x, y: p.y }])));
    expect(batches.map((b) => b.done)).toEqual(Array.from({ length: 299 }, (_, i) => i + 1));
    // A batch is the positions so far in the packed order: the first has left the circle, the last is nearly there.
    const { ids, xy } = packPositions(streamed);
    const at = (b: LayoutBatch, i: number) => ({ x: b.xy[2 * i], y: b.xy[2 * i + 1] });
    expect(at(batches[0], 0)).not.toEqual(circlePositions(ids).get(ids[0]));
    expect(Math.abs(at(batches.at(-1)!, 0).x - xy[0])).toBeLessThan(Math.abs(at(batches[0], 0).x - xy[0]) + 1e-9);
  });
  it("survives the trip to and from the worker unchanged", () => {
    const positions = forceLayout(sahel.graph);
    const packed = packPositions(positions);
    const copy = structuredClone(packed);
    expect(unpackPositions(copy)).toEqual(positions);
  });
  it("runs the full 300 iterations on small graphs and fewer, in proportion, on very large ones", () => {
    const of = (nodes: number, edges: number) => iterationsFor({ nodes: Array.from({ length: nodes }, String), edges: Array.from({ length: edges }, () => ["a", "b"] as [string, string]) });
    expect(of(17, 62)).toBe(300);
    expect(of(2_000, 18_000)).toBe(300);
    expect(of(2_000, 38_000)).toBe(150);
    expect(of(5_000, 1_000_000)).toBe(60);
    // The same count in the worker and on the main thread: the default comes from the input itself.
    const input = layoutInput(sahel.graph);
    expect(forceLayoutOf(input)).toEqual(forceLayoutOf(input, 300));
  });
  it("spreads entities apart", () => {
    const positions = [...forceLayout(sahel.graph).values()];
    for (let i = 0; i < positions.length; i++)
      for (let j = i + 1; j < positions.length; j++) expect(Math.hypot(positions[i].x - positions[j].x, positions[i].y - positions[j].y)).toBeGreaterThan(1);
  });
});

describe("map layout", () => {
  const entities = result.dataset.entities;
  const edges = layoutInput(sahel.graph).edges;
  const positions = mapLayout(entities, edges);
  const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

  it("places every entity", () => {
    expect(positions.size).toBe(entities.length);
    for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
  it("puts a located entity at its projected location (equirectangular: x = lon, y = lat)", () => {
    expect(project(13.5, 2.1)).toEqual({ x: 2.1, y: 13.5 });
    for (const id of ["niger", "nigeria", "turkey", "russia", "france", "united-states", "mali", "burkina-faso", "chad", "boko-haram"]) {
      const { lat, lon } = entities.find((e) => e.id === id)!.location!;
      expect(positions.get(id), id).toEqual({ x: lon, y: lat });
    }
  });
  it("moves an organisation sharing a country's spot just aside, not on top", () => {
    const niger = positions.get("niger")!;
    const aes = positions.get("aes")!;
    expect(distance(niger, aes)).toBeGreaterThan(1);
    expect(distance(niger, aes)).toBeLessThan(15);
  });
  it("places entities without a location near their neighbours", () => {
    for (const id of ["africa-corps", "abdourahmane-tchiani", "mohamed-bazoum", "bola-tinubu"]) {
      const neighbours = sahel.graph.neighbors(id).map((n) => positions.get(n)!);
      const centre = { x: neighbours.reduce((s, p) => s + p.x, 0) / neighbours.length, y: neighbours.reduce((s, p) => s + p.y, 0) / neighbours.length };
      expect(distance(positions.get(id)!, centre), id).toBeLessThan(20);
    }
  });
  it("never stacks two entities on one spot", () => {
    const all = [...positions.values()];
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(distance(all[i], all[j])).toBeGreaterThan(0.5);
  });
  it("does not depend on input order or on time", () => {
    expect(mapLayout([...entities].reverse(), [...edges].reverse())).toEqual(positions);
  });
  it("gives entities with no located neighbour a deterministic spot below the map", () => {
    const lonely = mapLayout(
      [
        { id: "x", location: { lat: 10, lon: 10 } },
        { id: "y" },
        { id: "z" },
      ],
      [["y", "z"]],
    );
    expect(lonely.get("y")!.y).toBeLessThan(10);
    expect(lonely.get("y")).not.toEqual(lonely.get("z"));
    expect(mapLayout([{ id: "solo" }], []).get("solo")).toEqual({ x: 0, y: expect.any(Number) });
  });
});

describe("label-aware fit", () => {
  const options: FitOptions = {
    width: 800,
    height: 600,
    padding: { top: 50, right: 60, bottom: 10, left: 10 },
    labelHeight: 16,
    labelGap: 3,
    minRatio: 0.01,
    maxRatio: 100,
  };
  /** Where an item lands on screen for a fit (the inverse of what fitItems solved). */
  const place = (it: { x: number; y: number; size: number; labelWidth: number }, fit: { ratio: number; centre: { x: number; y: number } }) => {
    const x = options.width / 2 + (it.x - fit.centre.x) / fit.ratio;
    const y = options.height / 2 + (it.y - fit.centre.y) / fit.ratio;
    const r = it.size / Math.sqrt(fit.ratio);
    return { left: x - r, right: x + r + (it.labelWidth ? options.labelGap + it.labelWidth : 0), top: y - Math.max(r, 8), bottom: y + Math.max(r, 8) };
  };
  const items = [
    { x: 0, y: 0, size: 10, labelWidth: 40 },
    { x: 1000, y: 300, size: 6, labelWidth: 200 },
    { x: 500, y: -400, size: 20, labelWidth: 0 },
  ];
  it("keeps every node and label inside the padded viewport, touching it on one axis", () => {
    const fit = fitItems(items, options)!;
    const boxes = items.map((it) => place(it, fit));
    const left = Math.min(...boxes.map((b) => b.left));
    const right = Math.max(...boxes.map((b) => b.right));
    const top = Math.min(...boxes.map((b) => b.top));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    expect(left).toBeGreaterThanOrEqual(10 - 0.01);
    expect(right).toBeLessThanOrEqual(740 + 0.01);
    expect(top).toBeGreaterThanOrEqual(50 - 0.01);
    expect(bottom).toBeLessThanOrEqual(590 + 0.01);
    // Tight: one axis is (almost) fully used, so the fit is not needlessly zoomed out.
    expect(Math.max((right - left) / 730, (bottom - top) / 540)).toBeGreaterThan(0.999);
  });
  it("leaves room for a long label at the right edge", () => {
    const withoutLabel = fitItems(items.map((it) => ({ ...it, labelWidth: 0 })), options)!;
    const withLabel = fitItems(items, options)!;
    expect(withLabel.ratio).toBeGreaterThan(withoutLabel.ratio);
  });
  it("on a narrow viewport, counts labels at most maxLabelWidth wide so the entities keep the width", () => {
    const narrow = { ...options, width: 390, height: 690, padding: { top: 50, right: 10, bottom: 10, left: 10 } };
    const spread = (fit: { ratio: number }) => 1000 / fit.ratio; // from the first entity to the second, in pixels
    const whole = fitItems(items, narrow)!;
    const capped = fitItems(items, { ...narrow, maxLabelWidth: 60 })!;
    expect(spread(capped)).toBeGreaterThan(spread(whole));
    // The capped label still gets its 60 px: the second entity's label starts inside the viewport.
    const x = narrow.width / 2 + (items[1].x - capped.centre.x) / capped.ratio;
    expect(x + items[1].size / Math.sqrt(capped.ratio) + narrow.labelGap + 60).toBeLessThanOrEqual(380 + 0.01);
  });
  it("has nothing to fit when nothing is in view, and a single entity is centred", () => {
    expect(fitItems([], options)).toBeUndefined();
    const one = fitItems([{ x: 123, y: 45, size: 8, labelWidth: 0 }], options)!;
    expect(one.ratio).toBeCloseTo(options.minRatio, 9);
    const box = place({ x: 123, y: 45, size: 8, labelWidth: 0 }, one);
    expect((box.left + box.right) / 2).toBeCloseTo((10 + 740) / 2, 3);
  });
});
