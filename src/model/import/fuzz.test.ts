import { describe, expect, it } from "vitest";
import { buildModel } from "../dataset/graph";
import { importFiles, type ImportResult } from "./";
import { parseBundle } from "./bundle";
import { parseCsv } from "./csv";
import { parseGexf } from "./gexf";
import { SHARED_TYPES } from "../../../tests/fixtures/fixtures";
import { fixture } from "../../../tests/fixtures/importFixtures";

/** mulberry32: a small seeded PRNG, so every run feeds the same inputs and a failure can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)];
  return { next, int, pick };
}
type Rng = ReturnType<typeof prng>;

const HOSTILE = [
  "<img src=x onerror=window.__pwned=1>",
  "javascript:window.__pwned=1",
  "<script>alert(1)</script>",
  '"><svg onload=alert(1)>',
  "__proto__",
  "constructor",
  "\u0000\u0001\u202e\ufeff",
  "𝕏😀\ud800",
  "%00%ff",
  "&lol9;",
  "<!ENTITY x 'y'>",
  "]]><![CDATA[",
  '","",,,"\n',
  "-".repeat(300),
];

function deep(rng: Rng, kind: "json" | "xml"): string {
  const n = 100 + rng.int(5000); // far past the XML nesting limit (64) and any real dataset
  return kind === "json" ? "[".repeat(n) + "]".repeat(rng.int(2) ? n : n / 2) : "<a>".repeat(n) + "</a>".repeat(rng.int(2) ? n : 3);
}

function randomValue(rng: Rng, depth = 0): unknown {
  switch (rng.int(depth > 2 ? 6 : 9)) {
    case 0: return null;
    case 1: return rng.int(2) === 0;
    case 2: return rng.pick([0, -1, 1e308, -0, 2024, 3.5, Number.MAX_SAFE_INTEGER]);
    case 3: return rng.pick(HOSTILE);
    case 4: return "x".repeat(rng.pick([0, 1, 100, 100_000]));
    case 5: return rng.pick(["2024", "2024-02-30", "2024-13", "9999-12-31~", "0000", "a-b", "A B"]);
    case 6: return Array.from({ length: rng.int(4) }, () => randomValue(rng, depth + 1));
    case 7: return Object.fromEntries(Array.from({ length: rng.int(4) }, () => [rng.pick(["id", "label", "type", "source", "__proto__", "start", "x"]), randomValue(rng, depth + 1)]));
    default: return [[[[1]]]];
  }
}

const DEEP = "\u0000deep\u0000";

/** Replaces one value somewhere in a parsed JSON bundle by a value of another shape. */
function mutateJson(rng: Rng, text: string): string {
  const root = JSON.parse(text) as Record<string, unknown>;
  let node: unknown = root;
  for (let i = 0; i < 1 + rng.int(4); i++) {
    if (typeof node !== "object" || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = rng.pick(keys);
    const child = (node as Record<string, unknown>)[key];
    if (typeof child !== "object" || child === null || rng.int(3) === 0) {
      (node as Record<string, unknown>)[key] = rng.int(8) === 0 ? DEEP : randomValue(rng);
      break;
    }
    node = child;
  }
  // Deeply nested values are spliced in as text: the test's own JSON.stringify would overflow on them.
  const n = 100 + rng.int(5000);
  return JSON.stringify(root).replace(JSON.stringify(DEEP), "[".repeat(n) + "]".repeat(n));
}

/** Byte-level and text-level damage: truncation, cut/duplicated ranges, inserted hostile or huge text, deep nesting. */
function mutateText(rng: Rng, text: string, kind: "json" | "xml" | "csv"): string {
  const at = rng.int(text.length + 1);
  switch (rng.int(9)) {
    case 0: return text.slice(0, at);
    case 1: return text.slice(0, at) + text.slice(at + rng.int(200));
    case 2: return text.slice(0, at) + text.slice(at, at + rng.int(500)).repeat(1 + rng.int(5)) + text.slice(at);
    case 3: return text.slice(0, at) + rng.pick(HOSTILE) + text.slice(at);
    case 4: return text.slice(0, at) + "A".repeat(rng.int(10) === 0 ? 1_000_000 : 100_000) + text.slice(at);
    case 5: return text.slice(0, at) + (kind === "csv" ? '"'.repeat(1 + rng.int(3)) + ",\n".repeat(rng.int(1000)) : deep(rng, kind === "json" ? "json" : "xml")) + text.slice(at);
    case 6: return text.replace(/[,<>"=:\n]/g, (c) => (rng.int(20) === 0 ? rng.pick([",", "<", ">", '"', "=", ":", "\n", ""]) : c));
    case 7: return Array.from({ length: rng.int(3000) }, () => String.fromCharCode(rng.int(0x3000))).join("");
    default: return text.split("\n").filter(() => rng.int(6) !== 0).join("\n");
  }
}

/** Flips or inserts bytes, often producing invalid UTF-8. */
function mutateBytes(rng: Rng, bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + 4);
  out.set(bytes);
  for (let i = 0; i < 1 + rng.int(8); i++) out[rng.int(out.length)] = rng.pick([0x80, 0xbf, 0xc0, 0xc1, 0xed, 0xf5, 0xff, 0xfe, rng.int(256)]);
  return out.subarray(0, rng.int(out.length + 1));
}

/** Every import must end in a dataset the app can build, or in problems that say where: never in an exception. */
function expectWellFormed(result: ImportResult, label: string) {
  if (result.ok) {
    expect(() => buildModel(result.dataset), label).not.toThrow();
    return;
  }
  expect(result.problems.length, label).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(typeof p.file === "string" && typeof p.message === "string", label).toBe(true);
    // importFiles' last-resort guard turns an exception into this message: it must never be needed.
    expect(p.message, label).not.toMatch(/^could not be read/);
  }
}

const SEEDS = {
  json: [fixture("bundle.json"), fixture("hostile.json"), fixture("bundle-invalid.json")],
  csv: [fixture("relations.csv"), fixture("relations-unknown-types.csv")],
  entities: fixture("entities.csv"),
  xml: [fixture("static.gexf"), fixture("dynamic.gexf"), fixture("dynamic-years-1.2.gexf")],
};

describe("import fuzzing", () => {
  it("turns thousands of mutated and random files into a dataset or located problems, never an exception", () => {
    const rng = prng(20231026);
    const encoder = new TextEncoder();
    const cpu = process.cpuUsage(); // CPU time, not wall time: the machine may be busy with other work
    let ok = 0;
    let failed = 0;
    const CASES = 3000;
    for (let i = 0; i < CASES; i++) {
      const kind = rng.pick(["json", "json", "csv", "xml"] as const);
      const seed = rng.pick(SEEDS[kind]);
      const text = kind === "json" && rng.int(2) === 0 ? mutateJson(rng, seed) : mutateText(rng, seed, kind);
      const label = `case ${i} (${kind})`;
      const direct =
        kind === "json"
          ? parseBundle(text, "f.json", SHARED_TYPES)
          : kind === "csv"
            ? parseCsv({ name: "r.csv", text }, rng.int(2) ? { name: "e.csv", text: rng.int(2) ? SEEDS.entities : mutateText(rng, SEEDS.entities, "csv") } : undefined, SHARED_TYPES)
            : parseGexf(text, "f.gexf", SHARED_TYPES);
      expectWellFormed(direct, label);
      if (direct.ok) ok++;
      else failed++;
      if (i % 5 === 0) {
        const bytes = mutateBytes(rng, encoder.encode(text));
        expectWellFormed(importFiles([{ name: `f.${kind === "xml" ? "gexf" : kind}`, bytes }], SHARED_TYPES), `${label} bytes`);
      }
    }
    // The mutations must exercise both outcomes, or the test proves little.
    expect(ok).toBeGreaterThan(CASES / 50);
    expect(failed).toBeGreaterThan(CASES / 2);
    const used = process.cpuUsage(cpu);
    expect((used.user + used.system) / 1e6).toBeLessThan(20);
  }, 180_000); // wall time depends on what else the machine runs; the budget above is CPU time
});
