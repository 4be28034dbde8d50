import type { Dataset } from "../dataset/schema";
import { applyOps, changedFields, inverseOps } from "./apply";
import type { Change, History, Op, Part, RecordEvent } from "./types";

function eventsOf(change: Change, via?: RecordEvent["via"]): RecordEvent[] {
  return change.ops.map(({ collection, id, before, after }) => {
    const base = { collection, id, at: change.at, ...(via ? { via } : {}) };
    if (!before) return { ...base, action: "added" };
    if (!after) return { ...base, action: "deleted" };
    return { ...base, action: "changed", fields: changedFields(before, after) };
  });
}

/** The history after a new change: it can be undone, and whatever was undone before can no longer be redone. */
export function recordChange(history: History, change: Change): History {
  return { past: [...history.past, change], future: [], log: [...history.log, ...eventsOf(change)] };
}

/** A dataset after undo or redo, with the ops that made it (for patching the model rather than rebuilding it). */
export interface Replayed {
  dataset: Dataset;
  history: History;
  ops: Op[];
}

/** Takes back the last change (at time `at`); undefined when there is nothing to undo. */
export function undo(dataset: Dataset, history: History, at: string): Replayed | undefined {
  const last = history.past.at(-1);
  if (!last) return undefined;
  const reverse: Change = { ops: inverseOps(last.ops), at };
  return {
    dataset: applyOps(dataset, reverse.ops),
    ops: reverse.ops,
    history: { past: history.past.slice(0, -1), future: [...history.future, last], log: [...history.log, ...eventsOf(reverse, "undo")] },
  };
}

/** Makes the last undone change again (at time `at`); undefined when there is nothing to redo. */
export function redo(dataset: Dataset, history: History, at: string): Replayed | undefined {
  const next = history.future.at(-1);
  if (!next) return undefined;
  const again: Change = { ops: next.ops, at };
  return {
    dataset: applyOps(dataset, next.ops),
    ops: next.ops,
    history: { past: [...history.past, next], future: history.future.slice(0, -1), log: [...history.log, ...eventsOf(again, "redo")] },
  };
}

/** One record's events, newest first. */
export function recordHistory(history: History, collection: Part, id: string): RecordEvent[] {
  return history.log.filter((e) => e.collection === collection && e.id === id).reverse();
}

/** An event in words: "Changed label, date", "Deleted (undo)". */
export function describeEvent(event: RecordEvent): string {
  const what = event.action === "changed" ? `Changed ${event.fields?.join(", ") || "nothing"}` : event.action === "added" ? "Added" : "Deleted";
  return event.via ? `${what} (${event.via})` : what;
}
