import { writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatProblem, validateDataset } from "../model/validate";
import { bundleTexts } from "../model/events/bundle";
import { SHARED_TYPES_FILE } from "./datasets";
import { readFileSync } from "node:fs";

const USAGE = `usage: npm run aggregate -- <events.tsv|.csv|.parquet> [options]
  --format icews|gdelt|aggregates
                           column layout (default: icews; gdelt = GDELT 2.0 events export, 61 columns;
                           aggregates = CSV of per-period rows from the BigQuery query in the README)
  --period month|year      one relation per pair, CAMEO root and period (default: month)
  --min-count N            drop aggregates of fewer than N events (default: 1)
  --top N                  keep only the N entities with most events
  --fold                   fold sector actors such as "Citizen (Nigeria)" into their country
  --out FILE               where to write the bundle (default: <input name>.entente.json)
  --id ID --title TEXT     dataset id and title
  --verbose                print each stage with its time`;

/** `npm run aggregate`: event table → Entente bundle of per-period aggregates, via DuckDB. */
async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: "string", default: "icews" },
      period: { type: "string", default: "month" },
      "min-count": { type: "string", default: "1" },
      top: { type: "string" },
      fold: { type: "boolean", default: false },
      out: { type: "string" },
      id: { type: "string" },
      title: { type: "string" },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const fail = (message: string) => (console.error(`${message}\n${USAGE}`), 2);
  if (values.help) return console.log(USAGE), 0;
  if (positionals.length !== 1) return fail("give one input file");
  if (values.format !== "icews" && values.format !== "gdelt" && values.format !== "aggregates") return fail(`--format must be icews, gdelt or aggregates (got ${values.format})`);
  if (values.period !== "month" && values.period !== "year") return fail(`--period must be month or year (got ${values.period})`);
  const minCount = Number(values["min-count"]);
  const top = values.top === undefined ? undefined : Number(values.top);
  if (!Number.isInteger(minCount) || minCount < 1) return fail(`--min-count must be a whole number ≥ 1 (got ${values["min-count"]})`);
  if (top !== undefined && (!Number.isInteger(top) || top < 1)) return fail(`--top must be a whole number ≥ 1 (got ${values.top})`);

  let aggregateEvents: typeof import("./eventAggregate").aggregateEvents;
  try {
    ({ aggregateEvents } = await import("./eventAggregate"));
  } catch (e) {
    console.error(`DuckDB (@duckdb/node-api) could not be loaded (run npm ci): ${(e as Error).message}`);
    return 1;
  }
  const input = resolve(cwd, positionals[0]);
  const out = resolve(cwd, values.out ?? `${basename(input).replace(/\.[^.]+$/, "")}.entente.json`);
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  try {
    const { bundle, report } = await aggregateEvents({
      input, format: values.format, period: values.period, minCount, top, fold: values.fold, id: values.id, title: values.title,
      onStage: values.verbose ? (stage) => console.error(`${((performance.now() - started) / 1000).toFixed(1)} s: ${stage}`) : undefined,
    });
    if (values.verbose) console.error(`${((performance.now() - started) / 1000).toFixed(1)} s: validating`);
    const result = validateDataset(bundleTexts(bundle), { sharedRelationTypes: readFileSync(SHARED_TYPES_FILE, "utf8") });
    if (!result.ok) {
      for (const p of result.problems.slice(0, 20)) console.error(formatProblem(p));
      console.error(`the bundle does not validate (${result.problems.length} problems); nothing written`);
      return 1;
    }
    writeFileSync(out, JSON.stringify(bundle) + "\n");
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.error(`${report.rows} rows, ${report.events} events → ${report.relations} relations between ${bundle.entities.length} entities; wrote ${out}`);
    if (report.missingActor) console.error(`left out: ${report.missingActor} rows without both actors`);
    if (report.badDate) console.error(`left out: ${report.badDate} rows with a bad date`);
    for (const [label, n] of report.unknownLabels) console.error(`left out: ${n} rows with unknown event label "${label}"`);
    for (const [code, n] of report.unknownCodes) console.error(`left out: ${n} rows with code "${code}", not a CAMEO code`);
    console.error(
      `hidden: ${report.hiddenByMinCount.events} events under --min-count, ${report.hiddenByTop.events} outside --top, ${report.selfLoopEvents} within one entity`,
    );
    const cpu = process.cpuUsage(cpu0);
    console.error(
      `took ${seconds} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s), peak memory (RSS) ${Math.round(Math.max(peakRss, process.memoryUsage().rss) / 2 ** 20)} MB`,
    );
    return 0;
  } catch (e) {
    console.error(`cannot aggregate ${input}: ${(e as Error).message}`);
    return 1;
  } finally {
    clearInterval(timer);
  }
}

process.exit(await main());
