import type { Entity, EntityType, RelationType } from "../dataset/schema";

/** What the extractor knows of the dataset the article is read against (all optional: an empty one works). */
export interface ExtractContext {
  /** The relation vocabulary, read at run time (shared types plus the dataset's own). */
  relationTypes: RelationType[];
  /** The dataset's entities, matched by label and alias. */
  entities?: Entity[];
  /** Publication date of the article, `YYYY-MM-DD`: relative dates resolve against it. */
  published: string;
}

/** One sentence of the article, verbatim, with its place in the text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the sentence in the article. */
  index: number;
  /** Tokens with their part of speech (universal tags) and offsets in the article. */
  tokens: Token[];
}

export interface Token {
  text: string;
  start: number;
  end: number;
  pos: string;
}

/** An entity the text names: one in the dataset (`id`) or one recognised in the text. */
export interface EntityRef {
  id?: string;
  label: string;
  type?: EntityType;
}

/** Where the text names an entity, or a group of them ("both countries", "they"). */
export interface Mention {
  start: number;
  end: number;
  text: string;
  entities: EntityRef[];
  /** How it was found: a name or alias, a demonym ("Nigerien"), a capital ("Ankara"), or a reference ("the country"). */
  via: "name" | "demonym" | "capital" | "reference" | "recognised";
  /** "Niger's …": the entity owns what follows. */
  possessive: boolean;
}

/** A relation proposed for review; the shape `npm run extract -- --json` prints. */
export interface Candidate {
  source: EntityRef;
  target: EntityRef;
  type: string;
  date?: string;
  start?: string;
  end?: string;
  quote: string;
  hedged: boolean;
  confidence: number;
  reason: string;
  /** Where the quote lies in the article (for highlighting), and the trigger's place within it. */
  span: { start: number; end: number; trigger: [number, number] };
  /** "Reported: …" when the article hedges the claim. */
  note?: string;
}
