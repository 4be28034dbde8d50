import { describe, expect, it } from "vitest";
import { contrast, mix } from "../style/colour";
import { emphasisOf, GRAPH_THEME, readable, styleEdge, styleNode } from "./highlight";
import { ENTITY_COLORS } from "../style/style";
import { contentsInView, windowFromYears } from "../../model/time/window";
import { modelWith } from "../../../tests/fixtures/fixtures";

const tiny = modelWith([
  { id: "ab", type: "signed-mou", source: "a", target: "b", date: "2024-01-01" },
  { id: "bc", type: "member-of", source: "c", target: "b", start: "2020" },
]);
const all = contentsInView(tiny, windowFromYears(2024, 2024));
const node = { color: "#2f6db5", size: 6, label: "A" };
const edge = { color: "#1f8a3b", size: 2 };

describe("selection emphasis", () => {
  it("is nothing without a selection or with one out of view", () => {
    expect(emphasisOf(tiny.graph, all, {})).toBeNull();
    expect(emphasisOf(tiny.graph, contentsInView(tiny, windowFromYears(2019, 2019)), { entity: "a" })).toBeNull();
    expect(styleNode("a", node, null, "light")).toBe(node);
    expect(styleEdge("ab", edge, null, "light")).toBe(edge);
  });
  it("for a relation: the edge thicker, its endpoints kept, the rest faded", () => {
    const e = emphasisOf(tiny.graph, all, { relation: "ab" })!;
    expect([...e.nodes].sort()).toEqual(["a", "b"]);
    expect(styleEdge("ab", edge, e, "light").size).toBe(5);
    expect(styleEdge("bc", edge, e, "light").color).not.toBe(edge.color);
    expect(styleNode("a", node, e, "light")).toMatchObject({ color: node.color, forceLabel: true });
    expect(styleNode("c", node, e, "light")).toMatchObject({ label: null });
    expect(styleNode("c", node, e, "light").color).not.toBe(node.color);
  });
  it("for an entity: it is highlighted with its relations and neighbours in view", () => {
    const e = emphasisOf(tiny.graph, all, { entity: "a" })!;
    expect([...e.nodes].sort()).toEqual(["a", "b"]);
    expect([...e.edges]).toEqual(["ab"]);
    expect(styleNode("a", node, e, "light")).toMatchObject({ highlighted: true });
    const onlyAb = { relations: new Set(["ab"]), entities: new Set(["a", "b"]) };
    expect([...emphasisOf(tiny.graph, onlyAb, { entity: "b" })!.edges]).toEqual(["ab"]);
  });
});

describe("theme colours", () => {
  it("mixes colours", () => {
    expect(mix("#000000", "#ffffff", 0.5)).toBe("#808080");
    expect(mix("red", "#ffffff", 0.5)).toBe("red");
  });
  it("computes WCAG contrast", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 0);
    expect(contrast("#777777", "#777777")).toBe(1);
  });
  it("lifts every entity colour to at least 3:1 on the dark background, and labels are readable in both themes", () => {
    for (const color of Object.values(ENTITY_COLORS)) {
      expect(contrast(readable(color, "dark"), GRAPH_THEME.dark.background), color).toBeGreaterThanOrEqual(3);
    }
    expect(styleNode("a", { ...node, color: "#222222" }, null, "light").color).toBe("#222222");
    for (const t of ["light", "dark"] as const) expect(contrast(GRAPH_THEME[t].label, GRAPH_THEME[t].background)).toBeGreaterThan(7);
  });
});
