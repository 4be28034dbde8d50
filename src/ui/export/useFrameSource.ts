import { useMemo, useRef, type RefObject } from "react";
import type { FrameLabel } from "../../model/frame/describe";
import { periodOf, type PeriodFields } from "../../model/frame/period";
import type { Model } from "../../model/dataset/graph";
import type { SnapshotText } from "../../model/frame/snapshot";
import { hasMonthPrecision } from "../../model/time/timeModes";
import type { EntenteSigma } from "../../render/graph/sigmaSettings";
import type { UpdateView } from "../../state/view/useUrlView";
import type { ViewState, YearBounds } from "../../state/view/view";

/** What an animation export needs of the explorer: the view's time, and a way to show each step and read what it states. */
export interface FrameSource {
  view: PeriodFields;
  bounds: YearBounds;
  /** Relations are dated to months or days: stepping by month means something. */
  monthly: boolean;
  label: FrameLabel;
  /** Shows the view at `period` (filters and focus kept) and resolves with what its image states, once it is drawn. */
  show(period: PeriodFields): Promise<SnapshotText>;
  /** Returns to the view as it was before the first `show`. */
  restore(): void;
}

const samePeriod = (a: PeriodFields, b: PeriodFields) => JSON.stringify(periodOf(a)) === JSON.stringify(periodOf(b));

/**
 * Steps the live view through time for an animation export. Each frame is then drawn off-screen by
 * renderSnapshot exactly as a PNG export is: the live view only supplies the frame (what is in view, its
 * legend and sources), and the section "Graph" says when it has drawn it (aria-busy).
 */
export function useFrameSource(model: Model, view: ViewState, setView: UpdateView, bounds: YearBounds, label: FrameLabel, text: SnapshotText, sigmaRef: RefObject<EntenteSigma | null>): FrameSource {
  const latest = useRef({ view, text, label });
  latest.current = { view, text, label };
  const saved = useRef<ViewState | null>(null);
  const monthly = useMemo(() => hasMonthPrecision(model), [model]);
  const { from, to, fromMonth, toMonth, at, compare } = view;
  return useMemo<FrameSource>(
    () => ({
      view: { from, to, fromMonth, toMonth, at, compare },
      bounds,
      monthly,
      label,
      show(period) {
        saved.current ??= latest.current.view;
        setView((v) => ({ ...v, from: period.from, to: period.to, fromMonth: period.fromMonth, toMonth: period.toMonth, at: period.at, compare: undefined }));
        return new Promise<SnapshotText>((resolve) => {
          const check = () => {
            const section = sigmaRef.current?.getContainer().closest("section");
            const drawn = section?.getAttribute("aria-busy") === "false";
            if (drawn && samePeriod(latest.current.view, period)) resolve(latest.current.text);
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        });
      },
      restore() {
        if (saved.current) setView(saved.current);
        saved.current = null;
      },
    }),
    [from, to, fromMonth, toMonth, at, compare, bounds, monthly, label, setView, sigmaRef],
  );
}
