import type { RelationType } from "../dataset/schema";

/** Text reduced for comparison: accents, case, hyphens, underscores and runs of spaces do not matter. */
export function typeKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Edit distance (insertions, deletions, substitutions), stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

/** The type meant, or else the nearest one (if any is near enough). */
export interface TypeMatch {
  type?: RelationType;
  suggestion?: RelationType;
}

/**
 * Finds relation types as spreadsheets write them: by id or by label, forgiving case and spacing
 * ("Imposed sanctions on" is `imposed-sanctions`). Text that matches nothing gets the nearest type,
 * if one is near enough to be a slip ("imposed sanction on", "imposed sanctions"), as a suggestion.
 */
export function typeMatcher(types: Iterable<RelationType>): (text: string) => TypeMatch {
  const byKey = new Map<string, RelationType>();
  const all = [...types];
  // Ids first, so an id never loses to another type's label.
  for (const t of all) byKey.set(typeKey(t.id), t);
  for (const t of all) if (!byKey.has(typeKey(t.label))) byKey.set(typeKey(t.label), t);
  // A spreadsheet repeats its few types on thousands of rows: each text is looked up once.
  const seen = new Map<string, TypeMatch>();
  return (text) => {
    const key = typeKey(text);
    const exact = byKey.get(key);
    if (exact) return { type: exact };
    if (key === "") return {};
    const known = seen.get(key);
    if (known) return known;
    const max = Math.max(2, Math.floor(key.length / 4));
    let suggestion: RelationType | undefined;
    let best = max + 1;
    for (const [k, t] of byKey) {
      // A label written without its preposition ("imposed sanctions") is a near miss too.
      const d = k.startsWith(`${key} `) ? 1 : editDistance(key, k, max);
      if (d < best) [best, suggestion] = [d, t];
    }
    seen.set(key, { suggestion });
    return { suggestion };
  };
}
