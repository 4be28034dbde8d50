import { yearEnd, yearOf, yearStart } from "../time/dates";
import { lowerBound } from "../events/dayIndex";
import { monthYear, windowFromMonths } from "../time/timeModes";

/** A column of the partners grid: a year, a run of quiet years, or a month; contiguous and in order. */
export interface Period {
  first: number;
  last: number;
  label: string;
  /** The window that shows this period: whole years, or months (`fromMonth`/`toMonth` 1–12). */
  from: number;
  to: number;
  fromMonth?: number;
  toMonth?: number;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * One period per year from `min` to `max`, except that runs of two or more years in which nothing
 * happened (no event, no state began or ended: `busy` says which years had something) become one
 * period, so fifty years of one membership take one column, not fifty.
 */
export function yearPeriods(min: number, max: number, busy: ReadonlySet<number>): Period[] {
  const periods: Period[] = [];
  let year = min;
  while (year <= max) {
    let end = year;
    if (!busy.has(year)) while (end + 1 <= max && !busy.has(end + 1)) end++;
    periods.push({ first: yearStart(year), last: yearEnd(end), label: end === year ? String(year) : `${year}–${end}`, from: year, to: end });
    year = end + 1;
  }
  return periods;
}

/** One period per month, months numbered as in timeModes (year * 12 + month - 1). */
export function monthPeriods(fromMonth: number, toMonth: number): Period[] {
  const periods: Period[] = [];
  for (let m = fromMonth; m <= toMonth; m++) {
    const { year, month } = monthYear(m);
    const { first, last } = windowFromMonths(m, m);
    periods.push({ first, last, label: `${MONTHS[month - 1]} ${year}`, from: year, to: year, fromMonth: month, toMonth: month });
  }
  return periods;
}

/** Years in which something of these spans happened: an event's years, a state's first and last year. */
export function busyYears(spans: Iterable<{ kind: "event" | "state"; first: number; last: number }>): Set<number> {
  const years = new Set<number>();
  for (const s of spans) {
    if (s.kind === "event") for (let y = yearOf(s.first); y <= yearOf(s.last); y++) years.add(y);
    else {
      years.add(yearOf(s.first));
      if (Number.isFinite(s.last)) years.add(yearOf(s.last));
    }
  }
  return years;
}

/** Period firsts, for `locate`. */
export function periodStarts(periods: readonly Period[]): Float64Array {
  return Float64Array.from(periods, (p) => p.first);
}

/** Index of the period holding `day` (periods are contiguous), or -1 outside them all. */
export function locate(periods: readonly Period[], starts: Float64Array, day: number): number {
  if (periods.length === 0 || day < periods[0].first || day > periods[periods.length - 1].last) return -1;
  return lowerBound(starts, day + 1) - 1;
}
