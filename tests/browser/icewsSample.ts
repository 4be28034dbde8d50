import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The ICEWS sample the event tests import (BSD-3, licence beside it in tests/fixtures/icews05-15). */
export const ICEWS_SAMPLE = resolve(import.meta.dirname, "../fixtures/icews05-15/icews_2005-2015_test.tsv");
const CAMEO = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../graph-data/cameo.json"), "utf8")) as { labels: { label: string; code: string }[] };
const codeOf = new Map(CAMEO.labels.map((l) => [l.label, l.code]));

/** Class names as the table shows them, from the CAMEO root (QuadClass grouping), straight from cameo.json. */
export function classOf(label: string): string | undefined {
  const code = codeOf.get(label);
  if (!code) return undefined;
  const root = Number(code.slice(0, 2));
  return root <= 5 ? "Verbal cooperation" : root <= 9 ? "Material cooperation" : root <= 14 ? "Verbal conflict" : "Material conflict";
}

/** Every row of the file as the tests count it themselves (brute force), actors as written. */
export const sampleEvents = readFileSync(ICEWS_SAMPLE, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => l.split("\t"))
  .map(([subject, label, object, date]) => ({ subject, object, date, cls: classOf(label) }));
