import { describe, expect, it } from "vitest";
import { searchFromView, viewFromSearch } from "../../src/state/view";

const defaults = { from: 2023, to: 2025, layout: "force" as const };
const bounds = { min: 1975, max: 2025 };

describe("view URL", () => {
  it("reads from and to", () => {
    expect(viewFromSearch("?from=1994&to=2001", defaults, bounds)).toEqual({ from: 1994, to: 2001, layout: "force" });
  });
  it.each(["?from=abc&to=2024", "?from=2024.5", "?from=1900", "?to=2099", "?from=2025&to=2024", "?from=&to=", "?from=02024"])(
    "falls back to the default for %s",
    (search) => {
      const view = viewFromSearch(search, defaults, bounds);
      expect(view.from <= view.to).toBe(true);
      expect(view).toEqual(search === "?from=abc&to=2024" ? { from: 2023, to: 2024, layout: "force" } : defaults);
    },
  );
  it("round-trips and keeps parameters it does not own", () => {
    const search = searchFromView({ from: 2000, to: 2010, layout: "force" }, "?focus=niger&from=1");
    expect(search).toBe("?focus=niger&from=2000&to=2010&layout=force");
    expect(viewFromSearch(search, defaults, bounds)).toEqual({ from: 2000, to: 2010, layout: "force" });
  });
});

describe("layout in the URL", () => {
  it("reads layout=map and layout=force", () => {
    expect(viewFromSearch("?layout=map", defaults, bounds).layout).toBe("map");
    expect(viewFromSearch("?layout=force", { ...defaults, layout: "map" }, bounds).layout).toBe("force");
  });
  it.each(["?layout=Map", "?layout=", "?layout=circle", "?layout=map,force", "?layout=__proto__", ""])("falls back to the default for %j", (search) => {
    expect(viewFromSearch(search, defaults, bounds).layout).toBe("force");
    expect(viewFromSearch(search, { ...defaults, layout: "map" }, bounds).layout).toBe("map");
  });
  it("does not change the window", () => {
    expect(viewFromSearch("?from=1994&to=1998&layout=map", defaults, bounds)).toEqual({ from: 1994, to: 1998, layout: "map" });
  });
  it("round-trips map", () => {
    const search = searchFromView({ from: 2023, to: 2025, layout: "map" }, "?layout=force&x=1");
    expect(new URLSearchParams(search).get("layout")).toBe("map");
    expect(viewFromSearch(search, defaults, bounds)).toEqual({ from: 2023, to: 2025, layout: "map" });
  });
});
