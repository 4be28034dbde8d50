import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { GRAPH_DATA, readDatasetFolder, SHARED_TYPES_FILE } from "../../cli/datasets";
import { toBundle } from "../export/bundle";
import { csvTablesZip, toCsvTables } from "../export/csvTables";
import { toCsv } from "../export/csv";
import { exportScope } from "../export/scope";
import { buildModel } from "../dataset/graph";
import { importFiles } from "./";
import { parseCsv, type CsvFixes } from "./csv";
import { cellRef, rowRef } from "./csvTable";
import { isoDate, orderOf } from "./dayMonthYear";
import { editDistance, typeMatcher } from "./typeMatch";
import type { RelationType } from "../dataset/schema";
import { validateDataset } from "../dataset/validate";
import { SHARED_TYPES } from "../../../tests/fixtures/fixtures";
import { datasetOf, problemsOf } from "../../../tests/fixtures/importFixtures";

const types: RelationType[] = JSON.parse(SHARED_TYPES);
const match = typeMatcher(types);
const HEAD = "source,target,type,date,citation";
const csv = (text: string, fixes?: CsvFixes) => parseCsv({ name: "r.csv", text }, undefined, SHARED_TYPES, fixes);

describe("relation types as spreadsheets write them", () => {
  it("accepts an id or a label, whatever the case, spacing, hyphens or underscores", () => {
    for (const text of ["imposed-sanctions", "Imposed sanctions on", "IMPOSED  SANCTIONS ON", "imposed_sanctions_on", " imposed-sanctions-on "]) {
      expect(match(text).type?.id, text).toBe("imposed-sanctions");
    }
    expect(match("Member of").type?.id).toBe("member-of");
    expect(match("signed MOU").type?.id).toBe("signed-mou");
  });

  it("suggests the nearest type for a slip, and nothing for a word far from every type", () => {
    expect(match("imposed sanction on")).toEqual({ suggestion: expect.objectContaining({ id: "imposed-sanctions" }) });
    expect(match("expelled the ambassador").suggestion?.id).toBe("expelled-ambassador");
    expect(match("membr of").suggestion?.id).toBe("member-of");
    expect(match("invaded")).toEqual({ suggestion: undefined });
    expect(match("")).toEqual({});
    expect([editDistance("kitten", "sitting"), editDistance("abc", "xyz", 1)]).toEqual([3, 2]);
  });

  it("imports labels as their types, and labels relations by their type's label", () => {
    const d = datasetOf(csv(`source,target,type,date,start,citation\nEU,Russia,Imposed sanctions on,2022-02-23,,S\nEU,Russia,Sanctions In Force On,,2014-07,S\n`));
    expect(d.relations.map((r) => [r.type, r.label])).toEqual([
      ["imposed-sanctions", "imposed sanctions on"],
      ["sanctions-in-force", "sanctions in force on"],
    ]);
  });

  it("says an empty cell is empty, and a date in the wrong form is only that, once each", () => {
    expect(problemsOf(csv(`${HEAD}\nEU,,,2/3/20222,S\n`))).toEqual([
      "r.csv: row 2: target: is empty",
      "r.csv: row 2: type: is empty",
      'r.csv: row 2: date: must be YYYY, YYYY-MM or YYYY-MM-DD (optionally ending in ~), or DD/MM/YYYY or MM/DD/YYYY (got "2/3/20222")',
    ]);
  });

  it("reports each mistake once, every one of them (not only ten)", () => {
    const rows = Array.from({ length: 25 }, (_, i) => `a,b,Imposed sanction on ${i % 2 ? "" : "x"},2020-02-${String(i + 1).padStart(2, "0")},S`);
    const result = csv(`${HEAD}\n${rows.join("\n")}\na,b,membr of,2020,S\n`);
    const problems = problemsOf(result);
    expect(new Set(problems).size).toBe(problems.length);
    expect(problems.filter((p) => p.includes("kebab-case"))).toEqual([]);
    expect(problems).toContain(`r.csv: rows 3, 5, 7, 9, 11, 13, 15, 17, 19, 21 and 2 more: type: unknown relation type "Imposed sanction on" (did you mean "imposed sanctions on", imposed-sanctions?)`);
    expect(!result.ok && result.problems[1].at?.rows).toHaveLength(12);
    expect(problems).toContain(`r.csv: row 27: type: unknown relation type "membr of" (did you mean "member of", member-of?)`);
    expect(!result.ok && result.problems.find((p) => p.message.includes("membr"))).toMatchObject({
      kind: "relation-type",
      at: { file: "r.csv", rows: [27], column: "type", header: "type", value: "membr of" },
      suggestion: { id: "member-of", label: "member of" },
    });
  });
});

it("reads entity types as written in a spreadsheet", () => {
  const d = datasetOf(parseCsv({ name: "r.csv", text: `${HEAD}\na,b,met-with,2020,S\n` }, { name: "e.csv", text: "id,label,type\na,A,Armed group\nb,B,MILITARY FORCE\n" }, SHARED_TYPES));
  expect(d.entities.map((e) => e.type)).toEqual(["armed-group", "military-force"]);
});

describe("dates written day/month/year or month/day/year", () => {
  it("reads them in the order chosen, and year/month/day always", () => {
    expect([isoDate("03/08/2023", "dmy"), isoDate("03/08/2023", "mdy"), isoDate("3.8.2023~", "dmy"), isoDate("2023/8/3", "mdy"), isoDate("2023-08", "dmy")]).toEqual([
      "2023-08-03",
      "2023-03-08",
      "2023-08-03~",
      "2023-08-03",
      "2023-08",
    ]);
    expect([orderOf(["03/08/2023", "25/08/2023"]), orderOf(["08/25/2023"]), orderOf(["03/08/2023"]), orderOf(["25/08/2023", "08/25/2023"])]).toEqual(["dmy", "mdy", undefined, undefined]);
  });

  it("asks for the order once, then imports with it", () => {
    const text = `${HEAD}\na,b,met-with,03/08/2023,S\na,b,met-with,25/08/2023,S\n`;
    expect(problemsOf(csv(text))).toEqual([
      'r.csv: dates such as "03/08/2023" may be day/month/year or month/day/year: choose which (they can only be day/month/year: a number over 12 comes first)',
    ]);
    const result = csv(text, { dateOrder: "dmy" });
    expect(datasetOf(result).relations.map((r) => r.date)).toEqual(["2023-08-03", "2023-08-25"]);
    expect(result.ok && result.notes).toContain('dates such as "03/08/2023" read as day/month/year');
    expect(problemsOf(csv(text, { dateOrder: "mdy" }))).toEqual(['r.csv: row 3: date: is an impossible date (got "2023-25-08")']);
  });
});

describe("fixing an import", () => {
  const text = `${HEAD}\na,b,met-with,2020,S\na,b,invaded,2021,S\nb,a,met-with,2021-13,S\n`;

  it("locates each problem's cell, and imports corrected cells, ignored rows, chosen and created types", () => {
    const result = csv(text);
    expect(!result.ok && result.problems).toEqual([
      expect.objectContaining({ kind: "row", at: { file: "r.csv", rows: [4], column: "date", header: "date", value: "2021-13" } }),
      expect.objectContaining({ kind: "relation-type", at: expect.objectContaining({ rows: [3], value: "invaded" }) }),
    ]);
    const fixed = csv(text, { cells: { [cellRef("r.csv", 4, "date")]: "2021-12" }, ignoredRows: [rowRef("r.csv", 3)] });
    expect(datasetOf(fixed).relations.map((r) => r.date)).toEqual(["2020", "2021-12"]);
    expect(fixed.ok && fixed.notes).toContain("r.csv: left out row 3");
    const invaded: RelationType = { id: "invaded", label: "invaded", kind: "event", class: "material-conflict" };
    const created = datasetOf(csv(text, { newTypes: [invaded], cells: { [cellRef("r.csv", 4, "date")]: "2021-12" } }));
    expect(created.relationTypes).toContainEqual(invaded);
    expect(created.relations[1]).toMatchObject({ type: "invaded", label: "invaded" });
    expect(datasetOf(csv(text, { typeChoices: { invaded: "withdrew-from" }, ignoredRows: [rowRef("r.csv", 4)] })).relations[1].type).toBe("withdrew-from");
  });

  it("imports only the valid rows when asked, and never when a problem is not in a row", () => {
    const result = csv(text, { validOnly: true });
    expect(datasetOf(result).relations).toHaveLength(1);
    expect(result.ok && result.notes).toContain("r.csv: left out rows 3, 4");
    expect(problemsOf(csv(`${HEAD}\na,b,met-with,03/08/2023,S\na,b,invaded,2021,S\n`, { validOnly: true }))[0]).toMatch(/may be day\/month\/year/);
  });

  it("reads new types from a relation types CSV imported alongside, by file name or by header", () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    for (const name of ["relation-types.csv", "mine.csv"]) {
      const files = [
        { name: "sanctions.csv", bytes: bytes(`${HEAD}\nEU,Russia,Froze assets of,2022-02-28,S\nEU,Russia,imposed sanctions on,2022-02-23,S\n`) },
        { name, bytes: bytes("label,kind,class\nfroze assets of,event,material-conflict\n") },
      ];
      const d = datasetOf(importFiles(files, SHARED_TYPES));
      expect(d.relations.map((r) => r.type)).toEqual(["froze-assets-of", "imposed-sanctions"]);
      expect(d.relationTypes).toContainEqual({ id: "froze-assets-of", label: "froze assets of", kind: "event", class: "material-conflict" });
    }
  });
});

describe("CSV tables in a zip", () => {
  const shared = readFileSync(SHARED_TYPES_FILE, "utf8");
  const sahel = validateDataset(readDatasetFolder(`${GRAPH_DATA}/sahel`), { sharedRelationTypes: shared });
  if (!sahel.ok) throw new Error("shipped dataset must validate");
  const model = buildModel(sahel.dataset);
  const bundle = toBundle(model, exportScope(model));

  it("import back to a deep-equal bundle (labels, types, locations, citations with URLs and quotes)", () => {
    const back = datasetOf(importFiles([{ name: "entente-sahel.zip", bytes: csvTablesZip(bundle) }], shared));
    expect(toBundle(buildModel(back), exportScope(buildModel(back)))).toEqual(bundle);
    // The comparison has something to compare: negative longitudes, URLs, several citations, multi-line text.
    expect(bundle.entities.some((e) => (e.location?.lon ?? 0) < 0)).toBe(true);
    expect(bundle.relations.some((r) => r.citations.length > 1)).toBe(true);
    expect(bundle.sources.some((s) => s.url)).toBe(true);
  });

  it("keep a dataset's own types, and are plain CSV a spreadsheet opens", () => {
    const own: RelationType = { id: "froze-assets-of", label: "froze assets of", kind: "event", class: "material-conflict", cameo: "0871" };
    const withOwn = { ...bundle, relationTypes: [...bundle.relationTypes, own] };
    const back = datasetOf(importFiles([{ name: "t.zip", bytes: csvTablesZip(withOwn) }], shared));
    expect(back.relationTypes).toEqual(withOwn.relationTypes);
    const tables = toCsvTables(bundle);
    expect(Object.keys(tables)).toEqual(["relations.csv", "entities.csv", "sources.csv", "relation-types.csv", "dataset.csv"]);
    expect(tables["relations.csv"].startsWith("\uFEFFid,type,source,target,date,start,end,label,citation,quote,note\r\n")).toBe(true);
  });

  it("the single table keeps entity labels when read back (types and sources need the tables)", () => {
    const back = datasetOf(parseCsv({ name: "sahel.csv", text: toCsv(model, exportScope(model)) }, undefined, shared));
    const labels = new Map(sahel.dataset.entities.map((e) => [e.id, e.label]));
    expect(back.entities.map((e) => [e.id, e.label])).toEqual(back.entities.map((e) => [e.id, labels.get(e.id)]));
    expect(back.entities.find((e) => e.id === "niger")?.label).toBe("Niger");
  });

  it("refuses a zip that is not one, or holds no CSV", () => {
    expect(problemsOf(importFiles([{ name: "x.zip", bytes: new Uint8Array([1, 2, 3]) }], shared))[0]).toMatch(/^x\.zip: is not a readable zip file/);
    expect(problemsOf(importFiles([{ name: "x.zip", bytes: zipSync({ "notes.txt": strToU8("hi") }) }], shared))[0]).toMatch(/^x\.zip: holds no \.csv file/);
  });

  it("locate a problem inside the zip by table and row, ready to be fixed there", () => {
    const tables = toCsvTables(bundle);
    const broken = { ...tables, "relations.csv": tables["relations.csv"].replace(",member-of,", ",membr-of,") };
    const result = importFiles([{ name: "t.zip", bytes: zipSync(Object.fromEntries(Object.entries(broken).map(([n, t]) => [n, strToU8(t)]))) }], shared);
    // One row per citation after the header: the first member-of relation's rows.
    const first = bundle.relations.findIndex((r) => r.type === "member-of");
    const row = 2 + bundle.relations.slice(0, first).reduce((n, r) => n + r.citations.length, 0);
    const rows = Array.from({ length: bundle.relations[first].citations.length }, (_, i) => row + i);
    expect(!result.ok && result.problems[0]).toMatchObject({ kind: "relation-type", suggestion: { id: "member-of" }, at: { file: "t.zip › relations.csv", rows: [row], column: "type" } });
    const fixed = importFiles([{ name: "t.zip", bytes: zipSync(Object.fromEntries(Object.entries(broken).map(([n, t]) => [n, strToU8(t)]))) }], shared, undefined, {
      cells: Object.fromEntries(rows.map((r) => [cellRef("t.zip › relations.csv", r, "type"), "member-of"])),
    });
    expect(datasetOf(fixed).relations).toEqual(sahel.dataset.relations);
  });
});
