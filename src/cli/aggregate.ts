import { closeSync, existsSync, openSync, readFileSync, readSync, statSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatProblem, validateDataset } from "../model/dataset/validate";
import { bundleTexts } from "../model/events/bundle";
import { textProblem } from "../model/import/encoding";
import { SHARED_TYPES_FILE } from "./datasets";

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

const OPTIONS = {
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
} as const;

/**
 * `--min-count -5` as `--min-count=-5`: parseArgs refuses a value that starts with a dash, which would hide
 * the real problem (a negative count) behind a message about syntax.
 */
function joinDashValues(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i].startsWith("--") ? args[i].slice(2) : "";
    const option = (OPTIONS as Record<string, { type: string }>)[name];
    const next = args[i + 1];
    if (option?.type === "string" && next?.startsWith("-") && next !== "--" && !(next.slice(2) in OPTIONS)) out.push(`${args[i]}=${args[++i]}`);
    else out.push(args[i]);
  }
  return out;
}

/** Text from the input made safe to print: control characters out, at most `max` characters. */
function printable(text: string, max = 120): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\ufffd]+/g, " ").replace(/\s+/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 3)}...` : clean;
}

/** A DuckDB error as one readable line: no SQL, no echoed input line (which may be binary). */
function cleanError(message: string): string {
  const lines = message.split(/\n\s*\n/)[0].split("\n");
  const kept = lines.filter((l) => !/^\s*(LINE \d+:|Original Line:|\^|Possible (fixes|Solution)|\* )/.test(l));
  return printable(kept.join("; "), 300);
}

/** Why the input cannot be aggregated, found before DuckDB reads it (DuckDB's own messages quote SQL and raw lines). */
function inputProblem(input: string, format: string): string | undefined {
  if (!existsSync(input)) return "no such file";
  const stat = statSync(input);
  if (!stat.isFile()) return "is a directory, not a file";
  if (stat.size === 0) return "is empty";
  if (/\.parquet$/i.test(input)) return undefined;
  const head = new Uint8Array(Math.min(stat.size, 65_536));
  const fd = openSync(input, "r");
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const problem = textProblem(head, stat.size > head.length);
  if (problem) return problem;
  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, "");
  if (text.trim() === "") return "holds no rows";
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (format === "aggregates" && lines.length < 2) return "holds a header but no rows";
  return undefined;
}

/** `npm run aggregate`: event table → Entente bundle of per-period aggregates, via DuckDB. */
async function main(): Promise<number> {
  const fail = (message: string) => (console.error(`${message}\n${USAGE}`), 2);
  let parsed;
  try {
    parsed = parseArgs({ args: joinDashValues(process.argv.slice(2)), allowPositionals: true, options: OPTIONS });
  } catch (e) {
    // parseArgs's own message, without its stack and its advice about "--" (an unknown flag is a typo far more often).
    const message = (e as Error).message;
    const option = /Option '(--[\w-]+)/.exec(message)?.[1];
    if (option && /ambiguous|argument missing/.test(message)) return fail(`${option} needs a value`);
    return fail(message.split(/\. To specify|\n/)[0].replace(/\.$/, ""));
  }
  const { values, positionals } = parsed;
  const cwd = process.env.INIT_CWD ?? process.cwd();
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
  // The path as given, never a pattern (DuckDB's readers would expand * ? [ ]).
  const input = resolve(cwd, positionals[0]);
  const unusable = inputProblem(input, values.format);
  if (unusable) {
    console.error(`${positionals[0]}: ${unusable}; nothing written`);
    return unusable === "no such file" || unusable.startsWith("is a directory") ? 2 : 1;
  }
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
    const leftOut = [
      report.missingActor ? `${report.missingActor} rows without both actors` : "",
      report.badDate ? `${report.badDate} rows with a bad date` : "",
      ...[...report.unknownLabels, ...report.unknownCodes].map(([what, n]) => `${n} rows with unknown event label or code "${printable(what, 60)}"`).slice(0, 5),
    ].filter(Boolean);
    if (report.events === 0) {
      // An empty bundle is never what was wanted: most often the wrong --format.
      console.error(`${positionals[0]}: no event could be read as --format ${values.format} from its ${report.rows} rows${leftOut.length ? ` (${leftOut.join("; ")})` : ""}; check --format; nothing written`);
      return 1;
    }
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
    for (const [label, n] of report.unknownLabels) console.error(`left out: ${n} rows with unknown event label "${printable(label, 60)}"`);
    for (const [code, n] of report.unknownCodes) console.error(`left out: ${n} rows with code "${printable(code, 60)}", not a CAMEO code`);
    console.error(
      `hidden: ${report.hiddenByMinCount.events} events under --min-count, ${report.hiddenByTop.events} outside --top, ${report.selfLoopEvents} within one entity`,
    );
    const cpu = process.cpuUsage(cpu0);
    console.error(
      `took ${seconds} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s), peak memory (RSS) ${Math.round(Math.max(peakRss, process.memoryUsage().rss) / 2 ** 20)} MB`,
    );
    return 0;
  } catch (e) {
    console.error(`cannot aggregate ${positionals[0]} as --format ${values.format}: ${cleanError((e as Error).message)}; nothing written`);
    return 1;
  } finally {
    clearInterval(timer);
  }
}

process.exit(await main());
