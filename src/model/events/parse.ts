import Papa from "papaparse";
import { dayNumber } from "../time/dates";
import { codeOfLabel, describeCode, goldsteinOfCode, rootOfCode } from "./cameo";
import { resolveMapping, type EventFormat, type ResolvedMapping } from "./columns";
import { countryName, countryOfCode } from "./countries";

/** One event row as read, before actors become entities. */
export interface RawEvent {
  /** 1-based line (row) number in the file. */
  row: number;
  subject: string;
  object: string;
  /** Day number (days since 1970-01-01). */
  day: number;
  label: string;
  code: string;
  root: number;
  goldstein: number;
  mentions: number | undefined;
  url: string | undefined;
}

/** Rows left out, by reason: a count and the first row numbers, so a person can find them. */
export interface SkippedRows {
  count: number;
  rows: number[];
}

export interface ParseReport {
  rows: number;
  events: number;
  missingActor: SkippedRows;
  badDate: SkippedRows;
  tooFewColumns: SkippedRows;
  /** Event labels with no CAMEO code, with how many rows carry each (those rows are left out). */
  unknownLabels: Map<string, number>;
  /** Codes that are not CAMEO codes, with counts (those rows are left out). */
  unknownCodes: Map<string, number>;
}

const KEEP_ROWS = 20;

function skip(s: SkippedRows, row: number): void {
  s.count++;
  if (s.rows.length < KEEP_ROWS) s.rows.push(row);
}

export function emptyReport(): ParseReport {
  const none = (): SkippedRows => ({ count: 0, rows: [] });
  return { rows: 0, events: 0, missingActor: none(), badDate: none(), tooFewColumns: none(), unknownLabels: new Map(), unknownCodes: new Map() };
}

/** Day number of `YYYY-MM-DD` or `YYYYMMDD` (GDELT's SQLDATE); undefined for anything else or an impossible day. */
export function parseEventDay(text: string): number | undefined {
  let y: number, m: number, d: number;
  const t = text.trim();
  if (t.length >= 10 && t[4] === "-" && t[7] === "-") {
    y = Number(t.slice(0, 4));
    m = Number(t.slice(5, 7));
    d = Number(t.slice(8, 10));
    if (t.length > 10 && t[10] !== "T" && t[10] !== " ") return undefined;
  } else if (t.length === 8 && /^\d{8}$/.test(t)) {
    y = Number(t.slice(0, 4));
    m = Number(t.slice(4, 6));
    d = Number(t.slice(6, 8));
  } else return undefined;
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return undefined;
  const day = dayNumber(y, m, d);
  return dayNumber(y, m + 1, 1) > day ? day : undefined;
}

/** GDELT writes names in capitals; show them as words ("POLICE" → "Police"). */
function wordCase(name: string): string {
  return /\p{Ll}/u.test(name) ? name : name.toLowerCase().replace(/(^|[\s(/-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** A sector actor named only by its role ("Police") is qualified by its country: "Police (Nigeria)". */
export function actorName(raw: string, country: string, toWords: boolean): string {
  const name = toWords ? wordCase(raw) : raw;
  if (!country || countryName(name) || /\)$/.test(name)) return name;
  return `${name} (${countryOfCode(country) ?? country.toUpperCase()})`;
}

/**
 * Maps the fields of one row at a time through a column mapping, so a caller can feed it line by line
 * (and report progress) from a string, chunks of a file, or a worker.
 */
export class EventRowReader {
  readonly report = emptyReport();
  private cols?: ResolvedMapping;
  private days = new Map<string, number | undefined>();
  private names = new Map<string, string>();

  constructor(readonly format: EventFormat) {
    if (!format.header) this.cols = resolveMapping(format.mapping);
  }

  /** Reads one row; returns the event, or undefined when the row is left out (and counted in the report). */
  read(fields: readonly string[], row: number): RawEvent | undefined {
    if (!this.cols) {
      this.cols = resolveMapping(this.format.mapping, fields);
      return undefined;
    }
    const c = this.cols;
    const r = this.report;
    r.rows++;
    const need = Math.max(c.subject, c.object, c.date, c.label, c.code);
    if (fields.length <= need) {
      skip(r.tooFewColumns, row);
      return undefined;
    }
    const subjectRaw = fields[c.subject].trim();
    const objectRaw = fields[c.object].trim();
    if (!subjectRaw || !objectRaw) {
      skip(r.missingActor, row);
      return undefined;
    }
    const dateText = fields[c.date];
    let day = this.days.get(dateText);
    if (!this.days.has(dateText)) {
      day = parseEventDay(dateText);
      this.days.set(dateText, day);
    }
    if (day === undefined) {
      skip(r.badDate, row);
      return undefined;
    }
    let code: string | undefined;
    let label: string;
    if (c.code >= 0) {
      const raw = fields[c.code].trim();
      if (rootOfCode(raw) === undefined) {
        r.unknownCodes.set(raw, (r.unknownCodes.get(raw) ?? 0) + 1);
        return undefined;
      }
      code = raw;
      label = c.label >= 0 && fields[c.label]?.trim() ? fields[c.label].trim() : (describeCode(raw) ?? `CAMEO ${raw}`);
    } else {
      label = fields[c.label].trim();
      code = codeOfLabel(label);
      if (code === undefined) {
        r.unknownLabels.set(label, (r.unknownLabels.get(label) ?? 0) + 1);
        return undefined;
      }
    }
    const g = c.goldstein >= 0 ? Number.parseFloat(fields[c.goldstein]) : NaN;
    const mentions = c.mentions >= 0 ? Number.parseInt(fields[c.mentions], 10) : NaN;
    const url = c.sourceUrl >= 0 ? fields[c.sourceUrl]?.trim() : undefined;
    r.events++;
    return {
      row,
      subject: this.name(subjectRaw, c.subjectCountry >= 0 ? (fields[c.subjectCountry] ?? "").trim() : ""),
      object: this.name(objectRaw, c.objectCountry >= 0 ? (fields[c.objectCountry] ?? "").trim() : ""),
      day,
      label,
      code,
      root: rootOfCode(code)!,
      goldstein: Number.isFinite(g) ? g : (goldsteinOfCode(code) ?? 0),
      mentions: Number.isFinite(mentions) ? mentions : undefined,
      url: url || undefined,
    };
  }

  private name(raw: string, country: string): string {
    const key = country ? `${raw}\t${country}` : raw;
    let name = this.names.get(key);
    if (name === undefined) {
      name = actorName(raw, country, this.format.wordCaseNames === true);
      this.names.set(key, name);
    }
    return name;
  }
}

/** Splits text arriving in chunks into whole lines (handles \n and \r\n across chunk edges). */
export class LineSplitter {
  private rest = "";
  push(chunk: string, emit: (line: string) => void): void {
    const text = this.rest + chunk;
    let start = 0;
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
      emit(text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl));
      start = nl + 1;
    }
    this.rest = text.slice(start);
  }
  end(emit: (line: string) => void): void {
    if (this.rest) emit(this.rest.endsWith("\r") ? this.rest.slice(0, -1) : this.rest);
    this.rest = "";
  }
}

export interface ParseOptions {
  /** Called every `progressEvery` rows with the row count so far (a worker posts it to the UI). */
  onProgress?: (rows: number) => void;
  progressEvery?: number;
}

/**
 * Reads a whole event table. Tab-separated files are split on tabs line by line: ICEWS and GDELT do not
 * quote fields, and a quote-aware parser would misread a GDELT URL containing `"`. Comma-separated files go
 * through papaparse, which handles quoting.
 */
export function parseEventTable(text: string, format: EventFormat, options: ParseOptions = {}): { events: RawEvent[]; report: ParseReport } {
  const reader = new EventRowReader(format);
  const events: RawEvent[] = [];
  const every = options.progressEvery ?? 10_000;
  let row = 0;
  const take = (fields: readonly string[]) => {
    row++;
    if (fields.length === 1 && fields[0] === "") return;
    const e = reader.read(fields, row);
    if (e) events.push(e);
    if (options.onProgress && row % every === 0) options.onProgress(row);
  };
  if (format.delimiter === "\t") {
    const lines = new LineSplitter();
    const onLine = (line: string) => take(line.split("\t"));
    lines.push(text, onLine);
    lines.end(onLine);
  } else {
    Papa.parse<string[]>(text, { delimiter: format.delimiter, skipEmptyLines: false, step: (result) => take(result.data) });
  }
  options.onProgress?.(row);
  return { events, report: reader.report };
}
