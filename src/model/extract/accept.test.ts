import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { goldArticles, SAHEL } from "../../cli/articles";
import { readDatasetFolder, SHARED_TYPES_FILE } from "../../cli/datasets";
import { extract } from "./";
import { duplicateOf, withAccepted } from "./accept";
import type { Dataset } from "../dataset/schema";
import { validateDataset, type DatasetTexts } from "../dataset/validate";

const shared = readFileSync(SHARED_TYPES_FILE, "utf8");
const loaded = validateDataset(readDatasetFolder(SAHEL), { sharedRelationTypes: shared });
if (!loaded.ok) throw new Error("the Sahel dataset is invalid");
const sahel = loaded.dataset;

const texts = (d: Dataset): DatasetTexts => ({
  "dataset.json": JSON.stringify(d.meta),
  "entities.json": JSON.stringify(d.entities),
  "relations.json": JSON.stringify(d.relations),
  "sources.json": JSON.stringify(d.sources),
});

const article = (name: string) => goldArticles().find((a) => a.name === name)!;
const candidatesOf = (name: string) => extract(article(name).text, { relationTypes: sahel.relationTypes, entities: sahel.entities, published: article(name).published });

describe("accepting candidates", () => {
  it("marks candidates the dataset already holds (same ends either way, type, overlapping date)", () => {
    const found = candidatesOf("vaultz-2024-08-30.txt");
    const mou = found.find((c) => c.type === "signed-mou")!;
    expect(duplicateOf(mou, sahel)?.id).toBe("nigeria-niger-mou-2024");
    const withdrew = found.find((c) => c.type === "withdrew-from" && c.source.id === "niger")!;
    expect(duplicateOf(withdrew, sahel)?.id).toBe("niger-withdrew-from-ecowas-2024");
    const held = candidatesOf("heldout-2025-03-14.txt").find((c) => c.source.label === "Algeria")!;
    expect(duplicateOf(held, sahel)).toBeUndefined();
  });

  it("adds accepted relations citing the article with their sentence, new entities for new names, and stays valid", () => {
    const accepted = candidatesOf("heldout-2025-03-14.txt");
    const info = { title: "Sahel juntas deepen ties", publisher: "Test Wire", published: "2025-03-14", url: "https://example.org/a" };
    const next = withAccepted(sahel, accepted, info);
    const result = validateDataset(texts(next), { sharedRelationTypes: shared });
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([]);

    expect(next.relations).toHaveLength(sahel.relations.length + accepted.length);
    const source = next.sources.at(-1)!;
    expect(source).toEqual({ id: "test-wire-2025-03-14", title: info.title, publisher: "Test Wire", published: "2025-03-14", url: info.url });
    const algeria = next.entities.find((e) => e.label === "Algeria")!;
    expect(algeria.type).toBe("country");
    const added = next.relations.slice(sahel.relations.length);
    const closed = added.find((r) => r.source === algeria.id)!;
    expect(closed).toMatchObject({ type: "closed-border", target: "mali", date: "2024-04", label: "closed border with" });
    expect(closed.citations).toEqual([{ source: source.id, quote: expect.stringContaining("Algeria closed its airspace") }]);
    // A hedged claim keeps its note; a state is given a start, not a date.
    const stationed = added.find((r) => r.type === "troops-stationed-in" && r.source === "russia")!;
    expect(stationed.start).toBe("2024-04");
    expect(stationed.note).toMatch(/^Reported:/);
  });

  it("writes a state's start when the reviewer turns an event into a state", () => {
    const [c] = candidatesOf("maghrebi-2025-09-24.txt");
    const next = withAccepted(sahel, [{ ...c, type: "troops-stationed-in" }], { title: "t", publisher: "p", published: "2025-09-24" });
    expect(next.relations.at(-1)).toMatchObject({ type: "troops-stationed-in", start: "2025-09-22" });
    expect(next.relations.at(-1)!.date).toBeUndefined();
  });
});
