import { refKey } from "./gazetteer";
import { fold } from "./text";
import type { EntityRef, Mention, Sentence } from "./types";

/** Words that join the names of one group: "X and Y", "X, along with Y and Z", "X and later Y". */
const CONNECTOR = /^\s*(,\s*)?(and|or|along with|together with|as well as|&|and later|and then)?\s*(,\s*)?(the\s+)?$/i;

/** Mentions that the text coordinates into one group, in order ("Niger, along with Burkina Faso and Mali"). */
export function groups(mentions: readonly Mention[], article: string): Mention[][] {
  const out: Mention[][] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && CONNECTOR.test(article.slice(prev.end, m.start)) && article.slice(prev.end, m.start).trim() !== "")
      last.push(m);
    else out.push([m]);
  }
  return out;
}

const PAIR = /\b(both|the two|the three|all three|the four|all four)\s+(?:[a-z-]+\s+){0,2}?(countries|nations|states|parties|sides|governments|neighbou?rs|militaries|armies|leaders)\b/g;
const THEY = /\bthey\b/g;
const COUNTRY = /\bthe (country|nation)\b/g;
const BLOC = /\bthe (?:regional )?(bloc|alliance|organi[sz]ation|confederation)\b/g;
const RULERS = /\bthe (?:military )?(junta|regime|authorities)\b(?!\s+(?:in|of)\b)/g;

/**
 * What the article has said so far: how often each entity was named (its salience) and in what
 * order, and the last group of entities named together. References resolve against it: "both
 * countries" to the last two countries named, "they" to the last group, "the country" to the most
 * talked-about country not already named in the sentence.
 */
export class Discourse {
  private counts = new Map<string, number>();
  private order: EntityRef[] = [];
  private lastGroup?: { entities: EntityRef[]; sentence: number };

  /** References in a sentence, given its names (found first). */
  references(sentence: Sentence, names: readonly Mention[], article: string): Mention[] {
    const text = fold(sentence.text);
    const found: Mention[] = [];
    const at = (m: RegExpMatchArray) => sentence.start + (m.index ?? 0);
    const before = (pos: number) => names.filter((n) => n.end <= pos).flatMap((n) => n.entities);
    const appositive = (end: number) => names.some((n) => n.start >= end && n.start - end <= 2);
    const push = (m: RegExpMatchArray, entities: EntityRef[]) => {
      const start = at(m);
      const end = start + m[0].length;
      if (entities.length && !appositive(end)) {
        const possessive = /^['’]s?\b/.test(article.slice(end, end + 2));
        found.push({ start, end, text: article.slice(start, end), entities, via: "reference", possessive });
      }
    };
    for (const m of text.matchAll(PAIR)) {
      const countriesOnly = !/parties|sides|governments|leaders|militaries|armies/.test(m[2]);
      const n = /three/.test(m[1]) ? 3 : /four/.test(m[1]) ? 4 : 2;
      // "Kenya hosted talks between the two sides": the sides are others than the host.
      const between = /\bbetween\s+$/.test(text.slice(0, m.index));
      const named = new Set(before(at(m)).map(refKey));
      push(m, between ? this.lastDistinct(n, [], countriesOnly, named) : this.lastDistinct(n, before(at(m)), countriesOnly));
    }
    for (const m of text.matchAll(THEY)) {
      const group = [...found].reverse().find((f) => f.entities.length > 1 && f.end <= at(m));
      const inSentence = groups(names.filter((n) => n.end <= at(m)), article).reverse().find((g) => g.length > 1);
      const entities =
        group?.entities ??
        inSentence?.flatMap((n) => n.entities) ??
        (this.lastGroup && this.lastGroup.sentence >= sentence.index - 1 ? this.lastGroup.entities : []);
      push(m, entities);
    }
    const notNamedHere = (pos: number) => new Set(before(pos).map(refKey));
    for (const m of text.matchAll(COUNTRY)) push(m, this.salient((r) => r.type === "country", notNamedHere(at(m))));
    for (const m of text.matchAll(RULERS)) push(m, this.salient((r) => r.type === "country", notNamedHere(at(m))));
    for (const m of text.matchAll(BLOC))
      push(m, this.salient((r) => r.type === "organization" || r.type === "alliance", notNamedHere(at(m))));
    return found.sort((a, b) => a.start - b.start);
  }

  /** Records a sentence's mentions, in order, once it has been read. */
  note(sentence: Sentence, mentions: readonly Mention[], article: string): void {
    for (const m of mentions) {
      if (m.via !== "reference")
        for (const e of m.entities) this.counts.set(refKey(e), (this.counts.get(refKey(e)) ?? 0) + 1);
      for (const e of m.entities) {
        this.order = this.order.filter((o) => refKey(o) !== refKey(e));
        this.order.push(e);
      }
    }
    const group = [
      ...mentions.filter((m) => m.entities.length > 1).map((m) => ({ end: m.end, entities: m.entities })),
      ...groups(mentions.filter((m) => m.entities.length === 1), article)
        .filter((g) => g.length > 1)
        .map((g) => ({ end: g[g.length - 1].end, entities: g.flatMap((m) => m.entities) })),
    ].sort((a, b) => a.end - b.end).pop();
    if (group) this.lastGroup = { entities: group.entities, sentence: sentence.index };
  }

  private lastDistinct(n: number, inSentence: EntityRef[], countriesOnly: boolean, exclude = new Set<string>()): EntityRef[] {
    const seen = new Map<string, EntityRef>();
    for (const e of [...this.order, ...inSentence].reverse()) {
      if ((countriesOnly && e.type !== "country") || exclude.has(refKey(e))) continue;
      if (!seen.has(refKey(e))) seen.set(refKey(e), e);
      if (seen.size === n) break;
    }
    return seen.size === n ? [...seen.values()].reverse() : [];
  }

  private salient(accept: (e: EntityRef) => boolean, exclude: Set<string>): EntityRef[] {
    let best: EntityRef | undefined;
    let bestCount = 0;
    // Later in `order` is more recent: on a tie the more recent wins.
    for (const e of this.order) {
      const c = this.counts.get(refKey(e)) ?? 0;
      if (accept(e) && !exclude.has(refKey(e)) && c >= bestCount && c > 0) {
        best = e;
        bestCount = c;
      }
    }
    return best ? [best] : [];
  }
}
