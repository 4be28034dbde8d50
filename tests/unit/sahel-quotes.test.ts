import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GRAPH_DATA } from "../../src/cli/datasets";
import type { Relation, Source } from "../../src/model/dataset/schema";

/**
 * Every quote that cites one of the two source articles must be the article's own words.
 * The articles are copied into tests/fixtures/sources (the dataset's sources), so this test
 * does not depend on ../shared.
 */
const FIXTURES = join(import.meta.dirname, "../fixtures/sources");
const read = <T>(file: string): T => JSON.parse(readFileSync(join(GRAPH_DATA, "sahel", file), "utf8")) as T;
const relations = read<Relation[]>("relations.json");
const articles = read<Source[]>("sources.json").filter((s) => s.file);

/** Whitespace is the only thing normalised: quotes keep the article's punctuation and spelling. */
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

describe("quotes from the Sahel source articles", () => {
  it("are the two articles, each with its text in the fixtures", () => {
    expect(articles.map((s) => s.file).sort()).toEqual(["000_c49e16b14e890686.txt", "004_98181a2689798729.txt"]);
  });

  for (const article of articles) {
    const text = squash(readFileSync(join(FIXTURES, article.file!), "utf8"));
    const quoted = relations.flatMap((r) => r.citations.filter((c) => c.source === article.id && c.quote).map((c) => ({ relation: r.id, quote: c.quote! })));

    it(`${article.id}: is quoted, and every quote appears verbatim in its text`, () => {
      expect(quoted.length).toBeGreaterThan(0);
      const missing = quoted.filter((q) => !text.includes(squash(q.quote)));
      expect(missing).toEqual([]);
    });
  }

  it("would catch a quote that was reworded", () => {
    const text = squash(readFileSync(join(FIXTURES, "000_c49e16b14e890686.txt"), "utf8"));
    const reworded = "Nigeria's military has announced the signing of a memorandum of understanding with the junta in neighboring Niger";
    expect(text.includes(squash(reworded))).toBe(false); // the article writes Nigeria’s with a typographic apostrophe
    expect(text.includes(squash(reworded.replace("'", "’")))).toBe(true);
  });
});
