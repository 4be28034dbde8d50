import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { GDELT2_COLUMNS } from "../../src/model/events/columns";

/** A quarter of the real ICEWS sample, in the repository's fixtures (see its README). */
export const ICEWS_PATH = resolve(import.meta.dirname, "../fixtures/icews05-15/icews_2005-2015_test.tsv");

export function icewsText(): string {
  if (!existsSync(ICEWS_PATH)) throw new Error(`ICEWS sample not found at ${ICEWS_PATH}`);
  return readFileSync(ICEWS_PATH, "utf8");
}

/** The sample's rows split naively (no code under test involved), for brute-force references. */
export function icewsRows(): { subject: string; label: string; object: string; date: string }[] {
  return icewsText()
    .split("\n")
    .filter((l) => l.length > 0)
    .map((l) => {
      const [subject, label, object, date] = l.split("\t");
      return { subject, label, object, date };
    });
}

/** One GDELT 2.0 export line (61 tab-separated columns) with the given fields set. */
export function gdeltLine(fields: Partial<Record<(typeof GDELT2_COLUMNS)[number], string>>): string {
  return GDELT2_COLUMNS.map((name) => fields[name] ?? "").join("\t");
}

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
