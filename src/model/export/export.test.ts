import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { GRAPH_DATA, readDatasetFolder, SHARED_TYPES_FILE } from "../../cli/datasets";
import { bundleJson, bundleTexts, toBundle } from "./bundle";
import { CSV_COLUMNS, toCsv } from "./csv";
import { entitySpells, toGexf } from "./gexf";
import { exportScope } from "./scope";
import { buildModel, type Model } from "../dataset/graph";
import { validateDataset, type DatasetTexts } from "../dataset/validate";
import { contentsInView, windowFromYears } from "../time/window";
import { largeTexts, validateGexf, xpath } from "../../../tests/fixtures/exportFixtures";
import { SHARED_TYPES, tinyTexts } from "../../../tests/fixtures/fixtures";

/** CPU milliseconds spent by this process in `run` (wall time is meaningless on a shared, loaded machine). */
function cpuMs<T>(run: () => T): [T, number] {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return [result, (used.user + used.system) / 1000];
}

function load(texts: DatasetTexts, shared = true): Model {
  const result = validateDataset(texts, shared ? { sharedRelationTypes: SHARED_TYPES } : {});
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
  return buildModel(result.dataset);
}

const sahel = load(readDatasetFolder(`${GRAPH_DATA}/sahel`));
const inView = contentsInView(sahel, windowFromYears(2023, 2025));

/** A relation whose every text field is hostile to CSV and XML. */
const NASTY = 'He said "no", then\nleft; <b>&amp;</b> \'ok\' ’curly’ =1+1';
const tiny = load(
  tinyTexts({
    "relations.json": [
      { id: "r1", type: "signed-mou", source: "a", target: "b", date: "2024-08", label: NASTY, citations: [{ source: "s", quote: NASTY }], note: "tab\there\r\nCRLF" },
      { id: "r2", type: "member-of", source: "a", target: "c", start: "2020-03-05~", label: "member of", citations: [{ source: "s" }, { source: "s", quote: "second, quoted" }] },
      { id: "r3", type: "member-of", source: "b", target: "c", start: "2019", end: "2021-06", label: "member of", citations: [{ source: "s", quote: "-starts like a formula" }] },
    ],
  }),
);

describe("GEXF export", () => {
  it("is valid GEXF 1.3 for the Sahel view, with exactly the relations in view", () => {
    const xml = toGexf(sahel, exportScope(sahel, inView.relations), { nodeViz: () => ({ x: 1.5, y: -2, size: 8, color: "#2f6db5" }), edgeViz: () => ({ color: "#c81e1e", thickness: 2 }), lastModified: "2025-01-31" });
    const check = validateGexf(xml);
    expect(check.out).toMatch(/validates/);
    expect(check.ok).toBe(true);
    const ids = [...xml.matchAll(/<edge id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual([...inView.relations].sort());
    const nodes = [...xml.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]);
    expect(nodes.sort()).toEqual([...inView.entities].sort());
    expect(xml).toContain('<graph mode="dynamic" timeformat="date"');
  });

  it("is valid for the whole dataset, without visual data too", () => {
    const xml = toGexf(sahel, exportScope(sahel));
    expect(validateGexf(xml).ok).toBe(true);
    expect(xml.match(/<edge /g)).toHaveLength(sahel.dataset.relations.length);
    expect(xml).not.toContain("<position");
  });

  it("writes spans at their precision: a month event spans the month, an open state has no end", () => {
    const xml = toGexf(tiny, exportScope(tiny));
    expect(validateGexf(xml).ok).toBe(true);
    expect(xml).toMatch(/<edge id="r1"[^>]* start="2024-08-01" end="2024-08-31">/);
    expect(xml).toMatch(/<edge id="r2"[^>]* start="2020-03-05">/);
    expect(xml).toMatch(/<edge id="r3"[^>]* start="2019-01-01" end="2021-06-30">/);
    expect(xpath(xml, 'string(//*[local-name()="edge"][@id="r1"]//*[@for="precision"]/@value)')).toBe("month");
    expect(xpath(xml, 'string(//*[local-name()="edge"][@id="r2"]//*[@for="approximate"]/@value)')).toBe("true");
    expect(xpath(xml, 'string(//*[local-name()="edge"][@id="r3"]//*[@for="end_precision"]/@value)')).toBe("month");
  });

  it("escapes text so that every character reads back unchanged", () => {
    const xml = toGexf(tiny, exportScope(tiny));
    expect(xpath(xml, 'string(//*[local-name()="edge"][@id="r1"]/@label)')).toBe(NASTY);
    expect(xpath(xml, 'string(//*[local-name()="edge"][@id="r2"]//*[@for="start_date"]/@value)')).toBe("2020-03-05~");
    expect(xpath(xml, 'string(//*[local-name()="edge"][@id="r1"]//*[@for="note"]/@value)')).toBe("tab\there\r\nCRLF");
    expect(xpath(xml, 'string(//*[local-name()="edge"][@id="r1"]//*[@for="citations"]/@value)')).toBe(`P, “S”: “${NASTY}”`);
  });

  it("gives each entity the union of its relations' spans as spells", () => {
    const spells = entitySpells(tiny.dataset.relations);
    const day = (s: string) => Date.parse(s) / 86_400_000;
    expect(spells.get("a")).toEqual([{ first: day("2020-03-05"), last: Infinity }]);
    expect(spells.get("b")).toEqual([
      { first: day("2019-01-01"), last: day("2021-06-30") },
      { first: day("2024-08-01"), last: day("2024-08-31") },
    ]);
    const xml = toGexf(tiny, exportScope(tiny));
    expect(xml).toMatch(/<node id="a"[\s\S]*?<spell start="2020-03-05"\/>/);
  });
});

describe("CSV export", () => {
  it("has a BOM, a header and one row per relation in view, in the table's date order", () => {
    const csv = toCsv(sahel, exportScope(sahel, inView.relations));
    expect(csv.startsWith("\uFEFFid,date,start,end,source,type,target,label,citation,quote")).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.map((r) => r.id).sort()).toEqual([...inView.relations].sort());
    const mou = parsed.data.find((r) => r.id === "nigeria-niger-mou-2024")!;
    expect(mou).toMatchObject({ date: "2024-08-28", source: "nigeria", target: "niger", "source label": "Nigeria", citation: "vaultz-2024-08-30; allafrica-202408300067; thecable-2024-08; northafricapost-2024-08; africanews-2024-08" });
    const original = sahel.dataset.relations.find((r) => r.id === mou.id)!;
    expect(mou.quote.split("\n\n")[0]).toBe(`[vaultz-2024-08-30] ${original.citations[0].quote}`);
    expect(mou.quote).toMatch(/,/);
  });

  it("survives quotes, commas and new lines inside cells (RFC 4180)", () => {
    const csv = toCsv(tiny, exportScope(tiny));
    expect(csv).toContain('"He said ""no"", then\nleft;');
    expect(csv.split("\r\n")[0]).toBe(`\uFEFF${CSV_COLUMNS.join(",")}`);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(3);
    const r1 = rows.find((r) => r.id === "r1")!;
    expect(r1.label).toBe(NASTY);
    expect(r1.quote).toBe(NASTY);
    expect(r1.note).toBe("tab\there\r\nCRLF");
    const r2 = rows.find((r) => r.id === "r2")!;
    expect(r2).toMatchObject({ start: "2020-03-05~", end: "", citation: "s", quote: "[s] second, quoted" });
    // A cell that a spreadsheet would run as a formula is kept as text.
    expect(rows.find((r) => r.id === "r3")!.quote).toBe("'-starts like a formula");
  });
});

describe("JSON bundle", () => {
  it("round-trips the whole dataset through validateDataset unchanged", () => {
    const bundle = toBundle(sahel, exportScope(sahel));
    const again = validateDataset(bundleTexts(JSON.parse(bundleJson(bundle))));
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(again.dataset.meta).toEqual(sahel.dataset.meta);
    expect(again.dataset.entities).toEqual(sahel.dataset.entities);
    expect(again.dataset.relations).toEqual(sahel.dataset.relations);
    expect(again.dataset.sources).toEqual(sahel.dataset.sources);
    expect(again.dataset.relationTypes).toEqual(sahel.dataset.relationTypes);
    expect(Object.keys(bundle)).toEqual(["dataset", "relationTypes", "entities", "relations", "sources"]);
  });

  it("a view's bundle holds the relations in view, the entities and sources they use, and opens at the window", () => {
    const window2023 = contentsInView(sahel, windowFromYears(2023, 2023));
    const bundle = toBundle(sahel, exportScope(sahel, window2023.relations), { from: 2023, to: 2023 });
    expect(bundle.relations.map((r) => r.id).sort()).toEqual([...window2023.relations].sort());
    expect(bundle.entities.map((e) => e.id).sort()).toEqual([...window2023.entities].sort());
    const cited = new Set(bundle.relations.flatMap((r) => r.citations.map((c) => c.source)));
    expect(bundle.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
    expect(bundle.sources.length).toBeLessThan(sahel.dataset.sources.length);
    expect(bundle.dataset.defaultView).toEqual({ from: 2023, to: 2023 });
    const again = validateDataset(bundleTexts(JSON.parse(bundleJson(bundle))));
    expect(again.ok && again.dataset.relations).toEqual(bundle.relations);
  });

  it("uses the shared vocabulary file format for relationTypes", () => {
    expect(toBundle(sahel, exportScope(sahel)).relationTypes).toEqual(JSON.parse(readFileSync(SHARED_TYPES_FILE, "utf8")));
  });
});

describe("a generated large dataset (12 000 relations)", { timeout: 60_000 }, () => {
  const large = load(largeTexts(1500, 12_000));
  const scope = exportScope(large);

  it("exports valid GEXF quickly", () => {
    const [xml, ms] = cpuMs(() => toGexf(large, scope, { nodeViz: (id) => ({ x: Number(id.slice(1)), y: 0.5, color: "#123456" }) }));
    // 0.5–1 s of CPU on this shared machine; the bound catches an accidentally quadratic step.
    expect(ms).toBeLessThan(3000);
    expect(xml.match(/<edge /g)).toHaveLength(12_000);
    expect(validateGexf(xml).ok).toBe(true);
    console.log(`GEXF: 12 000 relations in ${ms.toFixed(0)} ms CPU, ${(xml.length / 1e6).toFixed(1)} MB`);
  });

  it("exports CSV that parses back row for row", () => {
    const [csv, ms] = cpuMs(() => toCsv(large, scope));
    expect(ms).toBeLessThan(2000);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(12_000);
    expect(rows.data.find((r) => r.id === "r7")!.quote).toBe('Quote 7, with a comma, "double" quotes\nand a new line');
    console.log(`CSV: 12 000 relations in ${ms.toFixed(0)} ms CPU, ${(csv.length / 1e6).toFixed(1)} MB`);
  });

  it("exports a JSON bundle that round-trips", () => {
    const [again, ms] = cpuMs(() => validateDataset(bundleTexts(JSON.parse(bundleJson(toBundle(large, scope))))));
    expect(ms).toBeLessThan(5000);
    expect(again.ok && again.dataset.relations).toEqual(large.dataset.relations);
  });
});
