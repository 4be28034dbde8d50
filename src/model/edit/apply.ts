import type { Dataset } from "../dataset/schema";
import type { AnyRecord, Collection, Op } from "./types";

/** The dataset with the ops applied in order; only the lists they touch are copied. */
export function applyOps(dataset: Dataset, ops: readonly Op[]): Dataset {
  const next = { ...dataset };
  const copied = new Set<Collection>();
  for (const op of ops) {
    if (!copied.has(op.collection)) {
      (next[op.collection] as AnyRecord[]) = [...next[op.collection]];
      copied.add(op.collection);
    }
    const list = next[op.collection] as AnyRecord[];
    const at = list.findIndex((r) => r.id === op.id);
    if (op.after === undefined) {
      if (at >= 0) list.splice(at, 1);
    } else if (at >= 0) list[at] = op.after;
    else list.push(op.after);
  }
  return next;
}

/** The ops that undo `ops`: each one reversed, last first. */
export function inverseOps(ops: readonly Op[]): Op[] {
  return [...ops].reverse().map(({ collection, id, before, after }) => ({ collection, id, before: after, after: before }));
}

/** Fields whose values differ between two versions of a record. */
export function changedFields(before: AnyRecord, after: AnyRecord): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}
