export { articleText } from "./article";
export { extract } from "./extract";
export { score, type GoldRelation, type Score } from "./score";
export type { Candidate, EntityRef, ExtractContext } from "./types";
