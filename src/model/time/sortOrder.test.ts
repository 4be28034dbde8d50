import { describe, expect, it } from "vitest";
import { orderBy } from "./sortOrder";

/** The order a stable comparator sort gives (Array.prototype.sort is stable). */
const reference = (members: number[], key: Float64Array) => Uint32Array.from([...members].sort((a, b) => (key[a] === key[b] ? 0 : key[a] - key[b])));

function random(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe("orderBy", () => {
  it("orders by key with ties in the given order, open ends (Infinity) last and days before 1970 first", () => {
    const next = random(7);
    const key = Float64Array.from({ length: 5000 }, () => {
      const r = next();
      return r < 0.05 ? Infinity : r < 0.07 ? -Infinity : Math.floor(next() * 400) - 200;
    });
    const members = Array.from({ length: 5000 }, (_, i) => i).sort(() => next() - 0.5);
    const order = orderBy(members, key);
    expect(order).toEqual(reference(members, key));
    expect(key[order[0]]).toBe(-Infinity);
    expect(key[order.at(-1)!]).toBe(Infinity);
  });

  it("keeps the order for keys it cannot pack: parts of days, and numbers beyond its bound", () => {
    const key = Float64Array.from([3.5, 1, 2 ** 40, 1, -(2 ** 40), 0.25]);
    const members = [5, 4, 3, 2, 1, 0];
    expect(orderBy(members, key)).toEqual(reference(members, key));
    expect([...orderBy(members, key)]).toEqual([4, 5, 3, 1, 0, 2]);
  });

  it("orders members that are a subset of the keys, and nothing", () => {
    const key = Float64Array.from([9, 8, 7, 6, 5]);
    expect([...orderBy([0, 2, 4], key)]).toEqual([4, 2, 0]);
    expect(orderBy([], key)).toEqual(new Uint32Array(0));
  });
});
