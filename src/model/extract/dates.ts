import * as chrono from "chrono-node";

/** A date the text gives, resolved to an Entente date (`2024-08`, `2024-08-28~`). */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  date: string;
  /** "since 2023": when a state began, not when an event happened. */
  since: boolean;
  /** Resolved from another date ("the previous day") rather than stated. */
  relative: boolean;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

// chrono-node knows weekdays, months, "last year"; news also dates by "July of last year" (a parser
// of our own) and by bare years ("in 2020"), which chrono filters out as unlikely: those are read here.
const parser = chrono.casual.clone();
const BARE_YEAR = /(?<![\d,.$£€\w])((?:19|20)\d\d)(?!\d|,\d|\s*(?:troops|soldiers|people|men|km|tonnes|dollars))/g;
parser.parsers.push({
  pattern: () => new RegExp(`\\b(${MONTHS.join("|")})\\s+of\\s+(last|this|next)\\s+year\\b`, "i"),
  extract: (context, match) => {
    const shift = { last: -1, this: 0, next: 1 }[match[2].toLowerCase() as "last" | "this" | "next"];
    return { month: MONTHS.indexOf(match[1].toLowerCase()) + 1, year: context.reference.instant.getUTCFullYear() + shift };
  },
});

/** "the previous day", "two days later": a day counted from the last day the text gave. */
const RELATIVE_DAY =
  /\b(?:the (previous|following|next|same) day|the day (before|after)|(a|one|two|three|four|five|six|\d+) days? (earlier|later|before|after)|(that|the same) day)\b/gi;
const NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

const DAY_MS = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso.slice(0, 10)}T12:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The dates in a sentence, resolved against the publication date and the last day the article
 * gave (`anchor`, for "the previous day"). Precision is what the text says: a year, a month, a day.
 * A date without a year, or a weekday alone, is taken in the past when its clause speaks of the
 * past and in the future when it speaks of the future ("in January" read in August 2024 is January
 * 2024). A weekday that contradicts its day of the month ("Thursday, August 26" in 2024, a Monday)
 * is taken as the weekday in the week before publication, marked approximate.
 */
export function findDates(
  text: string,
  offset: number,
  published: string,
  anchor: string | undefined,
  isFuture: (at: number) => boolean,
): DateMention[] {
  const ref = new Date(toDay(published));
  const found: DateMention[] = [];
  // "the previous day", "two days later" count from the text's last day, not from publication as chrono would.
  const relatives = [...text.matchAll(RELATIVE_DAY)].map((m) => [m.index, m.index + m[0].length]);
  for (const r of parser.parse(text, { instant: ref, timezone: 0 })) {
    if (relatives.some(([a, b]) => a < r.index + r.text.length && r.index < b)) continue;
    const s = r.start;
    const has = (c: "year" | "month" | "day" | "weekday") => s.isCertain(c);
    if (!has("year") && !has("month") && !has("day") && !has("weekday")) continue;
    const future = isFuture(r.index);
    let day = toDay(isoOf(Date.UTC(s.get("year")!, s.get("month")! - 1, s.get("day")!, 12)));
    let approximate = /\b(around|about|circa|approximately|roughly|early|mid|late|some time in|sometime in)\s*$/i.test(
      text.slice(Math.max(0, r.index - 20), r.index),
    );
    const pub = toDay(published);
    if (has("weekday") && !has("day")) {
      // A weekday alone: the nearest such day on the side of publication the clause speaks of.
      const back = (new Date(pub).getUTCDay() - s.get("weekday")! + 7) % 7;
      day = future ? pub + (((s.get("weekday")! - new Date(pub).getUTCDay() + 7) % 7 || 7) * DAY_MS) : pub - back * DAY_MS;
    } else if (!has("year")) {
      const date = new Date(day);
      if (!future && day > pub) date.setUTCFullYear(date.getUTCFullYear() - 1);
      if (future && day < pub) date.setUTCFullYear(date.getUTCFullYear() + 1);
      day = date.getTime();
    }
    if (has("weekday") && has("day") && new Date(day).getUTCDay() !== s.get("weekday")) {
      const back = (new Date(pub).getUTCDay() - s.get("weekday")! + 7) % 7;
      if (!future && Math.abs(pub - back * DAY_MS - day) <= 7 * DAY_MS) day = pub - back * DAY_MS;
      approximate = true;
    }
    const iso = isoOf(day);
    const precise = has("day") || has("weekday") ? iso : has("month") ? iso.slice(0, 7) : iso.slice(0, 4);
    found.push({
      start: offset + r.index,
      end: offset + r.index + r.text.length,
      text: r.text,
      date: precise + (approximate ? "~" : ""),
      since: /\b(since|ever since|from)\s*$/i.test(text.slice(Math.max(0, r.index - 12), r.index)),
      relative: false,
    });
  }
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = offset + m.index;
    if (found.some((d) => d.start <= start && start < d.end)) continue;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    found.push({
      start,
      end: start + m[0].length,
      text: m[0],
      date: m[1] + (/\b(around|about|circa|approximately|roughly|early|mid|late)\s*-?\s*$/i.test(before) ? "~" : ""),
      since: /\b(since|ever since|from)\s*$/i.test(before),
      relative: false,
    });
  }
  for (const m of text.matchAll(RELATIVE_DAY)) {
    const base = anchorBefore(found, offset + m.index) ?? anchor;
    if (!base || base.replace("~", "").length < 10) continue;
    const word = (m[1] ?? m[2] ?? m[4] ?? "").toLowerCase();
    const n = m[3] ? (NUMBERS[m[3].toLowerCase()] ?? Number(m[3])) : 1;
    let sign = /previous|before|earlier/.test(word) ? -1 : /following|next|after|later/.test(word) ? 1 : 0;
    // "came two days after Ethiopia signed": what follows happened two days before the day in view.
    if (m[3] && /after|before/.test(word) && /^\s+[\p{L}]/u.test(text.slice(m.index + m[0].length))) sign = -sign;
    found.push({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      text: m[0],
      date: isoOf(toDay(base) + sign * n * DAY_MS) + (base.endsWith("~") ? "~" : ""),
      since: false,
      relative: true,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

function anchorBefore(found: DateMention[], at: number): string | undefined {
  return [...found].reverse().find((d) => d.start < at && d.date.replace("~", "").length === 10)?.date;
}
