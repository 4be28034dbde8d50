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

/** Days since 1970-01-01 of a proleptic Gregorian date; months and days outside their range roll over, as with Date. */
export function dayNumber(year: number, month: number, day: number): number {
  // Arithmetic (H. Hinnant's days_from_civil) instead of a Date per call: loading 100k relations calls this often.
  const m0 = month - 1;
  let y = year + Math.floor(m0 / 12);
  const m = m0 - Math.floor(m0 / 12) * 12 + 1;
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + (day - 1);
}

function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

const parsed = new Map<string, Readonly<DateSpan> | string>();

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with optional `~`; returns an error text for anything else. */
export function parseDate(text: string): Readonly<DateSpan> | string {
  // Datasets repeat the same dates many times over; spans are frozen so the cache can share them.
  let span = parsed.get(text);
  if (span === undefined) {
    span = parseUncached(text);
    if (typeof span !== "string") Object.freeze(span);
    if (parsed.size > 200_000) parsed.clear();
    parsed.set(text, span);
  }
  return span;
}

function parseUncached(text: string): DateSpan | string {
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
export function spanOf(text: string): Readonly<DateSpan> {
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

/** Days either side of 1970 that a Date can hold; beyond them Date gives NaN, and so does yearOf. */
const DATE_LIMIT_DAYS = 1e8;

/**
 * The calendar year of a day number, as `new Date(day * MS_PER_DAY).getUTCFullYear()` gives it, by arithmetic
 * (H. Hinnant's days-to-civil): a Date per call made the histogram of 100k relations cost tens of milliseconds.
 */
export function yearOf(day: number): number {
  if (!(Math.abs(day) <= DATE_LIMIT_DAYS)) return NaN;
  const z = Math.floor(day) + 719468; // days since 0000-03-01
  const era = Math.floor(z / 146097); // 400-year cycles
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  // Years start on 1 March here: January and February (day of year 306 on) belong to the next calendar year.
  return yearOfEra + era * 400 + (dayOfYear >= 306 ? 1 : 0);
}

/** ISO `YYYY-MM-DD` for a day number. */
export function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
