import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { aggregateEvents } from "./eventAggregate";
import { actorEntities } from "../model/events/actors";
import { bundleTexts, type EntenteBundle } from "../model/events/bundle";
import { codeOfLabel, rootInfo, rootOfCode } from "../model/events/cameo";
import { validateDataset } from "../model/dataset/validate";
import { ICEWS_PATH, gdeltLine, icewsRows } from "../../tests/fixtures/eventFixtures";
import { SHARED_TYPES } from "../../tests/fixtures/fixtures";

/** Brute force in JS: events per (source id, target id, root, year) straight from the raw rows. */
function bruteForce(fold: boolean): Map<string, number> {
  const rows = icewsRows();
  const names = [...new Set(rows.flatMap((r) => [r.subject, r.object]))];
  const actors = actorEntities(names);
  const index = new Map(names.map((n, i) => [n, i]));
  const id = (name: string) => actors.entities[(fold ? actors.folded : actors.detailed)[index.get(name)!]].id;
  const counts = new Map<string, number>();
  for (const r of rows) {
    const key = `${id(r.subject)}|${id(r.object)}|${rootOfCode(codeOfLabel(r.label)!)}|${r.date.slice(0, 4)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const eventsOf = (r: { label: string }) => Number(/: (\d+) events?$/.exec(r.label)![1]);
const keyOf = (b: EntenteBundle, r: EntenteBundle["relations"][number]) =>
  `${r.source}|${r.target}|${Number(b.relationTypes.find((t) => t.id === r.type)!.cameo)}|${r.date}`;

describe("DuckDB aggregator on the ICEWS sample", () => {
  let yearly: Awaited<ReturnType<typeof aggregateEvents>>;
  let ref: Map<string, number>;
  beforeAll(async () => {
    yearly = await aggregateEvents({ input: ICEWS_PATH, format: "icews", period: "year", minCount: 1, fold: false });
    ref = bruteForce(false);
  }, 60_000);

  it("writes a bundle that validates", { timeout: 60_000 }, () => {
    const result = validateDataset(bundleTexts(yearly.bundle), { sharedRelationTypes: SHARED_TYPES });
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
    const n = icewsRows().length;
    expect(yearly.report).toMatchObject({ rows: n, events: n, missingActor: 0, badDate: 0, unknownLabels: [] });
  });

  it("counts every pair, root and year like a brute-force count in JS", { timeout: 60_000 }, () => {
    const b = yearly.bundle;
    const got = new Map(b.relations.map((r) => [keyOf(b, r), eventsOf(r)]));
    const expected = new Map([...ref].filter(([k]) => k.split("|")[0] !== k.split("|")[1]));
    expect(got.size).toBe(expected.size);
    const wrong = [...expected].filter(([k, n]) => got.get(k) !== n);
    expect(wrong).toEqual([]);
    expect(yearly.report.selfLoopEvents).toBe([...ref].filter(([k]) => k.split("|")[0] === k.split("|")[1]).reduce((n, [, c]) => n + c, 0));
    // Known pairs, spelled out.
    const consult = rootInfo(4)!.type;
    const chinaJapan2010 = b.relations.find((r) => r.source === "china" && r.target === "japan" && r.date === "2010" && r.type === consult);
    expect(eventsOf(chinaJapan2010!)).toBe(icewsRows().filter((r) => r.subject === "China" && r.object === "Japan" && rootOfCode(codeOfLabel(r.label)!) === 4 && r.date.startsWith("2010")).length);
  });

  it("reads the same events from Parquet (with a DATE column) as from the TSV", { timeout: 60_000 }, async () => {
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const parquet = join(mkdtempSync(join(tmpdir(), "entente-parquet-")), "icews.parquet");
    const db = await DuckDBInstance.create(":memory:");
    const conn = await db.connect();
    await conn.run(
      `COPY (SELECT column0 AS subject, column1 AS relation, column2 AS object, CAST(column3 AS DATE) AS date
        FROM read_csv('${ICEWS_PATH}', delim='\t', header=false, quote='', all_varchar=true)) TO '${parquet}' (FORMAT parquet)`,
    );
    conn.closeSync();
    db.closeSync();
    const fromParquet = await aggregateEvents({ input: parquet, format: "icews", period: "year", minCount: 1, fold: false, id: yearly.bundle.dataset.id, title: yearly.bundle.dataset.title });
    expect(fromParquet.report).toEqual(yearly.report);
    const strip = (b: EntenteBundle) => b.relations.map((r) => ({ ...r, note: r.note!.replace(/from .*$/, "") }));
    expect(strip(fromParquet.bundle)).toEqual(strip(yearly.bundle));
  });

  it("folds, thresholds and keeps the top entities, saying what it hid", async () => {
    const { bundle, report } = await aggregateEvents({ input: ICEWS_PATH, format: "icews", period: "month", minCount: 3, top: 30, fold: true });
    expect(validateDataset(bundleTexts(bundle), { sharedRelationTypes: SHARED_TYPES }).ok).toBe(true);
    expect(bundle.entities.length).toBeLessThanOrEqual(30);
    const kept = bundle.relations.reduce((n, r) => n + eventsOf(r), 0);
    expect(kept + report.hiddenByMinCount.events + report.hiddenByTop.events + report.selfLoopEvents).toBe(icewsRows().length);
    for (const r of bundle.relations) expect(eventsOf(r)).toBeGreaterThanOrEqual(3);
    expect(bundle.entities.every((e) => !/\(/.test(e.label))).toBe(true);
    expect(bundle.dataset.description).toContain("outside the top 30 entities");
    // Folded monthly counts for Nigeria's government talking to its citizens become Nigeria's self-loops.
    const folded = bruteForce(true);
    const selfLoops = [...folded].filter(([k]) => k.split("|")[0] === k.split("|")[1]).reduce((n, [, c]) => n + c, 0);
    expect(report.selfLoopEvents).toBe(selfLoops);
  }, 60_000);
});

describe("DuckDB aggregator on GDELT 2.0 rows", () => {
  it("reads the 61-column layout, names sector actors by country and reports what it left out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-gdelt-"));
    const file = join(dir, "events.export.CSV");
    const lines = [
      gdeltLine({ SQLDATE: "20230726", Actor1Name: "NIGER", Actor1CountryCode: "NER", Actor2Name: "FRANCE", Actor2CountryCode: "FRA", EventCode: "1246", GoldsteinScale: "-4.0", SOURCEURL: 'https://x.org/a"b' }),
      gdeltLine({ SQLDATE: "20230728", Actor1Name: "NIGER", Actor1CountryCode: "NER", Actor2Name: "FRANCE", Actor2CountryCode: "FRA", EventCode: "1246", GoldsteinScale: "-4.0" }),
      gdeltLine({ SQLDATE: "20230727", Actor1Name: "POLICE", Actor1CountryCode: "NGA", Actor2Name: "PROTESTER", Actor2CountryCode: "NGA", EventCode: "173" }),
      gdeltLine({ SQLDATE: "20230727", Actor1Name: "", Actor2Name: "NIGERIA", EventCode: "040" }),
      gdeltLine({ SQLDATE: "2023077", Actor1Name: "MALI", Actor2Name: "NIGERIA", EventCode: "040" }),
      gdeltLine({ SQLDATE: "20230727", Actor1Name: "MALI", Actor2Name: "NIGERIA", EventCode: "--" }),
    ];
    writeFileSync(file, lines.join("\n") + "\n");
    const { bundle, report } = await aggregateEvents({ input: file, format: "gdelt", period: "month", minCount: 1, fold: false });
    expect(validateDataset(bundleTexts(bundle), { sharedRelationTypes: SHARED_TYPES }).ok).toBe(true);
    expect(report).toMatchObject({ rows: 6, events: 3, missingActor: 1, badDate: 1, unknownCodes: [["--", 1]] });
    expect(bundle.relations.map((r) => [r.source, r.target, r.date, r.label])).toEqual([
      ["niger", "france", "2023-07", "reject: 2 events"],
      ["police-nigeria", "protester-nigeria", "2023-07", "coerce: 1 event"],
    ]);
    expect(bundle.relations[0].note).toContain("summed Goldstein -8");
    expect(bundle.relations[1].note).toContain("summed Goldstein -5"); // from the code 173, the column being empty
    const folded = await aggregateEvents({ input: file, format: "gdelt", period: "year", minCount: 1, fold: true });
    expect(folded.report.selfLoopEvents).toBe(1);
    expect(folded.bundle.relations.map((r) => [r.source, r.target, r.date])).toEqual([["niger", "france", "2023"]]);
  }, 60_000);
});

describe("DuckDB aggregator on rows aggregated elsewhere (BigQuery)", () => {
  it("gives the same bundle from per-period rows as from the events they sum up", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entente-bq-"));
    const events = join(dir, "events.export.CSV");
    const e = (day: string, a1: string, c1: string, a2: string, c2: string, code: string, g: string) =>
      gdeltLine({ SQLDATE: day, Actor1Name: a1, Actor1CountryCode: c1, Actor2Name: a2, Actor2CountryCode: c2, EventCode: code, EventRootCode: code.slice(0, 2), GoldsteinScale: g });
    writeFileSync(
      events,
      [
        e("20230726", "NIGER", "NER", "FRANCE", "FRA", "1246", "-4"),
        e("20230728", "NIGER", "NER", "FRANCE", "FRA", "1246", "-4"),
        e("20230805", "MILITARY", "NER", "FRANCE", "FRA", "166", "-7"),
        e("20230727", "POLICE", "NGA", "PROTESTER", "NGA", "173", "-5"),
      ].join("\n") + "\n",
    );
    // What the README's BigQuery query returns for these events.
    const aggregates = join(dir, "bq-result.csv");
    writeFileSync(
      aggregates,
      [
        "s_raw,s_cc,o_raw,o_cc,root,period,n,goldstein,first_day,last_day",
        "NIGER,NER,FRANCE,FRA,12,2023-07,2,-8.0,2023-07-26,2023-07-28",
        "MILITARY,NER,FRANCE,FRA,16,2023-08,1,-7.0,2023-08-05,2023-08-05",
        "POLICE,NGA,PROTESTER,NGA,17,2023-07,1,-5.0,2023-07-27,2023-07-27",
        ",,FRANCE,FRA,4,2023-07,3,3.0,2023-07-01,2023-07-02",
      ].join("\n") + "\n",
    );
    for (const [period, fold] of [["month", false], ["year", true]] as const) {
      const fromEvents = await aggregateEvents({ input: events, format: "gdelt", period, minCount: 1, fold, id: "x", title: "x" });
      const fromRows = await aggregateEvents({ input: aggregates, format: "aggregates", period, minCount: 1, fold, id: "x", title: "x" });
      expect(fromRows.bundle.relations.map((r) => ({ ...r, note: r.note!.replace(/from .*$/, "") }))).toEqual(
        fromEvents.bundle.relations.map((r) => ({ ...r, note: r.note!.replace(/from .*$/, "") })),
      );
      expect(fromRows.bundle.entities).toEqual(fromEvents.bundle.entities);
      expect(fromRows.report.missingActor).toBe(1);
      expect(validateDataset(bundleTexts(fromRows.bundle), { sharedRelationTypes: SHARED_TYPES }).ok).toBe(true);
    }
  }, 60_000);
});
