import { z } from "zod/mini";
import { en } from "zod/locales";
import { parseDate } from "../time/dates";

// No `new Function` probing: the app runs under a Content Security Policy without 'unsafe-eval'. zod/mini has no
// messages of its own: the English ones are set here, with the validator, not on the first screen (issue 18).
z.config({ jitless: true, ...en() });

/**
 * The one definition of the dataset format; JSON Schemas in graph-data/schema/ are generated from it. Written with
 * zod/mini: the URL schema (src/state/view/url.ts) shares zod's core, and the first screen loads what either uses.
 */

// The vocabulary and limits live apart from zod, so the page can use them before it loads the validator.
import { CONTROL_CHARACTER, ENTITY_TYPES, LIMITS, RELATION_CLASSES } from "./vocabulary";
export { CONTROL_CHARACTER, ENTITY_TYPES, LIMITS, RELATION_CLASSES };

const noControl = (s: string) => !CONTROL_CHARACTER.test(s);
const controlMessage = { message: "must not contain control characters (such as NUL)" };

/** Text of at most `max` characters without control characters; `min` 1 means it must not be empty. */
function textOf(max: number, min = 0) {
  const longest = z.maxLength(max, `must be at most ${max.toLocaleString("en")} characters`);
  const refined = z.refine<string>(noControl, controlMessage);
  return min > 0 ? z.string().check(longest, z.minLength(min, "must not be empty"), refined) : z.string().check(longest, refined);
}

export const idSchema = z
  .string()
  .check(
    z.maxLength(LIMITS.id, `must be at most ${LIMITS.id} characters`),
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case kebab-case (a-z, 0-9 and single hyphens)"),
    z.describe("Lower-case kebab-case identifier, unique and stable"),
  );

const DATE_FORM = /^\d{4}(-\d{2}(-\d{2})?)?~?$/;

const dateSchema = z.string().check(
  z.regex(DATE_FORM, "must be YYYY, YYYY-MM or YYYY-MM-DD, optionally ending in ~"),
  // Only a date in the right form can be impossible: a wrong form is reported once, by the line above.
  z.refine((s: string) => !DATE_FORM.test(s) || typeof parseDate(s) !== "string", { message: "is an impossible date" }),
  z.describe("YYYY, YYYY-MM or YYYY-MM-DD; a trailing ~ marks it approximate"),
);
const optionalDate = z.optional(dateSchema);

/** A required name (label, title, publisher). */
const text = textOf(LIMITS.name, 1);
const prose = textOf(LIMITS.prose);

export const datasetMetaSchema = z.strictObject({
  id: idSchema,
  title: text,
  description: prose,
  defaultView: z.optional(z.strictObject({ from: z.int(), to: z.int() })),
});

/** A latitude or longitude in decimal degrees, within ±`max` (positive `positive`). */
function degrees(max: number, positive: string) {
  const range = `must be between -${max} and ${max} (decimal degrees, ${positive} positive)`;
  return z.number("must be a number").check(z.gte(-max, range), z.lte(max, range));
}

const wikidata = "must be a Wikidata id such as Q1032";

export const entitySchema = z.strictObject({
  id: idSchema,
  label: text,
  type: z.enum(ENTITY_TYPES),
  aliases: z.optional(z.array(text).check(z.maxLength(100, "must list at most 100 aliases"))),
  description: z.optional(prose),
  location: z.optional(z.strictObject({ lat: degrees(90, "north"), lon: degrees(180, "east"), place: z.optional(textOf(LIMITS.name)) })),
  start: optionalDate,
  end: optionalDate,
  wikidata: z.optional(z.string().check(z.maxLength(20, wikidata), z.regex(/^Q\d+$/, wikidata))),
});

const citationSchema = z.strictObject({ source: idSchema, quote: z.optional(prose) });

export const relationSchema = z.strictObject({
  id: idSchema,
  type: idSchema,
  source: idSchema,
  target: idSchema,
  date: optionalDate,
  start: optionalDate,
  end: optionalDate,
  label: text,
  citations: z.array(citationSchema).check(z.minLength(1, "needs at least one citation")),
  note: z.optional(prose),
});

export const sourceSchema = z.strictObject({
  id: idSchema,
  // Shown in the table's citation cells like a label, so a name's limit.
  title: text,
  publisher: text,
  published: optionalDate,
  // Only web addresses: a javascript: or data: URL would be exported and passed on as it is.
  url: z.optional(
    z
      .url({ protocol: /^https?$/, message: "must be an http or https address" })
      .check(z.maxLength(LIMITS.url, `must be at most ${LIMITS.url.toLocaleString("en")} characters`)),
  ),
  file: z.optional(textOf(LIMITS.name)),
});

export const relationTypeSchema = z.strictObject({
  id: idSchema,
  label: text,
  kind: z.enum(["event", "state"]),
  class: z.enum(RELATION_CLASSES),
  cameo: z.optional(z.string().check(z.regex(/^\d{2,4}$/))),
  plover: z.optional(textOf(LIMITS.name)),
});

export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type EntityType = Entity["type"];
export type Citation = z.infer<typeof citationSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type RelationType = z.infer<typeof relationTypeSchema>;
export type RelationClass = RelationType["class"];

/** The data files of a dataset folder, and the schema each one follows. */
export const FILE_SCHEMAS = {
  "dataset.json": datasetMetaSchema,
  "entities.json": z.array(entitySchema),
  "relations.json": z.array(relationSchema),
  "sources.json": z.array(sourceSchema),
  "relation-types.json": z.array(relationTypeSchema),
} as const;

export type DataFile = keyof typeof FILE_SCHEMAS;

export interface Dataset {
  meta: DatasetMeta;
  entities: Entity[];
  relations: Relation[];
  sources: Source[];
  relationTypes: RelationType[];
}
