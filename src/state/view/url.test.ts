import { describe, expect, it } from "vitest";
import { PARAM_NAMES, readUrl, writeUrl } from "./url";

describe("the URL schema", () => {
  it("reads every parameter it knows, typed", () => {
    expect(
      readUrl("?dataset=sahel&from=2024-03&to=2025&at=2024-06-01&compare=2023-01-01,2025-06-01&focus=niger&hops=2&relation=r-1&types=a,b,a&entities=&layout=map&fold=0&width=goldstein&min=5&top=all"),
    ).toEqual({
      dataset: "sahel",
      from: "2024-03",
      to: "2025",
      at: "2024-06-01",
      compare: ["2023-01-01", "2025-06-01"],
      focus: "niger",
      hops: 2,
      relation: "r-1",
      types: ["a", "b"],
      entities: [],
      layout: "map",
      fold: false,
      width: "goldstein",
      min: 5,
      top: "all",
    });
  });
  it.each(["from=24", "to=2024-1", "at=2024-6-1", "compare=2024-01-01", "compare=2024-01-01,x", "hops=3", "layout=globe", "fold=yes", "width=sum", "min=0", "min=01", "min=-5", "compare=2024-01-01,2024-02-01,2024-03-01", "hops=1.0", "top=1e3", "focus=", "dataset="])(
    "drops %s",
    (query) => {
      expect(readUrl(`?${query}`)).toEqual({});
    },
  );
  it("writes only what it owns, in the schema's order, after others' parameters", () => {
    expect(writeUrl({ layout: "map", from: "2023", to: "2025" }, ["from", "to", "layout", "focus"], "?focus=niger&debug=1&min=3")).toBe("?debug=1&from=2023&to=2025&layout=map&min=3");
    expect(writeUrl({ types: ["a", "b"], compare: ["2023-01-01", "2024-01-01"], fold: true }, ["types", "compare", "fold"], "")).toBe(
      "?compare=2023-01-01,2024-01-01&types=a,b&fold=1",
    );
    expect(writeUrl({}, PARAM_NAMES, "?from=2020&x=1")).toBe("?x=1");
  });
  it("reads back what it writes", () => {
    const values = { dataset: "d", from: "2020-01", to: "2021-12", focus: "e", hops: 1 as const, types: [], top: 40 };
    expect(readUrl(writeUrl(values, PARAM_NAMES, ""))).toEqual(values);
  });
});
