import { describe, expect, it } from "vitest";
import { describeDate, describeWhen, isApproximate, relationSentence, relationsOf } from "./describe";
import { safeHref } from "./safeHref";
import { sahelModel } from "../../../tests/fixtures/sahel";

const sahel = sahelModel();
const relation = (id: string) => sahel.graph.getEdgeAttribute(id, "relation");

describe("describing relations", () => {
  it("says who did what to whom", () => {
    expect(relationSentence(sahel, relation("nigeria-niger-mou-2024"))).toBe("Nigeria signed security cooperation MOU with Niger");
  });
  it("spells out dates with their precision", () => {
    expect(describeDate("2024-08-28")).toBe("28 August 2024");
    expect(describeDate("2025-05~")).toBe("about May 2025 (day not known)");
    expect(describeDate("1998")).toBe("1998 (month and day not known)");
    expect(describeDate("not a date")).toBe("not a date");
  });
  it("describes states as spans", () => {
    expect(describeWhen({ ...relation("nigeria-member-of-ecowas") })).toBe("since 28 May 1975, still holds");
    expect(describeWhen({ ...relation("nigeria-member-of-ecowas"), end: "2024-01" })).toBe("from 28 May 1975 to January 2024 (day not known)");
  });
  it("flags approximate dates", () => {
    expect(isApproximate(relation("niger-quit-mnjtf-2025"))).toBe(true);
    expect(isApproximate(relation("nigeria-niger-mou-2024"))).toBe(false);
  });
  it("links only http(s) URLs", () => {
    expect(safeHref("https://mnjtffmm.org/about")).toBe("https://mnjtffmm.org/about");
    expect(safeHref("http://example.org/a?b=1")).toBe("http://example.org/a?b=1");
    for (const bad of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>x</b>", "/relative", "ftp://x.org/", "", undefined]) {
      expect(safeHref(bad), String(bad)).toBeUndefined();
    }
  });
  it("lists an entity's relations in date order", () => {
    const list = relationsOf(sahel, "mali");
    expect(list.length).toBeGreaterThan(1);
    expect(list.every((r) => r.source === "mali" || r.target === "mali")).toBe(true);
    const firsts = list.map((r) => sahel.graph.getEdgeAttribute(r.id, "first"));
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(relationsOf(sahel, "nobody")).toEqual([]);
  });
});
