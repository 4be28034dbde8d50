/** The data exports, in one module so the app loads them (papaparse among them) on the first export. */
export { bundleJson, toBundle } from "./bundle";
export { toCsv } from "./csv";
export { csvTablesZip } from "./csvTables";
export { toGexf } from "./gexf";
export { exportScope, type ExportScope } from "./scope";
