import { describe, expect, it } from "vitest";
import { LabelPlacer, overlaps, placeLabels, type LabelCandidate } from "./labelPlacement";

const label = (id: string, x: number, y: number, priority = 0, width = 50, height = 14): LabelCandidate => ({ id, x, y, width, height, priority });

describe("label placement", () => {
  it("tells overlapping boxes from touching and distant ones", () => {
    expect(overlaps(label("a", 0, 0), label("b", 49, 13))).toBe(true);
    expect(overlaps(label("a", 0, 0), label("b", 50, 0))).toBe(false);
    expect(overlaps(label("a", 0, 0), label("b", 0, 14))).toBe(false);
    expect(overlaps(label("a", 0, 0), label("b", 10, 200))).toBe(false);
  });

  it("drops a label that overlaps a more important one, keeps those clear of it", () => {
    const placed = placeLabels([label("tchiani", 10, 10, 1), label("africa-corps", 30, 15, 5), label("ecowas", 200, 10, 0)]);
    expect(placed.map((l) => l.id)).toEqual(["africa-corps", "ecowas"]);
  });

  it("places the selected label first even when it comes last", () => {
    const placed = placeLabels([label("big", 0, 0, 10), label("selected", 5, 5, 100)]);
    expect(placed.map((l) => l.id)).toEqual(["selected"]);
  });

  it("is stable: equal priorities go by id, whatever the input order", () => {
    const a = placeLabels([label("b", 0, 0), label("a", 10, 0)]);
    const b = placeLabels([label("a", 10, 0), label("b", 0, 0)]);
    expect(a).toEqual(b);
    expect(a.map((l) => l.id)).toEqual(["a"]);
  });

  it("never leaves two placed labels overlapping, across grid cells and at any size", () => {
    let seed = 7;
    const random = () => ((seed = Math.imul(seed, 48271) % 2147483647) & 0xffff) / 0xffff;
    const candidates = Array.from({ length: 800 }, (_, i) => label(`n${i}`, random() * 1500, random() * 900, random(), 20 + random() * 180, 14));
    const placed = placeLabels(candidates);
    expect(placed.length).toBeGreaterThan(50);
    expect(placed.length).toBeLessThan(800);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i], placed[j])).toBe(false);
  });

  it("starts afresh when cleared (a new render)", () => {
    const placer = new LabelPlacer();
    expect(placer.place(label("a", 0, 0))).toBe(true);
    expect(placer.place(label("b", 0, 0))).toBe(false);
    placer.clear();
    expect(placer.place(label("b", 0, 0))).toBe(true);
    expect(placer.placed.map((l) => l.id)).toEqual(["b"]);
  });
});
