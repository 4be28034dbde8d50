import type { Entity, RelationType } from "../dataset/schema";
import { findDates, type DateMention } from "./dates";
import { findNames, recogniseEntities } from "./entities";
import { buildGazetteer, refKey, type Gazetteer } from "./gazetteer";
import { findHedge, reportedNote } from "./hedges";
import { isIntent, isNegated, isRecent } from "./modality";
import { Discourse, groups } from "./references";
import { roleOf } from "./roles";
import { splitSentences } from "./sentences";
import { fold } from "./text";
import { compileRules, findTriggers, intentType, type TriggerMatch, type TriggerRule } from "./triggers";
import type { Candidate, EntityRef, ExtractContext, Mention, Sentence } from "./types";

/** Where a clause ends: a semicolon or colon, or a comma before "and", "but", "while", "whereas", "although". */
const CLAUSE_END = /;|:\s|,\s+(?:and|but|while|whereas|although|though)\s|\s[-–—]\s/g;
/** A sentence that refers back to the time of the last one: "At the time", "During the discussions", "The shift occurred". */
const SAME_TIME =
  /^(?:\W*)(?:at the time|at that time|then|meanwhile|on that day|that day|the same day|during (?:the|these|those|that) (?:discussions?|talks|meetings?|visit|summit|negotiations|conference|ceremony)|the (?:shift|move|decision|change|meeting|talks|visit|agreement|deal|announcement|incident|attack|coup|signing) (?:occurred|came|happened|took place|was (?:made|announced|signed|held)))\b/;
const FUTURE = /\b(will|shall|'ll|plans? to|planned to|set to|is to|are to|expected to|scheduled|due to|upcoming|next)\b/;

interface Clause {
  start: number;
  end: number;
}

interface Found {
  trigger: TriggerMatch;
  clause: Clause;
  agents: Mention[];
  patients: Mention[];
}

const gazetteers = new WeakMap<readonly Entity[], Gazetteer>();
const ruleSets = new WeakMap<readonly RelationType[], TriggerRule[]>();
const NO_ENTITIES: Entity[] = [];

/**
 * Candidate relations of a news article, for a person to review: for each sentence, the triggers of
 * the vocabulary's relation types, their actors (who did what to whom), the date of the claim's own
 * clause resolved against the publication date, and whether the article hedges it. Denied acts are
 * left out; intended ones are typed as intent. Claims the article does not date are left out.
 */
export function extract(text: string, context: ExtractContext): Candidate[] {
  const entities = context.entities ?? NO_ENTITIES;
  const gazetteer = gazetteers.get(entities) ?? buildGazetteer(entities);
  gazetteers.set(entities, gazetteer);
  const rules = ruleSets.get(context.relationTypes) ?? compileRules(context.relationTypes);
  ruleSets.set(context.relationTypes, rules);

  const folded = fold(text);
  const discourse = new Discourse();
  const candidates: Candidate[] = [];
  let anchor: string | undefined; // the last day the article gave, for "the previous day"
  let lastDate: string | undefined; // the last date of any precision, for "at the time"

  for (const sentence of splitSentences(text)) {
    const names = findNames(sentence, gazetteer, text);
    const recognised = recogniseEntities(sentence, names, text);
    const named = [...names, ...recognised].sort((a, b) => a.start - b.start);
    const refs = discourse.references(sentence, named, text).filter((r) => !named.some((n) => n.start < r.end && r.start < n.end));
    const mentions = [...named, ...refs].sort((a, b) => a.start - b.start);
    const sFolded = folded.slice(sentence.start, sentence.end);
    const clauses = clausesOf(sFolded, sentence.start);
    const clauseAt = (at: number) => clauses.find((c) => c.start <= at && at < c.end) ?? clauses[clauses.length - 1];
    const isFuture = (at: number) => {
      const c = clauseAt(sentence.start + at);
      return FUTURE.test(folded.slice(c.start, sentence.start + at));
    };
    const dates = findDates(sentence.text, sentence.start, context.published, anchor, isFuture);
    const carried = !dates.length && SAME_TIME.test(sFolded) ? lastDate : undefined;
    const hedge = findHedge(sFolded);
    const triggers = findTriggers(sFolded, sentence.start, rules);
    const found: Found[] = [];

    for (const trigger of triggers) {
      const clause = clauseAt(trigger.start);
      const before = folded.slice(clause.start, trigger.start);
      if (isNegated(before)) continue;
      const intent = isIntent(before);
      const type = intent ? intentType(trigger.rule.type, context.relationTypes) : trigger.rule.type;
      if (!type) continue;
      const next = triggers.find((t) => t.start > trigger.start);
      const roles = actors(trigger, clause, next, mentions, found, folded, text, sentence);
      if (!roles) continue;
      found.push({ trigger, clause, ...roles });

      const when = dateFor(trigger, clause, clauses, triggers, dates.filter((d) => !subordinate(d, trigger, folded)), type.kind === "state")
        ?? (carried ? { date: carried, how: "carried from the previous sentence" } : undefined)
        ?? (isRecent(before) ? { date: `${context.published}~`, how: "a recent act (present perfect): the publication date" } : undefined);
      if (!when) continue;

      const pairs = pairsOf(roles.agents, roles.patients, trigger.rule.mutual || (intent && type.class.endsWith("cooperation")));
      for (const [source, target, via] of pairs) {
        const confidence =
          trigger.rule.weight *
          (trigger.rule.fromLabel ? 0.8 : 1) *
          (intent ? 0.9 : 1) *
          (hedge ? 0.9 : 1) *
          viaFactor(via) *
          (when.how === "stated" ? 1 : when.how.startsWith("relative") ? 0.9 : 0.75);
        const reason = [
          `trigger "${text.slice(trigger.start, trigger.end)}"`,
          intent ? `intent ("${before.trim().split(/\s+/).slice(-3).join(" ")}"), typed as ${type.id} rather than ${trigger.rule.type.id}` : "",
          `date ${when.how}`,
          hedge ? `hedged ("${hedge}")` : "",
        ].filter(Boolean).join("; ");
        const quote = sentence.text;
        candidates.push({
          source,
          target,
          type: type.id,
          ...(type.kind === "state" ? { start: when.date } : { date: when.date }),
          quote,
          hedged: Boolean(hedge),
          confidence: Math.round(confidence * 100) / 100,
          reason,
          span: { start: sentence.start, end: sentence.end, trigger: [trigger.start, trigger.end] },
          ...(hedge ? { note: reportedNote(hedge, quote) } : {}),
        });
      }
    }
    discourse.note(sentence, mentions, text);
    const exact = dates.filter((d) => !d.since);
    if (exact.length) lastDate = exact[exact.length - 1].date;
    else if (carried) lastDate = carried;
    const days = exact.filter((d) => d.date.replace("~", "").length === 10);
    if (days.length) anchor = days[days.length - 1].date;
  }
  return dedupe(candidates);
}

function clausesOf(folded: string, offset: number): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  for (const m of folded.matchAll(CLAUSE_END)) {
    clauses.push({ start: offset + start, end: offset + m.index + 1 });
    start = m.index + 1;
  }
  clauses.push({ start: offset + start, end: offset + folded.length + 1 });
  return clauses;
}

/** The actors of a trigger: agents before it (or after "by" in the passive), patients after it. */
function actors(
  trigger: TriggerMatch,
  clause: Clause,
  next: TriggerMatch | undefined,
  mentions: Mention[],
  found: Found[],
  folded: string,
  text: string,
  sentence: Sentence,
): { agents: Mention[]; patients: Mention[] } | undefined {
  const usable = (m: Mention, asPatient: boolean) => {
    const r = roleOf(m, folded, trigger.start);
    return !r.attribution && !r.modifier && (!r.locative || (asPatient && trigger.rule.locative));
  };
  const fits = (m: Mention) =>
    !trigger.rule.targets || m.entities.every((e) => !e.type || trigger.rule.targets!.includes(e.type));

  // Passive: "sanctions were imposed on Niger by ECOWAS", "a force led by Nigeria"; or a noun's
  // agent: "a visit by the Turkish foreign minister".
  const tail = folded.slice(trigger.end, clause.end);
  const by = /^\s*(?:\S+\s+){0,4}?by\s+/.exec(tail);
  const passive =
    /\b(?:was|were|been|being|is|are)\s+(?:\S+\s+)?$/.test(folded.slice(clause.start, trigger.start)) || /ed$/.test(trigger.text) || /^\s*by\s/.test(tail);
  const byEnd = by ? trigger.end + by[0].length : -1;
  const byAgent =
    by && passive
      ? mentions.find((m) => m.start >= byEnd && /^(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+)?$/.test(folded.slice(byEnd, m.start)))
      : undefined;
  // "fought alongside Malian troops against JNIM": Mali fights too.
  const coAgent = (m: Mention) => /\b(?:alongside|together with|along with|jointly with)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/.test(folded.slice(trigger.end, m.start));

  const limit = Math.min(clause.end, next && next.start > trigger.end ? next.start : Infinity);
  const inTail = mentions.filter((m) => m.start > trigger.start && m.end <= limit && m !== byAgent && usable(m, true));
  const partners = inTail.filter(coAgent);
  const after = inTail.filter((m) => !coAgent(m) && fits(m));
  const beforeInClause = mentions.filter((m) => m.end <= trigger.start && m.start >= clause.start && usable(m, false));
  const beforeInSentence = mentions.filter((m) => m.end <= trigger.start && m.start >= sentence.start && usable(m, false));

  let agents: Mention[];
  let patients: Mention[];
  if (byAgent) {
    agents = [byAgent];
    const subject = beforeInClause[beforeInClause.length - 1];
    patients = after.length ? groupOf(after[0], after, text) : subject && fits(subject) ? [subject] : [];
  } else {
    const pool = beforeInClause.length ? beforeInClause : beforeInSentence;
    const nearest = pool[pool.length - 1];
    if (!nearest) return undefined;
    const prev = found[found.length - 1];
    // A participle after a comma acts for the main clause's subject: "withdrew from ECOWAS in January, forming the AES".
    if (/,\s*$/.test(folded.slice(clause.start, trigger.start)) && /^\w+ing\b/.test(trigger.text)) {
      agents = prev ? prev.agents : groupOf(pool[0], pool, text);
      patients = after.length ? groupOf(after[0], after, text) : [];
      return { agents, patients };
    }
    // Coordinated verbs share their subject: "imposing sanctions on Niger and closing its borders".
    // "visited Asmara, where he met …": a pronoun subject is the sentence's subject, not the place.
    if (/\b(?:he|she|it)\b/.test(folded.slice(nearest.end, trigger.start)) && pool[0] !== nearest) {
      agents = groupOf(pool[0], pool, text);
      patients = after.length ? groupOf(after[0], after, text) : [];
      return { agents: [...agents, ...partners], patients };
    }
    const coordinated = prev && prev.patients.includes(nearest) && /^[^,]*\band\b/.test(folded.slice(nearest.end, trigger.start));
    agents = coordinated ? prev.agents : groupOf(nearest, pool, text);
    patients = after.length ? groupOf(after[0], after, text) : [];
    if (!patients.length && prev && prev.clause === clause && !trigger.rule.mutual) patients = prev.patients.filter(fits);
  }
  return { agents: [...agents, ...partners], patients };
}

/** The coordinated group a mention belongs to ("Niger, along with Burkina Faso and Mali"). */
function groupOf(m: Mention, pool: Mention[], text: string): Mention[] {
  return groups(pool, text).find((g) => g.includes(m)) ?? [m];
}

type Via = Mention["via"];

/** Source–target pairs: agents × patients, or, for a mutual act with no patient, the agents among themselves. */
function pairsOf(agents: Mention[], patients: Mention[], mutual: boolean): [EntityRef, EntityRef, Via[]][] {
  const flat = (ms: Mention[]) => ms.flatMap((m) => m.entities.map((e) => ({ e, via: m.via })));
  const a = flat(agents);
  const out: [EntityRef, EntityRef, Via[]][] = [];
  if (patients.length) {
    for (const s of a) for (const t of flat(patients)) if (refKey(s.e) !== refKey(t.e)) out.push([s.e, t.e, [s.via, t.via]]);
  } else if (mutual && a.length > 1) {
    for (const t of a.slice(1)) if (refKey(a[0].e) !== refKey(t.e)) out.push([a[0].e, t.e, [a[0].via, t.via]]);
  }
  return out;
}

function viaFactor(via: Via[]): number {
  return via.reduce((f, v) => f * (v === "reference" ? 0.85 : v === "recognised" ? 0.85 : v === "name" ? 1 : 0.95), 1);
}

/**
 * The date of a trigger's own clause: the nearest date in it; failing that, a date of the sentence
 * in a clause with no trigger of its own. "since" dates only start states.
 */
function dateFor(
  trigger: TriggerMatch,
  clause: Clause,
  clauses: Clause[],
  triggers: TriggerMatch[],
  dates: DateMention[],
  state: boolean,
): { date: string; how: string } | undefined {
  const usable = dates.filter((d) => state || !d.since);
  const distance = (d: DateMention) => (d.end <= trigger.start ? trigger.start - d.end : d.start - trigger.end);
  const inClause = usable.filter((d) => d.start >= clause.start && d.end <= clause.end).sort((a, b) => distance(a) - distance(b));
  const free = usable.filter((d) => {
    const c = clauses.find((k) => k.start <= d.start && d.start < k.end);
    return c && !triggers.some((t) => t.start >= c.start && t.start < c.end);
  });
  const d = inClause[0] ?? free.sort((a, b) => distance(a) - distance(b))[0];
  if (!d) return undefined;
  return { date: d.date, how: d.relative ? `relative ("${d.text}")` : `stated ("${d.text}")` };
}

/**
 * A date on the far side of a time clause is not the trigger's: in "on Tuesday, weeks after they
 * completed their exit", Tuesday dates the main clause, not the exit; in "signed after Niger left in
 * May", May dates the leaving.
 */
function subordinate(d: DateMention, trigger: TriggerMatch, folded: string): boolean {
  const TIME_CLAUSE = /\b(?:after|before|since|following|until|prior to)\b/;
  if (d.end <= trigger.start) return new RegExp(`${TIME_CLAUSE.source}[^,]*$`).test(folded.slice(d.end, trigger.start));
  return TIME_CLAUSE.test(folded.slice(trigger.end, d.start));
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = [refKey(c.source), refKey(c.target), c.type, c.date ?? c.start, c.span.start].join("|");
    const have = best.get(key);
    if (!have || c.confidence > have.confidence) best.set(key, c);
  }
  return [...best.values()];
}
