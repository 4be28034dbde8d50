import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { articleText, extract, type Candidate } from "../model/extract";
import { datasetEntities, vocabulary } from "./articles";

/**
 * `npm run extract -- article.txt --published 2024-08-30 [--dataset graph-data/sahel] [--json]`:
 * candidate relations of a news article. With --json, one JSON object per line per candidate.
 */
const USAGE = "usage: npm run extract -- FILE --published YYYY-MM-DD [--dataset DIR] [--json]";

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const args = process.argv.slice(2);
const published = option(args, "--published");
const dataset = option(args, "--dataset");
const file = args.find((a, i) => !a.startsWith("--") && !["--published", "--dataset"].includes(args[i - 1]));
if (!file || !published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
  console.error(USAGE);
  process.exit(2);
}
const folder = dataset ? resolve(dataset) : undefined;
const text = articleText(readFileSync(file, "utf8"), file);
const candidates = extract(text, {
  relationTypes: vocabulary(folder),
  entities: folder ? datasetEntities(folder) : [],
  published,
});

/** The contract's fields, in the contract's order. */
function line(c: Candidate): string {
  const end = (r: Candidate["source"]) => (r.id ? { id: r.id, label: r.label } : { label: r.label });
  const when = c.date !== undefined ? { date: c.date } : { start: c.start, ...(c.end ? { end: c.end } : {}) };
  return JSON.stringify({ source: end(c.source), target: end(c.target), type: c.type, ...when, quote: c.quote, hedged: c.hedged, confidence: c.confidence, reason: c.reason });
}

if (args.includes("--json")) for (const c of candidates) console.log(line(c));
else {
  for (const c of candidates) {
    const name = (r: Candidate["source"]) => (r.id ? r.label : `${r.label} (new)`);
    console.log(`${c.date ?? `from ${c.start}`}  ${name(c.source)} —${c.type}→ ${name(c.target)}${c.hedged ? "  [reported]" : ""}  (${c.confidence})`);
    console.log(`    “${c.quote}”`);
    console.log(`    ${c.reason}`);
  }
  console.log(`${candidates.length} candidate relation${candidates.length === 1 ? "" : "s"}`);
}
