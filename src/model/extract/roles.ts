import type { Mention } from "./types";

/**
 * Which mentions can be the actors of a relation, read from the words around them: a place where
 * something happened ("met in Niger's capital, Niamey") is not an actor, nor the outlet a claim is
 * attributed to ("according to Reuters"), nor a possessive that only qualifies a thing ("Niger's
 * capital"). "The junta in Niger" and "Niger's military" stand for Niger.
 */
const ACTOR_NOUN =
  "military|militaries|army|armies|armed forces|forces|troops|soldiers|government|governments|junta|regime|authorities|leaders?|leadership|rulers|president|officials?|ministry|minister|delegation|commanders?|navy|air force|state|statement|security forces|special forces|mercenaries|counterparts?|partners?|allies|side|sides|parties|factions|chief|chiefs|head|envoy|envoys|spokesman|spokesperson|ambassador|diplomats|foreign minister|defence minister|defense minister";
const LOCATIVE = new RegExp(
  `(?<!\\b(?:${ACTOR_NOUN}))\\s+(?:in|at|near|across|throughout|inside|within|into|outside)\\s+(?:the\\s+)?(?:[a-z-]+\\s+)?$|\\bcapital,?\\s*$`,
);
const ATTRIBUTION = /\b(according to|reported by|as reported by|told|said|via|citing|quoted by|reports? by)\s+(?:the\s+)?$/;
const ACTOR_AFTER = new RegExp(`^['’]s?\\s+(?:[a-z-]+\\s+)?(?:${ACTOR_NOUN})\\b`);

export interface RoleView {
  locative: boolean;
  attribution: boolean;
  /** A possessive that qualifies a thing rather than standing for its owner. */
  modifier: boolean;
}

/** How a mention stands in its sentence (`folded` is the folded article, `trigger` the trigger's start). */
export function roleOf(m: Mention, folded: string, triggerStart?: number): RoleView {
  const before = folded.slice(Math.max(0, m.start - 60), m.start);
  const after = folded.slice(m.end - (m.possessive ? 2 : 0), m.end + 40);
  const nearTrigger = triggerStart !== undefined && triggerStart >= m.end && /^\s*(?:\S+\s+)?$/.test(folded.slice(m.end, triggerStart));
  return {
    locative: LOCATIVE.test(before),
    attribution: ATTRIBUTION.test(before),
    modifier: m.possessive && !nearTrigger && !ACTOR_AFTER.test(after.replace(/^\s*/, "")),
  };
}
