/** The words of the dataset format (see schema.ts, which validates with them) and its limits on text. */

export const ENTITY_TYPES = ["country", "organization", "alliance", "military-force", "armed-group", "person"] as const;
export const RELATION_CLASSES = [
  "verbal-cooperation",
  "material-cooperation",
  "verbal-conflict",
  "material-conflict",
  "structural",
] as const;

/**
 * Limits on every text a dataset holds, so a hostile or broken file cannot make the page lay out or
 * draw megabytes of one word (Chromium's line breaking of a long unbroken word is quadratic).
 */
export const LIMITS = {
  /** Ids: they go into URLs. */
  id: 200,
  /** Names: labels, titles, aliases, publishers, places, file names. */
  name: 500,
  /** Prose: descriptions, quotes, notes. */
  prose: 10_000,
  url: 2_000,
} as const;

/** C0 controls other than tab, line feed and carriage return, and DEL: never part of real text. */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
