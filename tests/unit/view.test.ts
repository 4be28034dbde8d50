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

describe("view URL: months", () => {
  it("reads YYYY-MM bounds, and a plain year beside a month covers that whole year", () => {
    expect(viewFromSearch("?from=2024-03&to=2024-09", defaults, bounds)).toEqual({ from: 2024, to: 2024, fromMonth: 3, toMonth: 9 });
    expect(viewFromSearch("?from=2023-11&to=2025", defaults, bounds)).toEqual({ from: 2023, to: 2025, fromMonth: 11, toMonth: 12 });
    expect(viewFromSearch("?from=2023&to=2024-02", defaults, bounds)).toEqual({ from: 2023, to: 2024, fromMonth: 1, toMonth: 2 });
  });
  it("keeps year links as they were", () => {
    expect(viewFromSearch("?from=2024&to=2024", defaults, bounds)).toEqual({ from: 2024, to: 2024 });
    expect(searchFromView({ from: 2024, to: 2025 }, "")).toBe("?from=2024&to=2025");
  });
  it.each(["?from=2024-13", "?from=2024-00", "?from=2024-3", "?from=2024-09&to=2024-03", "?to=1900-01"])("ignores %s", (search) => {
    const view = viewFromSearch(search, defaults, bounds);
    expect(view).toEqual(defaults);
  });
  it("writes months when the view has them, and reads them back", () => {
    const view = { from: 2023, to: 2024, fromMonth: 6, toMonth: 1 };
    const search = searchFromView(view, "?focus=niger");
    expect(search).toBe("?focus=niger&from=2023-06&to=2024-01");
    expect(viewFromSearch(search, defaults, bounds)).toEqual(view);
  });
});

describe("view URL: as of and compare", () => {
  it("reads an as-of day and two days to compare (in either order)", () => {
    expect(viewFromSearch("?at=2024-03-01", defaults, bounds)).toEqual({ ...defaults, at: "2024-03-01" });
    expect(viewFromSearch("?compare=2024-06-01,2023-06-01", defaults, bounds)).toEqual({ ...defaults, compare: ["2023-06-01", "2024-06-01"] });
  });
  it("prefers compare when both are given", () => {
    expect(viewFromSearch("?at=2024-03-01&compare=2023-06-01,2024-06-01", defaults, bounds).at).toBeUndefined();
  });
  it.each([
    "?at=2024-02-30",
    "?at=2024-03",
    "?at=1900-01-01",
    "?at=yesterday",
    "?compare=2023-06-01",
    "?compare=2023-06-01,2023-06-01",
    "?compare=2023-06-01,2024-13-01",
    "?compare=2023-06-01,2024-06-01,2025-01-01",
    "?compare=,",
  ])("ignores %s", (search) => {
    expect(viewFromSearch(search, defaults, bounds)).toEqual(defaults);
  });
  it("writes the mode's parameter and drops the other one", () => {
    expect(searchFromView({ ...defaults, at: "2024-03-01" }, "?compare=2023-06-01,2024-06-01")).toBe("?from=2023&to=2025&at=2024-03-01");
    expect(searchFromView({ ...defaults, compare: ["2023-06-01", "2024-06-01"] }, "?at=2024-03-01")).toBe("?from=2023&to=2025&compare=2023-06-01,2024-06-01");
    expect(searchFromView(defaults, "?at=2024-03-01&x=1")).toBe("?x=1&from=2023&to=2025");
  });
});
