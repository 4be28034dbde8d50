/**
 * How a clause holds its trigger: denied ("did not sign"), only intended or announced ("will send",
 * "plans to"), or just done ("has signed", a news lead's recent act). All read on folded text,
 * from the clause's start to the trigger.
 */

/** A negation shortly before the trigger: "did not", "has never", "refused to", "no longer". */
const NEGATION =
  /\b(not|n't|never|no longer|neither|nor|refus\w* to|declin\w* to|reject\w* (?:calls? )?to|fail\w* to|den(?:y|ies|ied)(?: that)?|without)\b(?:\s+\S+){0,3}\s*$/;

/** A modal or verb of intent shortly before the trigger. */
const INTENT =
  /\b(will|would|shall|'ll|plans?|planned|planning|set|sets|intends?|intended|intending|intention|aims?|aimed|aiming|expected|going|poised|ready|readiness|prepared|pledg\w*|vow\w*|promis\w*|offer\w*|propos\w*|threat\w*|warn\w*|seeks?|seeking|sought|bid|wants?|wanted|hopes?|hoping|due|about|to be)\b(?:\s+\S+){0,4}\s*$/;
/** Plain "to" + verb after one of these nouns or verbs is an intent too ("turns to Turkey to train"). */
const PURPOSE = /\bto\s+\S*\s*$/;

export function isNegated(beforeTrigger: string): boolean {
  return NEGATION.test(beforeTrigger.slice(-60));
}

/** Verbs whose "to" + verb is a purpose yet to be fulfilled: "turns to Turkey to train", "asked France to send". */
const PURPOSE_VERBS = /\b(turns?|turned|asks?|asked|invites?|invited|calls?|called|agreed|agrees|urged?|requested)\b/;

/** `beforeTrigger`: the trigger's clause up to the trigger. */
export function isIntent(beforeTrigger: string): boolean {
  const near = beforeTrigger.slice(-60);
  if (/\b(has|have|had|was|were)\s+\S+\s*$/.test(near) && !PURPOSE.test(near)) return false;
  if (INTENT.test(near)) return true;
  // "will send troops to train": the purpose of an intended act is intended too.
  return PURPOSE.test(near) && (PURPOSE_VERBS.test(beforeTrigger) || /\b(will|would|shall|plans?|set to|intends?|aims?)\b/.test(beforeTrigger));
}

/** "has signed", "have met": a present perfect, which in news is a recent act unless "since" says otherwise. */
export function isRecent(clauseToTrigger: string): boolean {
  // The perfect must govern the trigger: "has signed", "has announced the signing of", not "there have been … signed".
  return (
    /\b(has|have)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en|wn|ne|t)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?)?$/.test(clauseToTrigger) &&
    !/\bsince\b/.test(clauseToTrigger)
  );
}
