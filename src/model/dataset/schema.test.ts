import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GRAPH_DATA } from "../../cli/datasets";
import { jsonSchemas } from "./jsonSchema";

describe("generated JSON Schemas", () => {
  it("are up to date with the zod schema (run `npm run schemas` after changing it)", () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const committed = JSON.parse(readFileSync(join(GRAPH_DATA, "schema", name), "utf8"));
      expect(committed, name).toEqual(schema);
    }
  });
  it("describe required fields and the date pattern", () => {
    const relations = jsonSchemas()["relations.schema.json"] as { items: { required: string[]; properties: { date: { pattern: string } } } };
    expect(relations.items.required).toEqual(expect.arrayContaining(["id", "type", "source", "target", "label", "citations"]));
    expect(new RegExp(relations.items.properties.date.pattern).test("2024-08~")).toBe(true);
  });
});
