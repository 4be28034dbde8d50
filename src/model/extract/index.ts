export { extract } from "./extract";
export type { Candidate, EntityRef, ExtractContext } from "./types";
