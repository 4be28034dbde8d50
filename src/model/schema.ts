import { z } from "zod";
import { parseDate } from "./dates";

// No `new Function` probing: the app runs under a Content Security Policy without 'unsafe-eval'.
z.config({ jitless: true });

/** The one definition of the dataset format; JSON Schemas in graph-data/schema/ are generated from it. */

export const ENTITY_TYPES = ["country", "organization", "alliance", "military-force", "armed-group", "person"] as const;
export const RELATION_CLASSES = [
  "verbal-cooperation",
  "material-cooperation",
  "verbal-conflict",
  "material-conflict",
  "structural",
] as const;

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case kebab-case (a-z, 0-9 and single hyphens)")
  .describe("Lower-case kebab-case identifier, unique and stable");

export const dateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?~?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD, optionally ending in ~")
  .refine((s) => typeof parseDate(s) !== "string", { message: "is an impossible date" })
  .describe("YYYY, YYYY-MM or YYYY-MM-DD; a trailing ~ marks it approximate");

const text = z.string().min(1, "must not be empty");

export const datasetMetaSchema = z
  .object({
    id: idSchema,
    title: text,
    description: z.string(),
    defaultView: z.object({ from: z.number().int(), to: z.number().int() }).strict().optional(),
  })
  .strict();

export const entitySchema = z
  .object({
    id: idSchema,
    label: text,
    type: z.enum(ENTITY_TYPES),
    aliases: z.array(text).optional(),
    description: z.string().optional(),
    location: z
      .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180), place: z.string().optional() })
      .strict()
      .optional(),
    start: dateSchema.optional(),
    end: dateSchema.optional(),
    wikidata: z.string().regex(/^Q\d+$/, "must be a Wikidata id such as Q1032").optional(),
  })
  .strict();

export const citationSchema = z.object({ source: idSchema, quote: z.string().optional() }).strict();

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
    note: z.string().optional(),
  })
  .strict();

export const sourceSchema = z
  .object({
    id: idSchema,
    title: text,
    publisher: text,
    published: dateSchema.optional(),
    url: z.string().url().optional(),
    file: z.string().optional(),
  })
  .strict();

export const relationTypeSchema = z
  .object({
    id: idSchema,
    label: text,
    kind: z.enum(["event", "state"]),
    class: z.enum(RELATION_CLASSES),
    cameo: z.string().regex(/^\d{2,4}$/).optional(),
    plover: z.string().optional(),
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
