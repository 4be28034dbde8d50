import { locate, periodStarts, type Period } from "./periods";

/**
 * Positions on a time axis where every period gets the same width (a run of quiet years as much as
 * one busy year), linear within a period; days outside the periods are clamped to the ends.
 */
export function periodScale(periods: readonly Period[], x0: number, width: number): (day: number) => number {
  const starts = periodStarts(periods);
  const n = periods.length;
  const step = n > 0 ? width / n : 0;
  return (day) => {
    if (n === 0) return x0;
    if (day <= periods[0].first) return x0;
    if (day > periods[n - 1].last) return x0 + width;
    const i = locate(periods, starts, day);
    const p = periods[i];
    return x0 + step * (i + (day - p.first) / (p.last - p.first + 1));
  };
}
