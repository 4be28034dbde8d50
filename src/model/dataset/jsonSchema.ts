import { z } from "zod";
import { FILE_SCHEMAS } from "./schema";

/** JSON Schema per data file, keyed by the schema's file name (e.g. `relations.schema.json`). */
export function jsonSchemas(): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [file, schema] of Object.entries(FILE_SCHEMAS)) {
    const name = file.replace(/\.json$/, ".schema.json");
    // "input" keeps optional fields optional; refinements (impossible dates) stay in the validator.
    out[name] = {
      $id: `https://entente.invalid/schema/${name}`,
      title: `Entente ${file}`,
      ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }),
    };
  }
  return out;
}
