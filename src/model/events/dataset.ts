import { yearOf } from "../time/dates";
import type { YearHistogram } from "../time/histogram";
import { plural } from "../import/report";
import { RELATION_CLASSES } from "../dataset/vocabulary";
import type { DatasetMeta, RelationClass } from "../dataset/schema";
import type { Problem } from "../dataset/validate";
import { slugify } from "./actors";
import type { EventImport } from "./bundle";
import { EVENT_CLASSES } from "./cameo";
import type { ParseReport, SkippedRows } from "./parse";

/** An imported event table kept as a dataset of its own kind: columns, not validated relations. */
export interface EventDataset {
  kind: "events";
  meta: DatasetMeta;
  /** The file it was imported from, named where an event has no source URL. */
  file: string;
  events: EventImport;
}

/** A dataset for an import: id and title from the file name, the id made free of those taken (`-2`, `-3`, …). */
export function eventDatasetOf(events: EventImport, file: string, taken: ReadonlySet<string>): EventDataset {
  const base = slugify(file.replace(/\.[a-z0-9]+$/i, ""));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  const title = id === base ? file : `${file} (${id.slice(base.length + 1)})`;
  const meta: DatasetMeta = { id, title, description: `Events imported from ${file}.` };
  const { day, size } = events.table;
  // A year of a large table is already thousands of events: it opens on its last year.
  if (size > 0) meta.defaultView = { from: yearOf(day[size - 1]), to: yearOf(day[size - 1]) };
  return { kind: "events", meta, file, events };
}

const rowList = (s: SkippedRows) => `row${s.rows.length === 1 ? "" : "s"} ${s.rows.join(", ")}${s.count > s.rows.length ? ", …" : ""}`;
const counted = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n]) => `"${name}" (${n})`)
    .join(", ");

/** Rows left out and why, one line each, so nothing is dropped silently. */
export function leftOutRows(report: ParseReport): string[] {
  const lines: string[] = [];
  const skipped: [SkippedRows, string][] = [
    [report.badDate, "with a date that is not a real day (YYYY-MM-DD or YYYYMMDD)"],
    [report.missingActor, "without a subject or object"],
    [report.tooFewColumns, "with too few columns"],
  ];
  for (const [s, why] of skipped) if (s.count > 0) lines.push(`${plural(s.count, "row")} ${why} left out: ${rowList(s)}.`);
  const unknownLabels = [...report.unknownLabels.values()].reduce((a, b) => a + b, 0);
  if (unknownLabels > 0) lines.push(`${plural(unknownLabels, "row")} with an event label that has no CAMEO code left out: ${counted(report.unknownLabels)}.`);
  const unknownCodes = [...report.unknownCodes.values()].reduce((a, b) => a + b, 0);
  if (unknownCodes > 0) lines.push(`${plural(unknownCodes, "row")} with a code that is not a CAMEO code left out: ${counted(report.unknownCodes)}.`);
  return lines;
}

/** An import that read no event at all is refused, saying why, so the dataset on screen stays. */
export function unusableImport(imp: EventImport, file: string, delimiter?: string): Problem[] | undefined {
  if (imp.table.size > 0) return undefined;
  const why = leftOutRows(imp.report);
  if (why.length === 0) return [{ file, message: "holds no event rows" }];
  const read = `${plural(imp.report.rows, "row")} read${delimiter ? ` as ${delimiter}-separated` : ""}`;
  return [{ file, message: `no row could be read as an event with this column mapping (${read})` }, ...why.map((message) => ({ file, message }))];
}

/** First and last year of the events. */
export function eventYears(imp: EventImport): { min: number; max: number } {
  const { day, size } = imp.table;
  const now = new Date().getUTCFullYear();
  return size === 0 ? { min: now, max: now } : { min: yearOf(day[0]), max: yearOf(day[size - 1]) };
}

/** Events per year and class, in the form the time bar's histogram draws. */
export function eventHistogram(imp: EventImport, minYear: number, maxYear: number): YearHistogram {
  const zero = () => Object.fromEntries(RELATION_CLASSES.map((c) => [c, 0])) as Record<RelationClass, number>;
  const counts = Array.from({ length: maxYear - minYear + 1 }, zero);
  const { day, cls, size } = imp.table;
  for (let i = 0; i < size; i++) {
    const y = yearOf(day[i]) - minYear;
    if (y >= 0 && y < counts.length) counts[y][EVENT_CLASSES[cls[i]]]++;
  }
  const peak = counts.reduce((m, row) => Math.max(m, RELATION_CLASSES.reduce((s, c) => s + row[c], 0)), 0);
  return { minYear, maxYear, counts, peak };
}

const COLUMNS = ["day", "subject", "object", "root", "cls", "goldstein", "label", "code", "url", "row"] as const;

/**
 * An event dataset read back from the browser's storage (possibly written by an older version of the app):
 * its columns have one length and every index points inside its list, or a readable error says what is wrong.
 */
export function checkEventDataset(stored: unknown, id: string): EventDataset {
  const fail = (what: string): never => {
    throw new Error(`The stored event dataset "${id}" is damaged: ${what}. Remove it and import the file again.`);
  };
  const d = stored as Partial<EventDataset> | undefined;
  if (d?.kind !== "events" || !d.meta || typeof d.file !== "string" || !d.events?.table || !d.events.actors || !d.events.report) fail("parts are missing");
  const { table: t, actors } = d!.events!;
  for (const c of COLUMNS) if (!ArrayBuffer.isView(t[c]) || t[c].length !== t.size) fail(`the column "${c}" does not hold ${t.size} values`);
  const within = (col: ArrayLike<number>, n: number, name: string, lo = 0) => {
    for (let i = 0; i < col.length; i++) if (!(col[i] >= lo && col[i] < n)) fail(`${name} ${i} points outside its list`);
  };
  within(t.subject, t.actors.length, "subject of event");
  within(t.object, t.actors.length, "object of event");
  within(t.cls, EVENT_CLASSES.length, "class of event");
  within(t.label, t.labels.length, "label of event");
  within(t.code, t.codes.length, "code of event");
  within(t.url, t.urls.length, "source URL of event", -1);
  for (let i = 1; i < t.size; i++) if (t.day[i] < t.day[i - 1]) fail("events are not in date order");
  if (actors.detailed.length !== t.actors.length || actors.folded.length !== t.actors.length) fail("actors and entities do not match");
  within(actors.detailed, actors.entities.length, "actor");
  within(actors.folded, actors.entities.length, "folded actor");
  return d as EventDataset;
}
