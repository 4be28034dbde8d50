import type { EntityType } from "../dataset/schema";
import type { RelationType } from "../dataset/schema";
import { fold } from "./text";
import lexicon from "./lexicon.json";

/** A relation type's trigger phrases, compiled. */
export interface TriggerRule {
  type: RelationType;
  patterns: RegExp[];
  weight: number;
  mutual: boolean;
  locative: boolean;
  targets?: EntityType[];
  /** Found by the type's label only (a type the lexicon does not cover). */
  fromLabel: boolean;
}

export interface TriggerMatch {
  rule: TriggerRule;
  start: number;
  end: number;
  text: string;
}

interface LexiconEntry {
  type: string;
  weight: number;
  patterns: string[];
  mutual?: boolean;
  locative?: boolean;
  targets?: string[];
}

const SEP = "[\\s\\-\"']+";
/** A gap of up to n words, never across a semicolon or a colon. */
const gap = (n: number) => `(?:${SEP}[^\\s;:]+){0,${n}}?${SEP}`;

/** Compiles the lexicon's pattern syntax ("sign* ~6 memorandum|mou") into a RegExp. */
export function compilePattern(pattern: string): RegExp {
  const parts = pattern.trim().split(/\s+/);
  let source = "";
  let pendingGap: number | undefined;
  for (const part of parts) {
    const g = /^~(\d*)$/.exec(part);
    if (g) {
      pendingGap = g[1] ? Number(g[1]) : 4;
      continue;
    }
    const alternatives = part.split("|").map((alt) =>
      alt
        .split("_")
        .map((w) => w.replace(/[.+?^${}()[\]\\]/g, "\\$&").replace(/\*$/, "[\\p{L}\\-]*"))
        .join(SEP),
    );
    if (source) source += pendingGap === undefined ? SEP : gap(pendingGap);
    source += `(?:${alternatives.join("|")})`;
    pendingGap = undefined;
  }
  return new RegExp(`(?<![\\p{L}\\p{N}])${source}(?![\\p{L}\\p{N}])`, "gu");
}

const STOP = new Set(["with", "of", "in", "on", "to", "from", "for", "the", "a", "an", "against", "by"]);

/** A pattern from a type's label, for vocabulary types the lexicon does not cover ("announced intent" → "announc* ~3 intent*"). */
export function labelPattern(label: string): string {
  const words = fold(label)
    .split(/[^\p{L}]+/u)
    .filter((w) => w && !STOP.has(w))
    .map((w) => (w.length > 5 ? w.replace(/(ed|es|s|ing)$/, "") : w) + "*");
  return words.join(" ~3 ");
}

/** The rules for the vocabulary in use: the lexicon's entries for its types, in the lexicon's order, then its other types by label. */
export function compileRules(vocabulary: readonly RelationType[]): TriggerRule[] {
  const byId = new Map(vocabulary.map((t) => [t.id, t]));
  const entries = (lexicon.entries as LexiconEntry[]).filter((e) => byId.has(e.type));
  const covered = new Set(entries.map((e) => e.type));
  const rules: TriggerRule[] = entries.map((e) => ({
    type: byId.get(e.type)!,
    patterns: e.patterns.map(compilePattern),
    weight: e.weight,
    mutual: e.mutual ?? false,
    locative: e.locative ?? false,
    targets: e.targets as EntityType[] | undefined,
    fromLabel: false,
  }));
  for (const t of vocabulary)
    if (!covered.has(t.id) && labelPattern(t.label))
      rules.push({ type: t, patterns: [compilePattern(labelPattern(t.label))], weight: 0.5, mutual: false, locative: false, fromLabel: true });
  return rules;
}

/**
 * Every trigger in a sentence (folded text, offsets of the article). A match inside a longer one is
 * dropped ("intelligence-sharing" inside "terminated an intelligence-sharing agreement"); of two
 * that overlap, the longer wins, then the earlier rule.
 */
export function findTriggers(folded: string, offset: number, rules: readonly TriggerRule[]): TriggerMatch[] {
  const all: (TriggerMatch & { order: number })[] = [];
  rules.forEach((rule, order) => {
    for (const pattern of rule.patterns)
      for (const m of folded.matchAll(pattern)) {
        const start = offset + m.index;
        all.push({ rule, start, end: start + m[0].length, text: m[0], order });
      }
  });
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order);
  const kept: TriggerMatch[] = [];
  for (const m of all) {
    if (kept.some((k) => k.start < m.end && m.start < k.end)) continue;
    kept.push({ rule: m.rule, start: m.start, end: m.end, text: m.text });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The vocabulary's type for an intent to act ("will send troops"): CAMEO 03 ("express intent to
 * cooperate") for cooperation, CAMEO 13 ("threaten") for conflict. Undefined when the vocabulary has none.
 */
export function intentType(act: RelationType, vocabulary: readonly RelationType[]): RelationType | undefined {
  const conflict = act.class === "verbal-conflict" || act.class === "material-conflict";
  const root = conflict ? "13" : "03";
  const fits = vocabulary.filter((t) => t.kind === "event" && t.cameo?.startsWith(root));
  return fits.find((t) => /intent|threat/.test(t.id)) ?? fits[0];
}
