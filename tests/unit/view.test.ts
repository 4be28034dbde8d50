import { describe, expect, it } from "vitest";
import { searchFromView, viewFromSearch } from "../../src/state/view";

const defaults = { from: 2023, to: 2025 };
const bounds = { min: 1975, max: 2025 };

describe("view URL", () => {
  it("reads from and to", () => {
    expect(viewFromSearch("?from=1994&to=2001", defaults, bounds)).toEqual({ from: 1994, to: 2001 });
  });
  it.each(["?from=abc&to=2024", "?from=2024.5", "?from=1900", "?to=2099", "?from=2025&to=2024", "?from=&to=", "?from=02024"])(
    "falls back to the default for %s",
    (search) => {
      const view = viewFromSearch(search, defaults, bounds);
      expect(view.from <= view.to).toBe(true);
      expect(view).toEqual(search === "?from=abc&to=2024" ? { from: 2023, to: 2024 } : defaults);
    },
  );
  it("round-trips and keeps parameters it does not own", () => {
    const search = searchFromView({ from: 2000, to: 2010 }, "?focus=niger&from=1");
    expect(search).toBe("?focus=niger&from=2000&to=2010");
    expect(viewFromSearch(search, defaults, bounds)).toEqual({ from: 2000, to: 2010 });
  });
});
