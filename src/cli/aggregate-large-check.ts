import { createWriteStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import cameo from "../../graph-data/cameo.json";
import table from "../../graph-data/countries.json";
import { actorEntities } from "../model/events/actors";
import { bundleTexts } from "../model/events/bundle";
import { GDELT2_COLUMNS } from "../model/events/columns";
import { actorName } from "../model/events/parse";
import { validateDataset } from "../model/dataset/validate";
import { aggregateEvents } from "./eventAggregate";
import { SHARED_TYPES_FILE } from "./datasets";
import { readFileSync } from "node:fs";

/**
 * `npm run test:aggregate-large [-- --rows N --format icews|gdelt --min-count N]`: generates an event file of N rows
 * (default 2,000,000) in the temp folder, aggregates it per year with DuckDB (--min-count 5 by default), and checks every count
 * against a count kept while generating. Prints time and peak memory; exits non-zero on any mismatch.
 */
const { values } = parseArgs({
  options: { rows: { type: "string", default: "2000000" }, format: { type: "string", default: "icews" }, "min-count": { type: "string", default: "5" } },
});
const rows = Number(values.rows);
const minCount = Number(values["min-count"]);
const format = values.format === "gdelt" ? "gdelt" : "icews";
const file = join(tmpdir(), `entente-events-${rows}.${format === "gdelt" ? "export.CSV" : "tsv"}`);

// mulberry32: a small deterministic generator, so a failing run can be replayed.
let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];

const countries = table.countries.filter((c) => c.iso3) as { name: string; iso3: string }[];
const sectors = ["Citizen", "Police", "Military", "Government", "Head of Government", "Media"];
// Actors as each format writes them: ICEWS names ("Police (Nigeria)"), GDELT a name and a country code.
const actors = countries.flatMap((c) => [{ raw: c.name, cc: c.iso3 }, ...sectors.map((s) => (format === "icews" ? { raw: `${s} (${c.name})`, cc: "" } : { raw: s.toUpperCase(), cc: c.iso3 }))]);
const names = actors.map((a) => actorName(a.raw, format === "gdelt" ? a.cc : "", format === "gdelt"));
const entities = actorEntities([...new Set(names)]);
const nameIndex = new Map([...new Set(names)].map((n, i) => [n, i]));
const idOf = names.map((n) => entities.entities[entities.detailed[nameIndex.get(n)!]].id);

const expected = new Map<string, number>();
const started = performance.now();
const out = createWriteStream(file);
let buffer: string[] = [];
for (let i = 0; i < rows; i++) {
  // Skewed like real event data: a few actors take most events.
  const s = Math.floor(random() ** 3 * actors.length);
  let o = Math.floor(random() ** 3 * actors.length);
  if (o === s) o = (o + 1) % actors.length;
  const label = pick(cameo.labels);
  const year = 2005 + Math.floor(random() * 11);
  const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
  const key = `${idOf[s]}|${idOf[o]}|${Number(label.code.slice(0, 2))}|${year}`;
  expected.set(key, (expected.get(key) ?? 0) + 1);
  if (format === "icews") buffer.push(`${actors[s].raw}\t${label.label}\t${actors[o].raw}\t${date}`);
  else {
    const f: string[] = new Array(GDELT2_COLUMNS.length).fill("");
    [f[0], f[1], f[6], f[7], f[16], f[17], f[26], f[30]] = [String(i + 1), date.replace(/-/g, ""), actors[s].raw, actors[s].cc, actors[o].raw, actors[o].cc, label.code, ""];
    buffer.push(f.join("\t"));
  }
  if (buffer.length === 50_000) {
    if (!out.write(buffer.join("\n") + "\n")) await new Promise<void>((r) => out.once("drain", () => r()));
    buffer = [];
  }
}
out.end(buffer.length ? buffer.join("\n") + "\n" : "");
await new Promise<void>((r) => out.on("finish", () => r()));
console.log(`generated ${rows} ${format} rows in ${file} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

let peakRss = process.memoryUsage().rss;
const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
const t0 = performance.now();
const c0 = process.cpuUsage();
const { bundle, report } = await aggregateEvents({ input: file, format, period: "year", minCount, fold: false });
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
clearInterval(timer);
const validation = validateDataset(bundleTexts(bundle), { sharedRelationTypes: readFileSync(SHARED_TYPES_FILE, "utf8") });

const problems: string[] = [];
if (!validation.ok) problems.push(`bundle does not validate: ${validation.problems[0].message}`);
if (report.events !== rows) problems.push(`aggregated ${report.events} events, generated ${rows}`);
const cameoOf = new Map(bundle.relationTypes.map((t) => [t.id, Number(t.cameo)]));
const got = new Map(bundle.relations.map((r) => [`${r.source}|${r.target}|${cameoOf.get(r.type)}|${r.date}`, Number(/: (\d+) events?$/.exec(r.label)![1])]));
const kept = [...expected].filter(([, n]) => n >= minCount);
const hidden = [...expected].filter(([, n]) => n < minCount).reduce((sum, [, n]) => sum + n, 0);
if (got.size !== kept.length) problems.push(`${got.size} aggregates, expected ${kept.length}`);
if (report.hiddenByMinCount.events !== hidden) problems.push(`${report.hiddenByMinCount.events} events hidden by --min-count, expected ${hidden}`);
for (const [k, n] of kept) if (got.get(k) !== n && problems.length < 10) problems.push(`${k}: ${got.get(k)} events, expected ${n}`);

console.log(JSON.stringify({ name: `aggregate-${format}-${rows}`, value: Math.round(seconds * 1000), unit: "ms" }));
console.log(JSON.stringify({ name: `aggregate-${format}-${rows}-cpu`, value: Math.round((cpu.user + cpu.system) / 1000), unit: "ms" }));
console.log(JSON.stringify({ name: `aggregate-${format}-${rows}-peak-rss`, value: Math.round(peakRss / 2 ** 20), unit: "MB" }));
console.log(`${bundle.relations.length} relations between ${bundle.entities.length} entities`);
for (const p of problems) console.error(p);
console.log(problems.length ? "0 passed, 1 failed" : "1 passed, 0 failed");
process.exit(problems.length ? 1 : 0);
