import { dayNumber, isoDay } from "../time/dates";
import { monthNumber, monthYear } from "../time/timeModes";
import { frameFileName, type FrameLabel } from "./describe";
import { periodOf, type PeriodFields } from "./period";

/**
 * The time steps of playback and of an animation export: which periods follow the view, and what each
 * frame's file is called. Steps are years, or months (numbered by monthNumber) at month resolution.
 */

/** Sliding: the window keeps its width and moves; growing: it keeps its start and widens. */
export type StepMode = "sliding" | "growing";
export type StepUnit = "year" | "month";

/** A month, inclusive bound of stepping. */
export interface YearMonth {
  year: number;
  month: number;
}

/** The time fields of a period; any other fields of the view a caller passes are kept. */
type Timed = PeriodFields;

const hasMonths = (p: Timed) => p.fromMonth !== undefined && p.toMonth !== undefined;

/** The same day `months` later, kept inside its month (31 Jan + 1 month = 28/29 Feb). */
export function shiftDay(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const target = monthYear(monthNumber(y, m) + months);
  const last = dayNumber(target.year, target.month + 1, 1) - dayNumber(target.year, target.month, 1);
  return isoDay(dayNumber(target.year, target.month, Math.min(d, last)));
}

/** The window in steps (years, or month numbers when it has months). */
export function stepsOf(p: Timed): { from: number; to: number; months: boolean } {
  return hasMonths(p) ? { from: monthNumber(p.from, p.fromMonth!), to: monthNumber(p.to, p.toMonth!), months: true } : { from: p.from, to: p.to, months: false };
}

export function withSteps<T extends Timed>(p: T, from: number, to: number, months: boolean): T {
  if (!months) return { ...p, from, to };
  const a = monthYear(from);
  const b = monthYear(to);
  return { ...p, from: a.year, fromMonth: a.month, to: b.year, toMonth: b.month };
}

/** The period after `p`, or undefined once it would pass `end`. An as-of day moves by a month or a year; compared days do not move. */
export function nextPeriod<T extends Timed>(p: T, end: YearMonth, mode: StepMode, monthly: boolean): T | undefined {
  if (p.compare) return undefined;
  if (p.at) {
    const next = shiftDay(p.at, monthly ? 1 : 12);
    const [y, m] = next.split("-").map(Number);
    return monthNumber(y, m) > monthNumber(end.year, end.month) ? undefined : { ...p, at: next };
  }
  const months = hasMonths(p);
  const s = stepsOf(p);
  const last = months ? monthNumber(end.year, end.month) : end.year;
  if (s.to >= last) return undefined;
  return withSteps(p, mode === "sliding" ? s.from + 1 : s.from, s.to + 1, months);
}

/** At most this many frames: an animation of 20 years by month. */
export const MAX_STEPS = 240;

export interface StepPlan {
  unit: StepUnit;
  mode: StepMode;
  /** The range played, inclusive (months are ignored at year steps). */
  from: YearMonth;
  to: YearMonth;
}

/**
 * The periods an animation of `view` plays: a window as wide as the view's (sliding, at most the range) or one
 * step wide and growing, from the range's start until it reaches the range's end; an as-of day moved through the
 * range. A comparison has no steps.
 */
export function planSteps(view: PeriodFields, plan: StepPlan): PeriodFields[] {
  if (view.compare) return [];
  const monthly = plan.unit === "month";
  const first = monthly ? monthNumber(plan.from.year, plan.from.month) : plan.from.year;
  const last = monthly ? monthNumber(plan.to.year, plan.to.month) : plan.to.year;
  if (last < first) return [];
  const end: YearMonth = monthly ? plan.to : { year: plan.to.year, month: 12 };
  let period: PeriodFields;
  if (view.at) {
    const [, m, d] = view.at.split("-").map(Number);
    const start = monthly ? plan.from : { year: plan.from.year, month: m };
    period = { from: view.from, to: view.to, at: isoDay(dayNumber(start.year, start.month, Math.min(d, daysIn(start)))) };
  } else {
    const current = stepsOf(view);
    const viewWidth = monthly && !current.months ? (current.to - current.from + 1) * 12 : current.to - current.from + 1;
    const width = plan.mode === "growing" ? 1 : Math.min(viewWidth, last - first + 1);
    period = withSteps({ from: view.from, to: view.to }, first, first + width - 1, monthly);
  }
  const periods: PeriodFields[] = [];
  for (let p: PeriodFields | undefined = period; p && periods.length < MAX_STEPS; p = nextPeriod(p, end, plan.mode, monthly)) periods.push(p);
  return periods;
}

function daysIn({ year, month }: YearMonth): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/** One file name per step, stating its period (`entente-sahel-2024.png`), in step order. */
export function stepFileNames(label: FrameLabel, periods: readonly PeriodFields[], ext: string): string[] {
  return periods.map((p) => `${frameFileName({ ...label, period: periodOf(p) })}.${ext}`);
}

/** The animation's file name, without extension: the range played and its step, `entente-sahel-2022-2025-yearly`. */
export function animationFileName(label: FrameLabel, plan: StepPlan): string {
  const monthly = plan.unit === "month";
  const range: PeriodFields = monthly ? { from: plan.from.year, fromMonth: plan.from.month, to: plan.to.year, toMonth: plan.to.month } : { from: plan.from.year, to: plan.to.year };
  return `${frameFileName({ ...label, period: periodOf(range) })}-${monthly ? "monthly" : "yearly"}`;
}

