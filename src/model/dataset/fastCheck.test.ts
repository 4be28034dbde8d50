import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { dayNumber } from "../time/dates";
import { fastRelationOk } from "./fastCheck";
import { generateDataset, random } from "./generate";
import { relationSchema } from "./schema";
import { SHARED_TYPES } from "../../../tests/fixtures/fixtures";

const sahel = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../graph-data/sahel/relations.json"), "utf8")) as object[];
const generated = generateDataset(JSON.parse(SHARED_TYPES), { relations: 300, seed: 3 }).relations as object[];

/** Ways to break (or keep) a record, applied at random and in combination. */
const BAD_VALUES: unknown[] = [undefined, null, 0, 1.5, "", " ", "Niger", "a_b", "a--b", "-a", "2024-02-30", "2024-13", "24-01-01", "2024-1-01", "2024~~", [], {}, [{}], true,
  // Over the limits: an id over 200 characters, a name over 500, prose over 10,000, a NUL.
  "a".repeat(201), "A".repeat(501), "A".repeat(10_001), "a\u0000b"];
const FIELDS = ["id", "type", "source", "target", "date", "start", "end", "label", "citations", "note", "extra", "__proto__"];

function mutate(record: object, rnd: () => number): unknown {
  const copy = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
  const times = 1 + Math.floor(rnd() * 2);
  for (let i = 0; i < times; i++) {
    const field = FIELDS[Math.floor(rnd() * FIELDS.length)];
    const choice = rnd();
    if (choice < 0.2) delete copy[field];
    else if (choice < 0.35 && Array.isArray(copy.citations) && copy.citations.length > 0) {
      const c = copy.citations[0] as Record<string, unknown>;
      const key = ["source", "quote", "page"][Math.floor(rnd() * 3)];
      c[key] = BAD_VALUES[Math.floor(rnd() * BAD_VALUES.length)];
    } else copy[field] = BAD_VALUES[Math.floor(rnd() * BAD_VALUES.length)];
  }
  // Through JSON, as records arrive (undefined values vanish, "__proto__" becomes an own key).
  return rnd() < 0.5 ? JSON.parse(JSON.stringify(copy).replace('"extra"', '"__proto__"')) : copy;
}

describe("fastRelationOk", () => {
  it("accepts the shipped and generated relations, which the schema accepts", () => {
    for (const r of [...sahel, ...generated]) {
      expect(relationSchema.safeParse(r).success).toBe(true);
      expect(fastRelationOk(r)).toBe(true);
    }
  });

  it("never accepts a record the schema rejects (5000 broken records)", () => {
    const rnd = random(42);
    let rejected = 0;
    for (let i = 0; i < 5000; i++) {
      const record = mutate([...sahel, ...generated][Math.floor(rnd() * (sahel.length + generated.length))], rnd);
      const zodOk = relationSchema.safeParse(record).success;
      if (fastRelationOk(record)) expect({ record, zodOk }).toEqual({ record, zodOk: true });
      if (!zodOk) rejected++;
    }
    expect(rejected).toBeGreaterThan(2000);
  });

  it("rejects non-objects and records with a prototype other than Object's", () => {
    for (const v of [null, [], "r", 1, Object.create({ id: "x" })]) expect(fastRelationOk(v)).toBe(false);
  });
});

describe("dayNumber", () => {
  it("agrees with Date, including months and days that roll over", () => {
    const viaDate = (y: number, m: number, d: number) => {
      const x = new Date(0);
      x.setUTCFullYear(y, m - 1, d);
      return Math.round(x.getTime() / 86_400_000);
    };
    for (let y = 1600; y <= 2400; y += 7) {
      for (const m of [-13, -1, 0, 1, 2, 3, 12, 13, 25]) for (const d of [-31, 0, 1, 28, 29, 30, 31, 60]) expect(dayNumber(y, m, d)).toBe(viaDate(y, m, d));
    }
  });
});
