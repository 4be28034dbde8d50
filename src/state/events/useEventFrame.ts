import { useMemo } from "react";
import { EventFrameSource, type EventFrame } from "../../model/events/frame";
import type { EventTable } from "../../model/events/table";
import { selectionOf } from "../view/useTimeView";
import type { ViewState } from "../view/view";

export type { EventFrame } from "../../model/events/frame";

type FrameFields = Pick<ViewState, "from" | "to" | "fromMonth" | "toMonth" | "at" | "compare" | "hops">;

/**
 * The frame of an event view as the view moves (see EventFrameSource): `focus` is the entity index in focus,
 * which with `hops` narrows the view to its neighbourhood. `started` is when this step began (performance.now()),
 * for the step measure.
 */
export function useEventFrame(
  table: EventTable,
  entityOf: Int32Array,
  entityCount: number,
  include: ((id: number) => boolean) | undefined,
  view: FrameFields,
  focus: number | null,
): EventFrame & { started: number } {
  const source = useMemo(() => new EventFrameSource(table, entityOf, entityCount, include), [table, entityOf, entityCount, include]);
  const { from, to, fromMonth, toMonth, at, hops } = view;
  const compare = view.compare?.join(",");
  return useMemo(() => {
    const started = performance.now();
    const selection = selectionOf({ from, to, fromMonth, toMonth, at, compare: compare ? (compare.split(",") as [string, string]) : undefined });
    const ego = focus !== null && hops ? { focus, hops } : undefined;
    return { ...source.frame(selection, ego), started };
  }, [source, from, to, fromMonth, toMonth, at, compare, focus, hops]);
}
