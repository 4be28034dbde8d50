/** The period a view shows, as data: a window of years or months, one day (as of), or two days compared. */
export type Period =
  | { mode: "window"; from: number; to: number; fromMonth?: number; toMonth?: number }
  | { mode: "asof"; at: string }
  | { mode: "compare"; from: string; to: string };

/** The view fields a period is read from (ViewState's time fields). */
export interface PeriodFields {
  from: number;
  to: number;
  fromMonth?: number;
  toMonth?: number;
  at?: string;
  compare?: readonly [string, string];
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const pad = (n: number) => String(n).padStart(2, "0");

export function periodOf(view: PeriodFields): Period {
  if (view.compare) return { mode: "compare", from: view.compare[0], to: view.compare[1] };
  if (view.at) return { mode: "asof", at: view.at };
  const { from, to, fromMonth, toMonth } = view;
  return fromMonth !== undefined && toMonth !== undefined ? { mode: "window", from, to, fromMonth, toMonth } : { mode: "window", from, to };
}

/** For file names: `2023-2025`, `2024`, `2024-03-2024-09`, `as-of-2024-06-01`, `compare-2023-01-01-2025-06-01`. */
export function periodSlug(period: Period): string {
  switch (period.mode) {
    case "asof":
      return `as-of-${period.at}`;
    case "compare":
      return `compare-${period.from}-${period.to}`;
    case "window": {
      const months = period.fromMonth !== undefined && period.toMonth !== undefined;
      const a = months ? `${period.from}-${pad(period.fromMonth!)}` : String(period.from);
      const b = months ? `${period.to}-${pad(period.toMonth!)}` : String(period.to);
      return a === b ? a : `${a}-${b}`;
    }
  }
}

/** "1 June 2024" */
function dayWords(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** For captions and titles: "2023–2025", "March–September 2024", "as of 1 June 2024", "1 January 2023 compared with 1 June 2025". */
export function periodWords(period: Period): string {
  switch (period.mode) {
    case "asof":
      return `as of ${dayWords(period.at)}`;
    case "compare":
      return `${dayWords(period.from)} compared with ${dayWords(period.to)}`;
    case "window": {
      const { from, to, fromMonth, toMonth } = period;
      if (fromMonth === undefined || toMonth === undefined) return from === to ? String(from) : `${from}–${to}`;
      const a = MONTHS[fromMonth - 1];
      const b = MONTHS[toMonth - 1];
      if (from !== to) return `${a} ${from}–${b} ${to}`;
      return a === b ? `${a} ${from}` : `${a}–${b} ${from}`;
    }
  }
}
