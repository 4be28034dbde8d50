import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { dayNumber } from "../time/dates";
import { fastRelationOk } from "./fastCheck";
import { generateDataset, random } from "./generate";
import { mutate } from "../../../tests/fixtures/relationMutations";
import { relationSchema } from "./schema";
import { SHARED_TYPES } from "../../../tests/fixtures/fixtures";

const sahel = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../../graph-data/sahel/relations.json"), "utf8")) as object[];
const generated = generateDataset(JSON.parse(SHARED_TYPES), { relations: 300, seed: 3 }).relations as object[];

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
