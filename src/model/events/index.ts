/** Event tables (ICEWS, GDELT): import, actors, aggregation over the window. See README, "Event data". */
export * from "./actors";
export * from "./aggregate";
export * from "./bundle";
export * from "./cameo";
export * from "./columns";
export * from "./dayIndex";
export * from "./filters";
export * from "./parse";
export * from "./table";
export * from "./present";
