import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ARTICLES, goldArticles } from "../../cli/articles";
import { articleText, extract, score } from "./";
import { relationTypes, sahelEntities } from "../../../tests/fixtures/extractFixtures";

const articles = goldArticles();
const sources = articles.filter((a) => !a.name.startsWith("heldout"));
const heldOut = articles.filter((a) => a.name.startsWith("heldout"));

function total(set: typeof articles) {
  const t = { matched: 0, candidates: 0, gold: 0 };
  for (const a of set) {
    const s = score(extract(a.text, { relationTypes, entities: sahelEntities, published: a.published }), a.relations, relationTypes);
    t.matched += s.matched;
    t.candidates += s.candidates;
    t.gold += s.gold;
  }
  return { precision: t.matched / t.candidates, recall: t.matched / t.gold, gold: t.gold };
}

describe("gold relations (regression floor)", () => {
  it("keeps every gold quote verbatim in its article", () => {
    for (const a of articles) for (const g of a.relations) expect(a.text).toContain(g.quote);
  });

  it("scores at least 0.9 precision and recall on the two source articles", () => {
    const s = total(sources);
    expect(s.gold).toBe(19);
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("scores at least 0.8 on the composed held-out articles", () => {
    const s = total(heldOut);
    expect(s.precision).toBeGreaterThanOrEqual(0.8);
    expect(s.recall).toBeGreaterThanOrEqual(0.8);
  });

  it("extracts a 1,000-word article in well under a second once the tagger is built", () => {
    const text = sources.map((a) => a.text).join("\n\n");
    extract(text, { relationTypes, entities: sahelEntities, published: "2025-09-24" });
    const t = performance.now();
    extract(text, { relationTypes, entities: sahelEntities, published: "2025-09-24" });
    // The target is 200 ms (npm run bench measures it); the test allows for a loaded machine.
    expect(performance.now() - t).toBeLessThan(1000);
  });
});

describe("npm run extract", { timeout: 60_000 }, () => {
  const root = resolve(import.meta.dirname, "../../..");
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", join(root, "src/cli/extract.ts"), ...args], { cwd: root, encoding: "utf8" });

  it("prints one JSON object per line per candidate, in the contract's shape", () => {
    const r = run(join(ARTICLES, "maghrebi-2025-09-24.txt"), "--published", "2025-09-24", "--dataset", "graph-data/sahel", "--json");
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(rows.length).toBe(5);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(["source", "target", "type", "date", "quote", "hedged", "confidence", "reason"]);
      expect(row.confidence).toBeGreaterThan(0);
      expect(row.confidence).toBeLessThanOrEqual(1);
    }
    expect(rows[0]).toMatchObject({
      source: { id: "turkey", label: "Turkey" },
      target: { id: "niger", label: "Niger" },
      type: "pledged-cooperation",
      date: "2025-09-22",
      hedged: true,
    });
  });

  it("names entities outside a dataset by label only, and refuses a missing publication date", () => {
    const r = run(join(ARTICLES, "maghrebi-2025-09-24.txt"), "--published", "2025-09-24", "--json");
    expect(JSON.parse(r.stdout.split("\n")[0]).source).toEqual({ label: "Turkey" });
    const bad = run(join(ARTICLES, "maghrebi-2025-09-24.txt"), "--json");
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--published/);
  });
});

describe("article files", () => {
  it("reads HTML as its text, without scripts or tags, and Markdown without its marks", () => {
    const html = '<html><head><title>x</title><script>alert(1)</script></head><body><h1>Niger &amp; Mali</h1><p>They met <b>on Monday</b>.</p></body></html>';
    expect(articleText(html, "a.html")).toBe("Niger & Mali\nThey met on Monday.");
    expect(articleText("# Title\n\nMali **signed** a [deal](http://x).", "a.md")).toBe("Title\n\nMali signed a deal.");
  });
});
