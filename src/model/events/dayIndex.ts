/**
 * The time index an event table needs: events are single days, sorted, so a window of days is the id
 * range [lo, hi) found by two binary searches, and moving the window enters and leaves contiguous ranges.
 */

/** First index at or after `from` whose value is >= `value`, in a list sorted ascending. */
export function lowerBound(list: ArrayLike<number>, value: number, from = 0): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type IdRange = [lo: number, hi: number];

/** Ids of the events whose day lies in [first, last]. */
export function rangeOfWindow(days: Int32Array, first: number, last: number): IdRange {
  const lo = lowerBound(days, first);
  return [lo, Math.max(lo, lowerBound(days, last + 1))];
}

/** What enters and leaves when the window's id range changes from `prev` to `next`. */
export function rangeDiff(prev: IdRange, next: IdRange): { entered: IdRange[]; left: IdRange[] } {
  const [a, b] = prev;
  const [c, d] = next;
  if (b <= c || d <= a || a === b || c === d) return { entered: c < d ? [next] : [], left: a < b ? [prev] : [] };
  const entered: IdRange[] = [];
  const left: IdRange[] = [];
  if (c < a) entered.push([c, a]);
  if (d > b) entered.push([b, d]);
  if (a < c) left.push([a, c]);
  if (b > d) left.push([d, b]);
  return { entered, left };
}

/** Expands ranges into id lists (for callers speaking the time index's entered/left interface). */
export function idsOf(ranges: IdRange[]): number[] {
  const ids: number[] = [];
  for (const [lo, hi] of ranges) for (let i = lo; i < hi; i++) ids.push(i);
  return ids;
}
