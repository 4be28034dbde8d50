import { z } from "zod";
import { parseDate } from "../time/dates";

// No `new Function` probing: the app runs under a Content Security Policy without 'unsafe-eval'.
z.config({ jitless: true });

/** The one definition of the dataset format; JSON Schemas in graph-data/schema/ are generated from it. */

// The vocabulary and limits live apart from zod, so the page can use them before it loads the validator.
import { CONTROL_CHARACTER, ENTITY_TYPES, LIMITS, RELATION_CLASSES } from "./vocabulary";
export { CONTROL_CHARACTER, ENTITY_TYPES, LIMITS, RELATION_CLASSES };

const noControl = (s: string) => !CONTROL_CHARACTER.test(s);
const controlMessage = { message: "must not contain control characters (such as NUL)" };

/** Text of at most `max` characters without control characters; `min` 1 means it must not be empty. */
function textOf(max: number, min = 0) {
  const base = z.string().max(max, `must be at most ${max.toLocaleString("en")} characters`);
  return (min > 0 ? base.min(min, "must not be empty") : base).refine(noControl, controlMessage);
}

export const idSchema = z
  .string()
  .max(LIMITS.id, `must be at most ${LIMITS.id} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case kebab-case (a-z, 0-9 and single hyphens)")
  .describe("Lower-case kebab-case identifier, unique and stable");

const DATE_FORM = /^\d{4}(-\d{2}(-\d{2})?)?~?$/;

export const dateSchema = z
  .string()
  .regex(DATE_FORM, "must be YYYY, YYYY-MM or YYYY-MM-DD, optionally ending in ~")
  // Only a date in the right form can be impossible: a wrong form is reported once, by the line above.
  .refine((s) => !DATE_FORM.test(s) || typeof parseDate(s) !== "string", { message: "is an impossible date" })
  .describe("YYYY, YYYY-MM or YYYY-MM-DD; a trailing ~ marks it approximate");

/** A required name (label, title, publisher). */
const text = textOf(LIMITS.name, 1);
const prose = textOf(LIMITS.prose);

export const datasetMetaSchema = z
  .object({
    id: idSchema,
    title: text,
    description: prose,
    defaultView: z.object({ from: z.number().int(), to: z.number().int() }).strict().optional(),
  })
  .strict();

export const entitySchema = z
  .object({
    id: idSchema,
    label: text,
    type: z.enum(ENTITY_TYPES),
    aliases: z.array(text).max(100, "must list at most 100 aliases").optional(),
    description: prose.optional(),
    location: z
      .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180), place: textOf(LIMITS.name).optional() })
      .strict()
      .optional(),
    start: dateSchema.optional(),
    end: dateSchema.optional(),
    wikidata: z.string().max(20, "must be a Wikidata id such as Q1032").regex(/^Q\d+$/, "must be a Wikidata id such as Q1032").optional(),
  })
  .strict();

export const citationSchema = z.object({ source: idSchema, quote: prose.optional() }).strict();

export const relationSchema = z
  .object({
    id: idSchema,
    type: idSchema,
    source: idSchema,
    target: idSchema,
    date: dateSchema.optional(),
    start: dateSchema.optional(),
    end: dateSchema.optional(),
    label: text,
    citations: z.array(citationSchema).min(1, "needs at least one citation"),
    note: prose.optional(),
  })
  .strict();

export const sourceSchema = z
  .object({
    id: idSchema,
    // Shown in the table's citation cells like a label, so a name's limit.
    title: text,
    publisher: text,
    published: dateSchema.optional(),
    // Only web addresses: a javascript: or data: URL would be exported and passed on as it is.
    url: z
      .url({ protocol: /^https?$/, message: "must be an http or https address" })
      .max(LIMITS.url, `must be at most ${LIMITS.url.toLocaleString("en")} characters`)
      .optional(),
    file: textOf(LIMITS.name).optional(),
  })
  .strict();

export const relationTypeSchema = z
  .object({
    id: idSchema,
    label: text,
    kind: z.enum(["event", "state"]),
    class: z.enum(RELATION_CLASSES),
    cameo: z.string().regex(/^\d{2,4}$/).optional(),
    plover: textOf(LIMITS.name).optional(),
  })
  .strict();

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
