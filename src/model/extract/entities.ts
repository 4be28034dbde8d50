import type { EntityType } from "../dataset/schema";
import type { Gazetteer, NameEntry } from "./gazetteer";
import { fold } from "./text";
import type { Mention, Sentence } from "./types";

interface Word {
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** What may stand between the words of one name: spaces, a hyphen, a dot, an apostrophe. */
const JOIN = /^[\s\-.'’]*$/;
const POSSESSIVE = /^['’]s?(?![\p{L}\p{N}])/u;

function words(text: string, offset: number): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    key: fold(m[0]),
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));
}

/**
 * The names of known entities in a sentence, longest first: dataset labels and aliases, countries,
 * demonyms, capitals, organisations. A name must be capitalised as a name is ("Chad", not "chad");
 * short all-capital names must match exactly ("US", not "us").
 */
export function findNames(sentence: Sentence, gazetteer: Gazetteer, article: string): Mention[] {
  const ws = words(sentence.text, sentence.start);
  const mentions: Mention[] = [];
  for (let i = 0; i < ws.length; ) {
    let found: { entry: NameEntry; n: number } | undefined;
    for (let n = Math.min(gazetteer.maxWords, ws.length - i); n >= 1 && !found; n--) {
      if (n > 1 && !JOIN.test(article.slice(ws[i + n - 2].end, ws[i + n - 1].start))) continue;
      const key = ws.slice(i, i + n).map((w) => w.key).join(" ");
      const original = article.slice(ws[i].start, ws[i + n - 1].end);
      const entry = gazetteer.names.get(key)?.find((e) => matchesCase(e, original));
      if (entry) found = { entry, n };
    }
    if (!found) {
      i++;
      continue;
    }
    const start = ws[i].start;
    let end = ws[i + found.n - 1].end;
    const after = POSSESSIVE.exec(article.slice(end, end + 3));
    if (after) end += after[0].length;
    mentions.push({
      start,
      end,
      text: article.slice(start, end),
      entities: [found.entry.ref],
      via: found.entry.via,
      possessive: Boolean(after),
    });
    i += found.n;
  }
  return mentions;
}

function matchesCase(entry: NameEntry, original: string): boolean {
  if (entry.exact) return original === entry.exact || original === entry.exact.replace(/\.$/, "");
  return /^[\p{Lu}\p{N}]/u.test(original);
}

const ORG_WORDS =
  /\b(force|forces|army|union|alliance|council|community|organi[sz]ation|agency|ministry|bank|fund|party|corps|group|guard|command|committee|commission|coalition|confederation|league|mission|association|institute|government|junta)\b/i;
const ARMED_WORDS = /\b(front|militia|brigades?|liberation|jihad|mujahideen|ansar|rebels?|insurgents?)\b/i;
const TITLE = /\b(president|gen\.?|general|prime minister|minister|colonel|col\.?|captain|capt\.?|lt\.?|king|emir|chief|commander|leader|senator|ambassador|secretary-general|mr\.?|mrs\.?|ms\.?|dr\.?)\s+$/i;
const NOT_ACRONYMS = new Set(["READ", "ALSO", "FREE", "PDF", "TV", "AM", "PM", "CEO", "NEWS", "OK", "I", "A"]);
const GLUE = new Set(["of", "the", "for", "and", "de", "du", "des", "in"]);

/**
 * Entities the gazetteer does not know, from runs of proper nouns: organisations and armed groups
 * named by what they are ("… Task Force", "… Liberation Front"), acronyms ("JNIM"), and people
 * introduced by a title ("President Mohamed Bazoum").
 */
export function recogniseEntities(sentence: Sentence, known: readonly Mention[], article: string): Mention[] {
  const taken = (start: number, end: number) => known.some((m) => m.start < end && start < m.end);
  const found: Mention[] = [];
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].pos !== "PROPN" || taken(tokens[i].start, tokens[i].end)) continue;
    let j = i;
    while (
      j + 1 < tokens.length &&
      !taken(tokens[j + 1].start, tokens[j + 1].end) &&
      (tokens[j + 1].pos === "PROPN" ||
        (GLUE.has(tokens[j + 1].text.toLowerCase()) && tokens[j + 2]?.pos === "PROPN" && !taken(tokens[j + 2].start, tokens[j + 2].end)))
    )
      j++;
    let start = tokens[i].start;
    const end = tokens[j].end;
    // "General Abdou Karim Sanda": the title is tagged with the name; it belongs before it.
    const title = /^(?:(?:president|general|gen\.?|prime minister|minister|colonel|col\.?|captain|capt\.?|king|emir|chief|commander|senator|ambassador|mr\.?|mrs\.?|ms\.?|dr\.?)\s+)+/i.exec(article.slice(start, end));
    if (title && title[0].length < end - start) start += title[0].length;
    const text = article.slice(start, end);
    const type = classify(text, article.slice(Math.max(0, start - 30), start));
    i = j;
    if (!type) continue;
    const after = POSSESSIVE.exec(article.slice(end, end + 3));
    found.push({
      start,
      end: end + (after ? after[0].length : 0),
      text,
      entities: [{ label: text, type }],
      via: "recognised",
      possessive: Boolean(after),
    });
  }
  return found;
}

function classify(text: string, before: string): EntityType | undefined {
  if (ARMED_WORDS.test(text)) return "armed-group";
  if (ORG_WORDS.test(text) && text.includes(" ")) return "organization";
  if (/^[A-Z]{2,6}$/.test(text) && !NOT_ACRONYMS.has(text)) return "organization";
  if (TITLE.test(before) && /^\p{Lu}\p{Ll}+(\s+\p{Lu}\p{Ll}+)+$/u.test(text)) return "person";
  return undefined;
}
