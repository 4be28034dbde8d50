import { dayNumber, isoDay } from "../model/dates";
import { monthNumber, monthYear } from "../model/timeModes";
import type { ViewState, YearBounds } from "./view";

/** Sliding: the window keeps its width and moves; growing: it keeps its start and widens. */
export type PlaybackMode = "sliding" | "growing";

const hasMonths = (v: ViewState) => v.fromMonth !== undefined && v.toMonth !== undefined;

/** The window in steps (years, or months at month resolution) and its limits. */
function steps(view: ViewState, bounds: YearBounds) {
  if (!hasMonths(view)) return { from: view.from, to: view.to, min: bounds.min, max: bounds.max };
  return { from: monthNumber(view.from, view.fromMonth!), to: monthNumber(view.to, view.toMonth!), min: monthNumber(bounds.min, 1), max: monthNumber(bounds.max, 12) };
}

function withSteps(view: ViewState, from: number, to: number): ViewState {
  if (!hasMonths(view)) return { ...view, from, to };
  const a = monthYear(from);
  const b = monthYear(to);
  return { ...view, from: a.year, fromMonth: a.month, to: b.year, toMonth: b.month };
}

/** The same day `years` and `months` later, kept inside its month (31 Jan + 1 month = 28/29 Feb). */
function shiftDay(iso: string, months: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const target = monthYear(monthNumber(y, m) + months);
  const last = dayNumber(target.year, target.month + 1, 1) - dayNumber(target.year, target.month, 1);
  return isoDay(dayNumber(target.year, target.month, Math.min(d, last)));
}

/** The next frame of playback, or undefined at the end. Compare views do not play. */
export function nextView(view: ViewState, bounds: YearBounds, mode: PlaybackMode, monthly: boolean): ViewState | undefined {
  if (view.compare) return undefined;
  if (view.at) {
    const next = shiftDay(view.at, monthly ? 1 : 12);
    return Number(next.slice(0, 4)) > bounds.max ? undefined : { ...view, at: next };
  }
  const s = steps(view, bounds);
  if (s.to >= s.max) return undefined;
  return withSteps(view, mode === "sliding" ? s.from + 1 : s.from, s.to + 1);
}

/**
 * Where playback starts when Play is pressed: from the current window, never the data's first year.
 * At the end there is nothing left to play, so it replays the window's own span: from its first step.
 */
export function startView(view: ViewState, bounds: YearBounds): ViewState {
  if (view.compare) return view;
  if (view.at) {
    if (Number(view.at.slice(0, 4)) < bounds.max) return view;
    const back = Math.min(view.from, Number(view.at.slice(0, 4))) - Number(view.at.slice(0, 4));
    return { ...view, at: shiftDay(view.at, back * 12) };
  }
  const s = steps(view, bounds);
  return s.to >= s.max ? withSteps(view, s.from, s.from) : view;
}
