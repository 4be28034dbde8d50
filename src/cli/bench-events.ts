import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildModel } from "../model/dataset/graph";
import { EventAggregator, EventWindow } from "../model/events/aggregate";
import { bundleTexts, eventBundle, importEventTable } from "../model/events/bundle";
import { ICEWS_PRESET } from "../model/events/columns";
import { visibleAggregates } from "../model/events/filters";
import { validateDataset } from "../model/dataset/validate";
import { SHARED_TYPES_FILE } from "./datasets";

/**
 * `npm run bench:events [-- <icews.tsv>]`: event-table figures on the real ICEWS sample, one JSON line each,
 * `{"name", "value", "unit"}`. Run with --expose-gc (the npm script does) so memory is measured from a clean heap.
 */
const FULL = resolve(process.env.INIT_CWD ?? process.cwd(), "../shared/data/icews05-15/icews_2005-2015_test.tsv");
// Without the full sample beside the repository, the quarter of it kept in the test fixtures (figures differ).
const QUARTER = resolve(import.meta.dirname, "../../tests/fixtures/icews05-15/icews_2005-2015_test.tsv");
const file = process.argv[2] ? resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2]) : existsSync(FULL) ? FULL : QUARTER;
if (!existsSync(file)) {
  console.error(`ICEWS sample not found at ${file}: give its path`);
  process.exit(1);
}
if (file === QUARTER) console.error(`bench:events: ../shared/data not found; measuring the quarter sample in ${QUARTER}`);
const text = readFileSync(file, "utf8");
const print = (name: string, value: number, unit: "ms" | "MB") => console.log(JSON.stringify({ name, value: Math.round(value * 100) / 100, unit }));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gc = (globalThis as { gc?: () => void }).gc;

/** Parse, map CAMEO labels, build the day-sorted table and the actor entities, and ready the aggregator. */
function importModel(onProgress?: () => void) {
  const imp = importEventTable(text, ICEWS_PRESET, { onProgress, progressEvery: 2000 });
  const aggregator = new EventAggregator(imp.table, imp.actors.folded, imp.actors.entities.length);
  return { imp, aggregator };
}

// Peak memory: sampled every 2,000 rows and after each stage, above a heap collected just before.
gc?.();
const base = process.memoryUsage();
let peakHeap = 0;
let peakRss = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakHeap = Math.max(peakHeap, m.heapUsed + m.arrayBuffers - base.heapUsed - base.arrayBuffers);
  peakRss = Math.max(peakRss, m.rss - base.rss);
};
const first = importModel(sample);
sample();
const { imp } = first;

// Wall time, and CPU time (user + system), which a busy shared machine distorts less.
const importTimes: number[] = [];
const importCpu: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  importModel();
  const c = process.cpuUsage(c0);
  importTimes.push(performance.now() - t0);
  importCpu.push((c.user + c.system) / 1000);
}
print("icews-import", median(importTimes), "ms");
print("icews-import-cpu", median(importCpu), "ms");
print("icews-import-peak-memory", peakHeap / 2 ** 20, "MB");
print("icews-import-peak-rss", peakRss / 2 ** 20, "MB");

// A one-year window stepped a month at a time across 2005–2015, aggregated and filtered as the view would.
function steps(step: "month" | "year"): number[] {
  const window = new EventWindow(new EventAggregator(imp.table, imp.actors.folded, imp.actors.entities.length));
  const times: number[] = [];
  for (let y = 2005; y <= 2014; y++) {
    for (let m = 0; m < (step === "month" ? 12 : 1); m++) {
      const from = Date.UTC(y, m, 1) / 86_400_000;
      const to = Date.UTC(y + 1, m, 1) / 86_400_000 - 1;
      const t0 = performance.now();
      window.moveTo(from, to);
      visibleAggregates(window.aggregator, { minCount: 2, topN: 100 });
      times.push(performance.now() - t0);
    }
  }
  return times.slice(1);
}
steps("month");
const monthly = steps("month");
print("icews-window-step", median(monthly), "ms");
print("icews-window-step-max", Math.max(...monthly), "ms");
print("icews-window-step-year", median(steps("year")), "ms");

// The full-validation path: every event as a cited relation in a bundle, validated and built as a graph.
const t0 = performance.now();
const bundle = eventBundle(imp, { id: "icews-05-15", title: "ICEWS 2005–2015", source: { id: "icews-05-15", title: "ICEWS05-15", publisher: "ICEWS" } });
const result = validateDataset(bundleTexts(bundle), { sharedRelationTypes: readFileSync(SHARED_TYPES_FILE, "utf8") });
if (!result.ok) throw new Error(`bundle does not validate: ${result.problems[0].message}`);
buildModel(result.dataset);
print("icews-bundle-validate-build", performance.now() - t0, "ms");

