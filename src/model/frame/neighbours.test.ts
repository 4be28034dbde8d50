import { describe, expect, it } from "vitest";
import { neighboursAround } from "./neighbours";
import { modelWith } from "../../../tests/fixtures/fixtures";

const { graph } = modelWith([
  { id: "ab", type: "signed-mou", source: "a", target: "b", date: "2024-01-01" },
  { id: "ba", type: "signed-mou", source: "b", target: "a", date: "2024-02-01" },
  { id: "ca", type: "signed-mou", source: "c", target: "a", date: "2024-03-01" },
  { id: "bc", type: "signed-mou", source: "b", target: "c", date: "2024-04-01" },
]);
const all = new Set(["ab", "ba", "ca", "bc"]);

describe("neighbours visited by the arrow keys", () => {
  it("are the entities joined by a relation in view, each with those relations, either direction", () => {
    const at = () => ({ x: 0, y: 0 });
    expect(neighboursAround(graph, "a", all, at)).toEqual([
      { id: "b", relations: ["ab", "ba"] },
      { id: "c", relations: ["ca"] },
    ]);
    expect(neighboursAround(graph, "a", new Set(["ba", "bc"]), at)).toEqual([{ id: "b", relations: ["ba"] }]);
    expect(neighboursAround(graph, "a", new Set(), at)).toEqual([]);
  });
  it("go clockwise from twelve o'clock around the entity as drawn", () => {
    const left = { a: { x: 0, y: 0 }, b: { x: -1, y: 0 }, c: { x: 1, y: 0.1 } } as Record<string, { x: number; y: number }>;
    expect(neighboursAround(graph, "a", all, (id) => left[id]).map((n) => n.id)).toEqual(["c", "b"]);
    const above = { a: { x: 0, y: 0 }, b: { x: 0.1, y: 1 }, c: { x: 0, y: -1 } } as Record<string, { x: number; y: number }>;
    expect(neighboursAround(graph, "a", all, (id) => above[id]).map((n) => n.id)).toEqual(["b", "c"]);
  });
  it("work on any graph given how to name entities and order relations", () => {
    const at = () => ({ x: 0, y: 0 });
    const names: Record<string, string> = { a: "Zulu", b: "Yankee", c: "Alpha" };
    // Both neighbours at the same angle: the names break the tie; the order puts "ba" before "ab".
    const steps = neighboursAround(graph, "a", all, at, (id) => names[id], (r) => (r === "ba" ? 0 : 1));
    expect(steps).toEqual([
      { id: "c", relations: ["ca"] },
      { id: "b", relations: ["ba", "ab"] },
    ]);
  });
});
