import { dayNumber, isoDay, parseDate } from "./dates";
import type { Model } from "../dataset/graph";
import { sameWindows, type KindWindows } from "./timeIndex";
import type { TimeWindow } from "./window";

/** The three ways of looking at time: a window, the situation as of a day, or two days compared. */
export type TimeSelection =
  | { mode: "window"; window: TimeWindow }
  | { mode: "asof"; day: number }
  | { mode: "compare"; from: number; to: number };

/** As of a day, events of this many months up to and including that day are shown with the states that hold. */
export const AS_OF_EVENT_MONTHS = 12;

/** Months are numbered year * 12 + (month - 1), so one step is one month. */
export function monthNumber(year: number, month: number): number {
  return year * 12 + month - 1;
}

export function monthYear(m: number): { year: number; month: number } {
  return { year: Math.floor(m / 12), month: (m % 12) + 1 };
}

export function windowFromMonths(fromMonth: number, toMonth: number): TimeWindow {
  const a = monthYear(fromMonth);
  const b = monthYear(toMonth + 1);
  return { first: dayNumber(a.year, a.month, 1), last: dayNumber(b.year, b.month, 1) - 1 };
}

/** The events' window as of a day: the 12 months that end on it (e.g. 2023-03-02 to 2024-03-01). */
export function asOfEventWindow(day: number): TimeWindow {
  const [y, m, d] = isoDay(day).split("-").map(Number);
  return { first: dayNumber(y, m - AS_OF_EVENT_MONTHS, d) + 1, last: day };
}

export function windowsFor(selection: TimeSelection): KindWindows {
  switch (selection.mode) {
    case "window":
      return sameWindows(selection.window);
    case "asof":
      return { event: asOfEventWindow(selection.day), state: { first: selection.day, last: selection.day } };
    case "compare":
      return sameWindows({ first: selection.from, last: selection.to });
  }
}

/** How a relation in a compare view changed between the two days. */
export type ChangeMark = "began" | "ended" | "held" | "between";

export const CHANGE_MARKS: ChangeMark[] = ["began", "ended", "held", "between"];

/**
 * held: holds on both days; began: not on the first, still on the second; ended: on the first,
 * no longer on the second; between: began and ended between them (events dated in between, brief
 * states). Undefined when the relation does not touch [from, to] at all.
 */
export function changeMark(first: number, last: number, from: number, to: number): ChangeMark | undefined {
  if (first > to || last < from) return undefined;
  if (first <= from) return last >= to ? "held" : "ended";
  return last >= to ? "began" : "between";
}

/** Marks for the relations of a compare view. */
export function changeMarks(model: Model, relations: Iterable<string>, from: number, to: number): Map<string, ChangeMark> {
  const marks = new Map<string, ChangeMark>();
  for (const id of relations) {
    const { first, last } = model.graph.getEdgeAttributes(id);
    const mark = changeMark(first, last, from, to);
    if (mark) marks.set(id, mark);
  }
  return marks;
}

/** Parses an ISO day `YYYY-MM-DD` (nothing coarser), or undefined. */
export function parseDay(text: string | null | undefined): number | undefined {
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const span = parseDate(text);
  return typeof span === "string" ? undefined : span.first;
}

/** Whether any relation is dated to a month or a day: then stepping by month means something. */
export function hasMonthPrecision(model: Model): boolean {
  const precise = (date: string | undefined) => date !== undefined && /^\d{4}-\d{2}/.test(date);
  return model.dataset.relations.some((r) => precise(r.date) || precise(r.start) || precise(r.end));
}
