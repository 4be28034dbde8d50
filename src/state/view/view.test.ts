import { describe, expect, it } from "vitest";
import { filtersOf, searchFromView, viewFromSearch, type ViewDomain, type ViewState } from "./view";

const defaults = { from: 2023, to: 2025, layout: "force" as const };
const bounds = { min: 1975, max: 2025 };
const domain: ViewDomain = {
  isEntity: (id) => ["niger", "aes", "bola-tinubu"].includes(id),
  isRelation: (id) => id === "nigeria-niger-mou-2024",
  isRelationType: (id) => ["signed-mou", "member-of", "fights"].includes(id),
  isDataset: (id) => id === "sahel",
};
const read = (search: string) => viewFromSearch(search, defaults, bounds, domain);

describe("view URL", () => {
  it("reads from and to", () => {
    expect(viewFromSearch("?from=1994&to=2001", defaults, bounds)).toEqual({ from: 1994, to: 2001, layout: "force" });
  });
  it.each(["?from=abc&to=2024", "?from=2024.5", "?from=1900", "?to=2099", "?from=2025&to=2024", "?from=&to=", "?from=02024"])(
    "falls back to the default for %s",
    (search) => {
      const view = viewFromSearch(search, defaults, bounds);
      expect(view.from <= view.to).toBe(true);
      expect(view).toEqual(search === "?from=abc&to=2024" ? { ...defaults, to: 2024 } : defaults);
    },
  );
  it("reads every parameter of a full view", () => {
    expect(read("?dataset=sahel&from=2024&to=2025&focus=niger&hops=2&relation=nigeria-niger-mou-2024&types=signed-mou,fights&entities=country,person&layout=map")).toEqual({
      dataset: "sahel",
      from: 2024,
      to: 2025,
      focus: "niger",
      hops: 2,
      relation: "nigeria-niger-mou-2024",
      types: ["signed-mou", "fights"],
      entityTypes: ["country", "person"],
      layout: "map",
    });
  });
  it.each([
    "?focus=atlantis",
    "?focus=",
    "?relation=nope",
    "?types=banana,apple",
    "?entities=planet",
    "?hops=3&focus=niger",
    "?layout=globe",
    "?dataset=../etc",
    "?focus=NIGER",
  ])("ignores the invalid %s", (search) => {
    const view = read(search);
    expect(view).toEqual(search.includes("focus=niger") ? { ...defaults, focus: "niger" } : defaults);
  });
  it("drops unknown ids from a list and keeps the known ones", () => {
    expect(read("?types=signed-mou,banana,signed-mou").types).toEqual(["signed-mou"]);
    expect(read("?entities=person,planet").entityTypes).toEqual(["person"]);
  });
  it("reads an empty list as 'show none'", () => {
    expect(read("?types=").types).toEqual([]);
  });
  it("ignores hops without a focus", () => {
    expect(read("?hops=1")).toEqual(defaults);
  });
  it("round-trips every view and keeps parameters it does not own", () => {
    const views: ViewState[] = [
      { from: 2000, to: 2010, layout: "force" },
      { from: 2023, to: 2025, focus: "aes", hops: 1, types: [], layout: "force" },
      { from: 1975, to: 2025, relation: "nigeria-niger-mou-2024", types: ["member-of", "fights"], entityTypes: ["alliance"], dataset: "sahel", layout: "map" },
    ];
    for (const view of views) {
      const search = searchFromView(view, "?debug=1&from=1&focus=niger");
      expect(new URLSearchParams(search).get("debug")).toBe("1");
      expect(read(search)).toEqual(view);
    }
    expect(searchFromView({ from: 2000, to: 2010, layout: "force" }, "?debug=1&focus=niger&from=1")).toBe("?debug=1&from=2000&to=2010&layout=force");
    expect(searchFromView({ from: 2000, to: 2010, types: ["a", "b"], layout: "map" }, "")).toBe("?from=2000&to=2010&types=a,b&layout=map");
  });
  it("writes hops only with a focus", () => {
    expect(searchFromView({ from: 2000, to: 2010, hops: 2, layout: "force" }, "")).toBe("?from=2000&to=2010&layout=force");
  });
});

describe("filters of a view", () => {
  it("are none by default", () => {
    expect(filtersOf(defaults)).toEqual([]);
  });
  it("apply types, then the ego view around the focus", () => {
    expect(filtersOf({ ...defaults, focus: "niger", hops: 1, types: ["fights"], entityTypes: ["country"] })).toEqual([
      { kind: "relation-types", shown: ["fights"] },
      { kind: "entity-types", shown: ["country"] },
      { kind: "ego", entity: "niger", hops: 1 },
    ]);
    expect(filtersOf({ ...defaults, hops: 2 })).toEqual([]);
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
});

describe("view URL: months", () => {
  it("reads YYYY-MM bounds, and a plain year beside a month covers that whole year", () => {
    expect(viewFromSearch("?from=2024-03&to=2024-09", defaults, bounds)).toEqual({ from: 2024, to: 2024, fromMonth: 3, toMonth: 9, layout: "force" });
    expect(viewFromSearch("?from=2023-11&to=2025", defaults, bounds)).toEqual({ from: 2023, to: 2025, fromMonth: 11, toMonth: 12, layout: "force" });
    expect(viewFromSearch("?from=2023&to=2024-02", defaults, bounds)).toEqual({ from: 2023, to: 2024, fromMonth: 1, toMonth: 2, layout: "force" });
  });
  it("keeps year links as they were", () => {
    expect(viewFromSearch("?from=2024&to=2024", defaults, bounds)).toEqual({ from: 2024, to: 2024, layout: "force" });
    expect(searchFromView({ from: 2024, to: 2025, layout: "force" }, "")).toBe("?from=2024&to=2025&layout=force");
  });
  it.each(["?from=2024-13", "?from=2024-00", "?from=2024-3", "?from=2024-09&to=2024-03", "?to=1900-01"])("ignores %s", (search) => {
    const view = viewFromSearch(search, defaults, bounds);
    expect(view).toEqual(defaults);
  });
  it("writes months when the view has them, and reads them back", () => {
    const view: ViewState = { from: 2023, to: 2024, fromMonth: 6, toMonth: 1, layout: "force" };
    const search = searchFromView(view, "?debug=1");
    expect(search).toBe("?debug=1&from=2023-06&to=2024-01&layout=force");
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
    expect(searchFromView({ ...defaults, at: "2024-03-01" }, "?compare=2023-06-01,2024-06-01")).toBe("?from=2023&to=2025&at=2024-03-01&layout=force");
    expect(searchFromView({ ...defaults, compare: ["2023-06-01", "2024-06-01"] }, "?at=2024-03-01")).toBe("?from=2023&to=2025&compare=2023-06-01,2024-06-01&layout=force");
    expect(searchFromView(defaults, "?at=2024-03-01&x=1")).toBe("?x=1&from=2023&to=2025&layout=force");
  });
});
