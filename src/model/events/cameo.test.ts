import { describe, expect, it } from "vitest";
import cameo from "../../../graph-data/cameo.json";
import {
  CAMEO_ROOTS,
  cameoRelationTypes,
  classOfRoot,
  codeOfLabel,
  describeCode,
  goldsteinOfCode,
  rootOfCode,
  UNKNOWN_LABELS,
} from "./cameo";
import { ICEWS_PRESET } from "./columns";
import { parseEventTable } from "./parse";
import { relationTypeSchema } from "../dataset/schema";
import { icewsRows } from "../../../tests/fixtures/eventFixtures";

describe("CAMEO mapping table", () => {
  it("has the 20 roots in order, each with the class the one rule gives", () => {
    expect(CAMEO_ROOTS.map((r) => r.code)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, "0")));
    const expected = (n: number) => (n <= 5 ? "verbal-cooperation" : n <= 9 ? "material-cooperation" : n <= 14 ? "verbal-conflict" : "material-conflict");
    for (const root of CAMEO_ROOTS) {
      expect(root.class).toBe(expected(Number(root.code)));
      expect(classOfRoot(Number(root.code))).toBe(root.class);
      expect(root.quadClass).toBe(["verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"].indexOf(root.class) + 1);
    }
    expect(classOfRoot(0)).toBeUndefined();
    expect(classOfRoot(21)).toBeUndefined();
  });

  it("gives 20 distinct relation types that the dataset schema accepts", () => {
    const types = cameoRelationTypes();
    expect(new Set(types.map((t) => t.id)).size).toBe(20);
    for (const t of types) expect(relationTypeSchema.safeParse(t).success, t.id).toBe(true);
    expect(types[0]).toMatchObject({ id: "cameo-01-make-public-statement", kind: "event", class: "verbal-cooperation", cameo: "01" });
    expect(types[18]).toMatchObject({ id: "cameo-19-fight", class: "material-conflict", cameo: "19" });
  });

  it("resolves every one of the 207 event labels of the ICEWS sample, or lists it as unknown", { timeout: 30_000 }, () => {
    const labels = new Set(icewsRows().map((r) => r.label));
    expect(labels.size).toBe(207);
    const unresolved = [...labels].filter((l) => codeOfLabel(l) === undefined && !UNKNOWN_LABELS.has(l));
    expect(unresolved).toEqual([]);
    for (const l of labels) {
      const code = codeOfLabel(l);
      if (code) expect(rootOfCode(code), l).toBeGreaterThan(0);
    }
  });

  it("maps labels to the codes CAMEO gives them", () => {
    expect(codeOfLabel("Make statement")).toBe("010");
    expect(codeOfLabel("Sign formal agreement")).toBe("057");
    expect(codeOfLabel("Use conventional military force")).toBe("190");
    expect(codeOfLabel("Express intent to cooperate economically")).toBe("0311");
    expect(codeOfLabel("Arrest, detain, or charge with legal action")).toBe("173");
    expect(codeOfLabel("Demand meeting, negotiation")).toBe("106");
    expect(codeOfLabel("No such label")).toBeUndefined();
  });

  it("every label points at a listed code; Goldstein scores come from GDELT's lookup", () => {
    const codes = new Set(cameo.codes.map((c) => c.code));
    for (const { label, code } of cameo.labels) expect(codes.has(code), `${label} → ${code}`).toBe(true);
    expect(goldsteinOfCode("057")).toBe(8);
    expect(goldsteinOfCode("190")).toBe(-10);
    expect(goldsteinOfCode("0874")).toBe(10);
    expect(goldsteinOfCode("1213")).toBe(-4); // not listed: falls back to its base code 121
    expect(describeCode("0311")).toBe("Express intent to cooperate economically");
    expect(describeCode("190")).toBe("Use conventional military force");
    expect(rootOfCode("0311")).toBe(3);
    expect(rootOfCode("21")).toBeUndefined();
    expect(rootOfCode("abc")).toBeUndefined();
  });

  it("reports unknown labels with their counts and rows left out, never silently", () => {
    const text = ["A\tMake statement\tB\t2010-01-01", "A\tDance wildly\tB\t2010-01-02", "B\tDance wildly\tA\t2010-01-03", "A\tHug\tB\t2010-01-04"].join("\n");
    const { events, report } = parseEventTable(text, ICEWS_PRESET);
    expect(events).toHaveLength(1);
    expect(report.rows).toBe(4);
    expect(report.events).toBe(1);
    expect([...report.unknownLabels]).toEqual([
      ["Dance wildly", 2],
      ["Hug", 1],
    ]);
  });
});
