import { nextPeriod, shiftDay, stepsOf, withSteps, type StepMode } from "../../model/frame/steps";
import { monthNumber } from "../../model/time/timeModes";
import type { ViewState, YearBounds } from "./view";

export type PlaybackMode = StepMode;

/** The next frame of playback, or undefined at the end (the data's last year). Compare views do not play. */
export function nextView(view: ViewState, bounds: YearBounds, mode: PlaybackMode, monthly: boolean): ViewState | undefined {
  return nextPeriod(view, { year: bounds.max, month: 12 }, mode, monthly);
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
  const s = stepsOf(view);
  const max = s.months ? monthNumber(bounds.max, 12) : bounds.max;
  return s.to >= max ? withSteps(view, s.from, s.from, s.months) : view;
}
