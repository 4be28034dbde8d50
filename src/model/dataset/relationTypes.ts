import type { RelationType } from "./schema";

/**
 * Relation types by id from a vocabulary file's text (empty when unreadable: validation reports that).
 * Records without an id and a label are skipped; no validator is needed, so the page can read the shared one.
 */
export function relationTypesIn(text: string | undefined): Map<string, RelationType> {
  try {
    const types: unknown = JSON.parse(text ?? "[]");
    if (!Array.isArray(types)) return new Map();
    return new Map(types.filter((t): t is RelationType => typeof t?.id === "string" && typeof t.label === "string").map((t) => [t.id, t]));
  } catch {
    return new Map();
  }
}
