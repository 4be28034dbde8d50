/**
 * Words by which news says a claim is reported rather than established: "reportedly", "according
 * to", "sources indicate", "claims", "allegedly", "is said to", "as reported by", "…, X reported."
 */
const HEDGE =
  /\b(reportedly|allegedly|purportedly|supposedly|according to|as reported by|reported by|sources? (?:say|said|says|indicate[sd]?|told|claim(?:ed|s)?|suggest(?:ed|s)?|close to)|claim(?:s|ed)?(?: that)?|alleg(?:e|es|ed)|(?:is|are|was|were) (?:said|believed|thought|understood|reported|alleged) to|reports? (?:say|said|says|suggest|suggested|indicate|indicated)|media reports?|unconfirmed|rumou?r(?:s|ed)?|it is understood|speculat\w+)\b|,[^,;]{0,60}\breported\W*$/;

/** The hedge in a stretch of text, if any (folded text expected). */
export function findHedge(folded: string): string | undefined {
  // A sentence ending ", state television reported." attributes the whole claim.
  return HEDGE.exec(folded)?.[0].replace(/^,\s*/, "").replace(/\W*$/, "");
}

/** The note an accepted hedged claim carries. */
export function reportedNote(hedge: string, quote: string): string {
  return `Reported: the article hedges this claim ("${hedge}"): ${quote}`;
}
