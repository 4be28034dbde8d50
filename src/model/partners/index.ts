export * from "./periods";
export * from "./grid";
export * from "./changes";
export * from "./csv";
export * from "./scale";
export * from "./eventGrid";
export * from "./eventChanges";
export * from "./eventTimeline";
