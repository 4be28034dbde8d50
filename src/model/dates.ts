/** Dates are kept as strings in data and as day numbers (days since 1970-01-01 UTC) in spans. */

export type Precision = "year" | "month" | "day";

export interface DateSpan {
  /** First possible day (inclusive). */
  first: number;
  /** Last possible day (inclusive). */
  last: number;
  precision: Precision;
  approximate: boolean;
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(~)?$/;
const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(0, 0, 0, 0);
  return Math.round(d.getTime() / MS_PER_DAY);
}

function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with optional `~`; returns an error text for anything else. */
export function parseDate(text: string): DateSpan | string {
  const m = DATE_RE.exec(text);
  if (!m) return `"${text}" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally ending in ~)`;
  const year = Number(m[1]);
  const approximate = m[4] === "~";
  if (m[2] === undefined) {
    return { first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31), precision: "year", approximate };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `"${text}" has no month ${m[2]}`;
  if (m[3] === undefined) {
    const first = dayNumber(year, month, 1);
    return { first, last: first + daysInMonth(year, month) - 1, precision: "month", approximate };
  }
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return `"${text}" is an impossible date (no day ${m[3]} in ${m[1]}-${m[2]})`;
  const first = dayNumber(year, month, day);
  return { first, last: first, precision: "day", approximate };
}

/** Parses a date already known to be valid. */
export function spanOf(text: string): DateSpan {
  const span = parseDate(text);
  if (typeof span === "string") throw new Error(span);
  return span;
}

export function yearStart(year: number): number {
  return dayNumber(year, 1, 1);
}

export function yearEnd(year: number): number {
  return dayNumber(year, 12, 31);
}

export function yearOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

/** ISO `YYYY-MM-DD` for a day number. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
