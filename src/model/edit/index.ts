export * from "./types";
export * from "./apply";
export * from "./edits";
export * from "./history";
export * from "./fields";
export * from "./drafts";
export * from "./patch";
