import type { Period } from "../../model/partners";
import type { ViewState } from "../../state/view/view";

/** The view with its window set to a period of the partners grid (leaving As of and Compare). */
export function withPeriod(view: ViewState, period: Period): ViewState {
  const { at: _at, compare: _compare, fromMonth: _fm, toMonth: _tm, ...rest } = view;
  const next: ViewState = { ...rest, from: period.from, to: period.to };
  if (period.fromMonth !== undefined) Object.assign(next, { fromMonth: period.fromMonth, toMonth: period.toMonth });
  return next;
}
