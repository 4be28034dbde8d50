import { describe, expect, it } from "vitest";
import { dayNumber, isoDay } from "../time/dates";
import { GDELT2_COLUMNS, GDELT2_PRESET, ICEWS_PRESET, resolveMapping, type EventFormat } from "./columns";
import { LineSplitter, parseEventDay, parseEventTable } from "./parse";
import { gdeltLine, icewsRows, icewsText } from "../../../tests/fixtures/eventFixtures";

describe("event dates", () => {
  it("reads YYYY-MM-DD and GDELT's YYYYMMDD, and refuses impossible days", () => {
    expect(parseEventDay("2015-02-28")).toBe(dayNumber(2015, 2, 28));
    expect(parseEventDay("20150228")).toBe(dayNumber(2015, 2, 28));
    expect(parseEventDay("2015-02-28T10:00:00")).toBe(dayNumber(2015, 2, 28));
    for (const bad of ["2015-02-29", "20151301", "2015-13-01", "2015", "yesterday", "", "2015-02-28x"]) expect(parseEventDay(bad), bad).toBeUndefined();
    expect(parseEventDay("2016-02-29")).toBe(dayNumber(2016, 2, 29));
  });
});

describe("ICEWS tables", () => {
  it("reads every row of the real sample, keeping subject, label, object and date", { timeout: 30_000 }, () => {
    const rows = icewsRows();
    const { events, report } = parseEventTable(icewsText(), ICEWS_PRESET);
    expect(rows).toHaveLength(11687); // the fixture: a quarter of the 46,092 rows (see its README)
    expect(report.rows).toBe(rows.length);
    expect(events).toHaveLength(rows.length);
    expect(report.missingActor.count + report.badDate.count + report.tooFewColumns.count).toBe(0);
    for (const i of [0, 1, 17, 4000, rows.length - 1]) {
      const e = events[i];
      expect(e.row).toBe(i + 1);
      expect([e.subject, e.label, e.object, isoDay(e.day)]).toEqual([rows[i].subject, rows[i].label, rows[i].object, rows[i].date]);
    }
  });

  it("reports rows with a missing actor, a bad date or too few columns by row number, and keeps the rest", () => {
    const text = [
      "A\tConsult\tB\t2010-01-01",
      "\tConsult\tB\t2010-01-01",
      "A\tConsult\t \t2010-01-01",
      "A\tConsult\tB\t2010-02-30",
      "A\tConsult",
      "B\tConsult\tA\t2010-01-03\r",
    ].join("\n");
    const { events, report } = parseEventTable(text, ICEWS_PRESET);
    expect(events.map((e) => e.row)).toEqual([1, 6]);
    expect(report.missingActor).toEqual({ count: 2, rows: [2, 3] });
    expect(report.badDate).toEqual({ count: 1, rows: [4] });
    expect(report.tooFewColumns).toEqual({ count: 1, rows: [5] });
    expect(events[1].object).toBe("A");
  });

  it("keeps only the first 20 row numbers of a reason but counts them all", () => {
    const text = Array.from({ length: 30 }, () => "A\tConsult\tB\tnever").join("\n");
    const { report } = parseEventTable(text, ICEWS_PRESET);
    expect(report.badDate.count).toBe(30);
    expect(report.badDate.rows).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("splits chunked input into the same lines wherever the chunks break", { timeout: 30_000 }, () => {
    const text = icewsText().slice(0, 20000).replace(/\n/g, (m, i: number) => (i % 3 === 0 ? "\r\n" : m));
    const whole: string[] = [];
    const w = new LineSplitter();
    w.push(text, (l) => whole.push(l));
    w.end((l) => whole.push(l));
    for (const size of [1, 7, 64, 1000]) {
      const lines: string[] = [];
      const s = new LineSplitter();
      for (let i = 0; i < text.length; i += size) s.push(text.slice(i, i + size), (l) => lines.push(l));
      s.end((l) => lines.push(l));
      expect(lines).toEqual(whole);
    }
    expect(whole.some((l) => l.includes("\r"))).toBe(false);
  });

  it("reports progress as it goes", { timeout: 30_000 }, () => {
    const seen: number[] = [];
    parseEventTable(icewsText(), ICEWS_PRESET, { onProgress: (n) => seen.push(n), progressEvery: 2000 });
    expect(seen).toEqual([2000, 4000, 6000, 8000, 10000, 11687]);
  });
});

describe("GDELT 2.0 exports", () => {
  it("has the 61 documented columns at their indices", () => {
    expect(GDELT2_COLUMNS).toHaveLength(61);
    const at = (name: (typeof GDELT2_COLUMNS)[number]) => GDELT2_COLUMNS.indexOf(name);
    expect([at("SQLDATE"), at("Actor1Name"), at("Actor1CountryCode"), at("Actor2Name"), at("Actor2CountryCode")]).toEqual([1, 6, 7, 16, 17]);
    expect([at("EventCode"), at("EventBaseCode"), at("EventRootCode"), at("QuadClass"), at("GoldsteinScale"), at("NumMentions")]).toEqual([26, 27, 28, 29, 30, 31]);
    expect(at("SOURCEURL")).toBe(60);
  });

  it("maps actors, code, Goldstein score, mentions and source URL; names sector actors by their country", () => {
    const text = [
      gdeltLine({ SQLDATE: "20230726", Actor1Name: "NIGER", Actor1CountryCode: "NER", Actor2Name: "FRANCE", Actor2CountryCode: "FRA", EventCode: "1246", GoldsteinScale: "-4.0", NumMentions: "12", SOURCEURL: 'https://example.org/a?q="x"' }),
      gdeltLine({ SQLDATE: "20230727", Actor1Name: "POLICE", Actor1CountryCode: "NGA", Actor2Name: "PROTESTER", Actor2CountryCode: "NGA", EventCode: "173", GoldsteinScale: "-5.0" }),
      gdeltLine({ SQLDATE: "20230727", Actor1Name: "", Actor2Name: "NIGERIA", EventCode: "040" }),
      gdeltLine({ SQLDATE: "20230727", Actor1Name: "MALI", Actor2Name: "NIGERIA", EventCode: "--" }),
    ].join("\n");
    const { events, report } = parseEventTable(text, GDELT2_PRESET);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ row: 1, subject: "Niger", object: "France", code: "1246", root: 12, goldstein: -4, mentions: 12, url: 'https://example.org/a?q="x"' });
    expect(events[0].label).toBe("Refuse to de-escalate military engagement");
    expect(isoDay(events[0].day)).toBe("2023-07-26");
    expect(events[1]).toMatchObject({ subject: "Police (Nigeria)", object: "Protester (Nigeria)", root: 17, goldstein: -5 });
    expect(report.missingActor).toEqual({ count: 1, rows: [3] });
    expect([...report.unknownCodes]).toEqual([["--", 1]]);
  });

  it("takes the Goldstein score from the CAMEO code when the column is empty", () => {
    const { events } = parseEventTable(gdeltLine({ SQLDATE: "20200101", Actor1Name: "CHAD", Actor2Name: "MALI", EventCode: "057" }), GDELT2_PRESET);
    expect(events[0].goldstein).toBe(8);
  });
});

describe("column mapping", () => {
  it("maps columns by header name in a quoted CSV", () => {
    const format: EventFormat = { name: "csv", delimiter: ",", header: true, mapping: { subject: "from", object: "to", date: "when", label: "what" } };
    const text = 'when,from,what,to\n2011-05-02,"Obama, Barack",Make statement,Pakistan\n2011-05-03,Pakistan,"Criticize or denounce",United States\n';
    const { events, report } = parseEventTable(text, format);
    expect(events.map((e) => [e.row, e.subject, e.label, e.object])).toEqual([
      [2, "Obama, Barack", "Make statement", "Pakistan"],
      [3, "Pakistan", "Criticize or denounce", "United States"],
    ]);
    expect(report.rows).toBe(2);
  });

  it("explains a mapping that cannot work", () => {
    expect(() => resolveMapping({ subject: 0, object: 1, date: 2 })).toThrow(/label or to the CAMEO code/);
    expect(() => resolveMapping({ subject: "src", object: 1, date: 2, label: 3 }, ["a", "b"])).toThrow(/no column named "src" \(columns: a, b\)/);
    expect(() => resolveMapping({ subject: "src", object: 1, date: 2, label: 3 })).toThrow(/no header row/);
    expect(() => resolveMapping({ subject: -1, object: 1, date: 2, label: 3 })).toThrow(/not a column index/);
  });
});

describe("chunked import (for a worker)", () => {
  it("builds the same table from chunks as from the whole text", { timeout: 30_000 }, async () => {
    const { importEventTable, EventTableImporter } = await import("./bundle");
    const head = icewsText().slice(0, 60_000);
    const text = head.slice(0, head.lastIndexOf("\n") + 1) + "A\tConsult\t\t2010-01-01\n";
    const whole = importEventTable(text, ICEWS_PRESET);
    const importer = new EventTableImporter(ICEWS_PRESET);
    for (let i = 0; i < text.length; i += 4099) importer.push(text.slice(i, i + 4099));
    const chunked = importer.end();
    expect(chunked.table).toEqual(whole.table);
    expect(chunked.actors).toEqual(whole.actors);
    expect(chunked.report).toEqual(whole.report);
    expect(chunked.report.missingActor.count).toBe(1);
    expect(importer.rows).toBe(whole.report.rows);
  });
});
