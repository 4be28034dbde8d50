/** Spreadsheet date forms: day/month/year or month/day/year (which one, the user says), and year/month/day. */
export type DateOrder = "dmy" | "mdy";

export const DATE_ORDER_NAMES: Record<DateOrder, string> = { dmy: "day/month/year", mdy: "month/day/year" };

const NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(~?)$/;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(~?)$/;

const two = (n: string) => n.padStart(2, "0");

/** True for "03/08/2023" or "3.8.2023": the order of day and month is not written in it. */
export function needsOrder(text: string): boolean {
  return NUMERIC.test(text.trim());
}

/**
 * A date cell in the ISO form the dataset uses, or the text unchanged when it is in no form known here
 * (validation then says what is wrong with it). Impossible days are left for validation too.
 */
export function isoDate(text: string, order: DateOrder): string {
  const t = text.trim();
  const ymd = YEAR_FIRST.exec(t);
  if (ymd) return `${ymd[1]}-${two(ymd[2])}-${two(ymd[3])}${ymd[4]}`;
  const m = NUMERIC.exec(t);
  if (!m) return t;
  const [day, month] = order === "dmy" ? [m[1], m[2]] : [m[2], m[1]];
  return `${m[3]}-${two(month)}-${two(day)}${m[4]}`;
}

/** The only order the dates allow (a first number over 12 is a day), or undefined when both are possible or they conflict. */
export function orderOf(texts: Iterable<string>): DateOrder | undefined {
  let dmy = false;
  let mdy = false;
  for (const text of texts) {
    const m = NUMERIC.exec(text.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  return dmy === mdy ? undefined : dmy ? "dmy" : "mdy";
}
