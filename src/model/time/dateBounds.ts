import { dayNumber } from "./dates";

/**
 * The first and last day of a date text, read digit by digit: what loading a large dataset needs of
 * each of its 100k dates, without parseDate's cache lookup, regular expression or span object.
 * NaN for any text parseDate refuses; src/model/time/dateBounds.test.ts holds the two to the same answers.
 */
export function firstDay(text: string): number {
  const precision = precisionOf(text);
  if (precision === 0) return NaN;
  return dayNumber(yearOf(text), precision === 1 ? 1 : twoDigits(text, 5), precision === 3 ? twoDigits(text, 8) : 1);
}

export function lastDay(text: string): number {
  const precision = precisionOf(text);
  if (precision === 0) return NaN;
  const year = yearOf(text);
  if (precision === 1) return dayNumber(year, 12, 31);
  const month = twoDigits(text, 5);
  return precision === 2 ? dayNumber(year, month + 1, 1) - 1 : dayNumber(year, month, twoDigits(text, 8));
}

const isDigit = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};
const twoDigits = (text: string, i: number) => (text.charCodeAt(i) - 48) * 10 + text.charCodeAt(i + 1) - 48;
const yearOf = (text: string) => (text.charCodeAt(0) - 48) * 1000 + twoDigits(text, 1) * 10 + text.charCodeAt(3) - 48;

/** 1 for YYYY, 2 for YYYY-MM, 3 for YYYY-MM-DD (each optionally ending in ~) with a month and day that exist; 0 otherwise. */
function precisionOf(text: string): 0 | 1 | 2 | 3 {
  const length = text.charCodeAt(text.length - 1) === 126 ? text.length - 1 : text.length; // without a final "~"
  if (length < 4 || !isDigit(text, 0) || !isDigit(text, 1) || !isDigit(text, 2) || !isDigit(text, 3)) return 0;
  if (length === 4) return 1;
  if (length !== 7 && length !== 10) return 0;
  if (text.charCodeAt(4) !== 45 || !isDigit(text, 5) || !isDigit(text, 6)) return 0;
  const month = twoDigits(text, 5);
  if (month < 1 || month > 12) return 0;
  if (length === 7) return 2;
  if (text.charCodeAt(7) !== 45 || !isDigit(text, 8) || !isDigit(text, 9)) return 0;
  const day = twoDigits(text, 8);
  const year = yearOf(text);
  return day >= 1 && day <= dayNumber(year, month + 1, 1) - dayNumber(year, month, 1) ? 3 : 0;
}
