import { describe, expect, it } from "vitest";
import { contrast } from "../../src/render/colour";
import { ENTITY_COLORS, legibleOn } from "../../src/render/style";

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
