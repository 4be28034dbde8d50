import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jsonSchemas } from "../model/dataset/jsonSchema";
import { GRAPH_DATA } from "./datasets";

/** `npm run schemas`: regenerates graph-data/schema/*.schema.json from the zod schema. */
const dir = join(GRAPH_DATA, "schema");
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(dir, name), JSON.stringify(schema, null, 2) + "\n");
  console.log(`wrote graph-data/schema/${name}`);
}
