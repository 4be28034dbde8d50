import { dayNumber, isoDay } from "./dates";

/** What a typed or pasted day reads as: an ISO day, or why it is not one. */
export type DayReading = { ok: true; iso: string } | { ok: false; error: string };

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Day first, any of / . - or space between, four-digit year: 1/3/2024, 01.03.2024, 1-3-2024. */
const DMY = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4})$/;
const DIGITS = /^(\d{8})$/;
/** 1 March 2024, 1 Mar 2024, 1st of March, 2024 */
const DAY_MONTH_NAME = /^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?,?\s+(\d{4})$/;
/** March 1, 2024 */
const MONTH_NAME_DAY = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;

function monthFromName(name: string): number | undefined {
  if (name.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(name));
  return i < 0 ? undefined : i + 1;
}

/** A year, month and day that exist, as ISO; an error naming what is wrong otherwise. */
function checked(year: number, month: number, day: number): DayReading {
  if (month < 1 || month > 12) return { ok: false, error: `There is no month ${month}.` };
  const last = dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
  if (day < 1 || day > last) return { ok: false, error: `There is no ${day} ${SHORT_MONTHS[month - 1]} ${year}: that month has ${last} days.` };
  return { ok: true, iso: isoDay(dayNumber(year, month, day)) };
}

/**
 * Reads a day as people type or paste it: ISO (2024-03-01), day/month/year with / . - or spaces
 * (1/3/2024, 01.03.2024), eight digits (01032024 or 20240301), or with the month's name
 * (1 March 2024, Mar 1, 2024). Day comes before month in numeric forms, as in most of the world;
 * the parsed day is shown back so a slip is seen.
 */
export function readDay(text: string): DayReading {
  const t = text.trim().toLowerCase();
  if (t === "") return { ok: false, error: "Type a day, e.g. 2024-03-01 or 1/3/2024." };
  let m = ISO.exec(t);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = DMY.exec(t))) return checked(Number(m[3]), Number(m[2]), Number(m[1]));
  if ((m = DIGITS.exec(t))) {
    // 20240301 when it reads as a year first, else 01032024 (day, month, year).
    const ymd = checked(Number(t.slice(0, 4)), Number(t.slice(4, 6)), Number(t.slice(6, 8)));
    if (ymd.ok && Number(t.slice(0, 4)) >= 1000) return ymd;
    return checked(Number(t.slice(4)), Number(t.slice(2, 4)), Number(t.slice(0, 2)));
  }
  m = DAY_MONTH_NAME.exec(t);
  const named = m ? { day: m[1], month: m[2], year: m[3] } : (m = MONTH_NAME_DAY.exec(t)) ? { day: m[2], month: m[1], year: m[3] } : undefined;
  if (named) {
    const month = monthFromName(named.month);
    if (month === undefined) return { ok: false, error: `“${named.month}” is not a month.` };
    return checked(Number(named.year), month, Number(named.day));
  }
  return { ok: false, error: "Not a day: type it as 2024-03-01, 1/3/2024 or 1 March 2024." };
}

/** A day within [min, max] (ISO days compare as strings), or why not. */
export function readDayWithin(text: string, min: string, max: string): DayReading {
  const read = readDay(text);
  if (!read.ok || (read.iso >= min && read.iso <= max)) return read;
  return { ok: false, error: `${dayText(read.iso)} is outside the data, which runs from ${dayText(min)} to ${dayText(max)}.` };
}

/**
 * Whether the text looks finished, so it can take effect while typing: an ISO day with a two-digit
 * day, or a numeric form ending in a four-digit year. Shorter forms wait for Enter or leaving the field
 * (typing "2024-03-1" on the way to "2024-03-15" must not jump to the 1st).
 */
export function looksComplete(text: string): boolean {
  const t = text.trim();
  return /^\d{4}-\d{1,2}-\d{2}$/.test(t) || DMY.test(t) || DIGITS.test(t);
}

/** "1 Mar 2024" */
export function dayText(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${SHORT_MONTHS[m - 1]} ${y}`;
}
