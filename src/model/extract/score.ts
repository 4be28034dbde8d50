import { spanOf } from "../time/dates";
import type { RelationType } from "../dataset/schema";
import { refKey } from "./gazetteer";
import type { Candidate, EntityRef } from "./types";

/** A hand-written gold relation (tests/fixtures/articles/*.gold.json). */
export interface GoldRelation {
  quote: string;
  source: string;
  target: string;
  type: string;
  date?: string;
  start?: string;
  hedged: boolean;
  /** "they signed", "both parties": either direction is right. */
  mutual?: boolean;
  /** An intended act: right when typed with the vocabulary's intent type. */
  intent?: boolean;
  note?: string;
}

export interface Score {
  gold: number;
  candidates: number;
  matched: number;
  precision: number;
  recall: number;
  /** Matched pairs whose hedged flag agrees. */
  hedgeAgreement: number;
  missed: GoldRelation[];
  extra: Candidate[];
}

const squeeze = (s: string) => s.replace(/\s+/g, " ").trim();

/** Two dates agree when one's span lies within the other's: "2024-08-30~" is right for "2024-08". */
export function datesAgree(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = spanOf(a);
  const y = spanOf(b);
  return (x.first >= y.first && x.last <= y.last) || (y.first >= x.first && y.last <= x.last);
}

function isIntentType(id: string, vocabulary: readonly RelationType[]): boolean {
  const t = vocabulary.find((v) => v.id === id);
  return Boolean(t?.cameo && /^(03|13)/.test(t.cameo));
}

function sameEntity(ref: EntityRef, gold: string): boolean {
  return ref.id === gold || refKey(ref) === `~${gold}`;
}

/** Does a candidate state the gold relation: same sentence, type, ends (either way when mutual) and date? */
export function matches(c: Candidate, g: GoldRelation, vocabulary: readonly RelationType[]): boolean {
  if (squeeze(c.quote) !== squeeze(g.quote)) return false;
  if (c.type !== g.type && !(g.intent && isIntentType(c.type, vocabulary))) return false;
  const forward = sameEntity(c.source, g.source) && sameEntity(c.target, g.target);
  const backward = sameEntity(c.source, g.target) && sameEntity(c.target, g.source);
  if (!forward && !(g.mutual && backward)) return false;
  return datesAgree(c.date ?? c.start, g.date ?? g.start);
}

/** Precision and recall of candidates against gold, each gold relation matched at most once. */
export function score(candidates: readonly Candidate[], gold: readonly GoldRelation[], vocabulary: readonly RelationType[]): Score {
  const used = new Set<number>();
  const extra: Candidate[] = [];
  let hedges = 0;
  for (const c of candidates) {
    const i = gold.findIndex((g, k) => !used.has(k) && matches(c, g, vocabulary));
    if (i < 0) extra.push(c);
    else {
      used.add(i);
      if (gold[i].hedged === c.hedged) hedges++;
    }
  }
  const matched = used.size;
  return {
    gold: gold.length,
    candidates: candidates.length,
    matched,
    precision: candidates.length ? matched / candidates.length : 1,
    recall: gold.length ? matched / gold.length : 1,
    hedgeAgreement: matched ? hedges / matched : 1,
    missed: gold.filter((_, k) => !used.has(k)),
    extra,
  };
}
