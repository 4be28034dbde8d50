import sharedRelationTypes from "../../../graph-data/relation-types.json?raw";
import { relationTypesIn } from "../../model/dataset/relationTypes";

// Loaded with the editor, an import's problems or the "Relation types" list, never with the first screen.

/** The shared relation types' file as written, for the validators (which check it themselves). */
export const SHARED_RELATION_TYPES = sharedRelationTypes;

/** The shared vocabulary: listed in "Relation types" and an import's problems, offered for unknown types. */
// Ours and checked by `npm run validate` and the build, so read without the validator (no zod here).
export const VOCABULARY = [...relationTypesIn(sharedRelationTypes).values()];
