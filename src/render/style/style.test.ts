import { describe, expect, it } from "vitest";
import { contrast } from "./colour";
import { DRAWN_LABEL_LENGTH, drawnLabel, ENTITY_COLORS, legibleOn } from "./style";

describe("colours on a dark background", () => {
  it("measures contrast like WCAG", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#777777")).toBe(1);
  });
  it("lightens only the colours that would vanish on a dark image", () => {
    const dark = "#16191e";
    const armed = legibleOn(ENTITY_COLORS["armed-group"], dark, "#ffffff");
    expect(armed).not.toBe(ENTITY_COLORS["armed-group"]);
    expect(contrast(armed, dark)).toBeGreaterThanOrEqual(2);
    expect(legibleOn(ENTITY_COLORS.country, dark, "#ffffff")).toBe(ENTITY_COLORS.country);
    expect(legibleOn(ENTITY_COLORS["armed-group"], "#ffffff", "#ffffff")).toBe(ENTITY_COLORS["armed-group"]);
  });
});

describe("drawnLabel", () => {
  it("keeps short labels and cuts long ones near a word boundary, with an ellipsis", () => {
    expect(drawnLabel("Alliance of Sahel States")).toBe("Alliance of Sahel States");
    const long = drawnLabel("Multinational Joint Task Force against Boko Haram in the Lake Chad Basin");
    expect(long).toBe("Multinational Joint Task Force against Boko…");
    expect(drawnLabel("A".repeat(100_000))).toBe(`${"A".repeat(DRAWN_LABEL_LENGTH - 1)}…`);
  });
});
