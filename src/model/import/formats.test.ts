import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { importFiles } from "./";
import { textProblem } from "./encoding";
import { guessDelimiter, isEventTable } from "./files";
import { SHARED_TYPES } from "../../../tests/fixtures/fixtures";
import { datasetOf, fixture, fixtureFile, importFixtures, problemsOf } from "../../../tests/fixtures/importFixtures";

const utf8 = (s: string) => new TextEncoder().encode(s);
/** A fixture CSV rewritten with another separator (papaparse quotes what needs it). */
const withSeparator = (name: string, delimiter: string) => Papa.unparse(Papa.parse<string[]>(fixture(name), { skipEmptyLines: true }).data, { delimiter });

describe("separators", () => {
  it("guesses the separator from the first lines, ignoring separators inside quotes", () => {
    expect(guessDelimiter(["a,b,c", "1,2,3"])).toBe(",");
    expect(guessDelimiter(["source;target;type;date;citation", 'a;b;met-with;2020;"x, y; z"'])).toBe(";");
    expect(guessDelimiter(["Mali\tMake statement, again\tNiger\t2024-01-02"])).toBe("\t");
    expect(guessDelimiter(["a|b", "1|2"])).toBe("|");
    expect(guessDelimiter(["just one column", "another"])).toBeUndefined();
    expect(guessDelimiter([])).toBeUndefined();
  });

  it("routes an Entente CSV separated by semicolons or tabs to the dataset import, not the event mapping", () => {
    expect(isEventTable([{ name: "relations.csv" }], "source;target;type;date;citation")).toBe(false);
    expect(isEventTable([{ name: "entities.csv" }], "id\tlabel\ttype")).toBe(false);
    expect(isEventTable([{ name: "events.csv" }], "Mali;Make statement;Niger;2024-01-02")).toBe(true);
  });

  it("imports an Entente CSV separated by semicolons or tabs as it imports the comma-separated one", () => {
    const expected = datasetOf(importFixtures("relations.csv", "entities.csv"));
    for (const d of [";", "\t"]) {
      const files = ["relations.csv", "entities.csv"].map((name) => ({ name, bytes: utf8(withSeparator(name, d)) }));
      expect(datasetOf(importFiles(files, SHARED_TYPES))).toEqual(expected);
    }
  });

  it("names the separator it read when columns are missing", () => {
    const semicolons = { name: "r.csv", bytes: utf8("from;to;type;when\na;b;met-with;2020\n") };
    expect(problemsOf(importFiles([semicolons], SHARED_TYPES))[0]).toBe('r.csv: row 1: missing column "source" (the header, read as semicolon-separated, has: "from", "to", "type", "when")');
    const oneColumn = { name: "r.csv", bytes: utf8("from to type when\na b met-with 2020\n") };
    expect(problemsOf(importFiles([oneColumn], SHARED_TYPES))[0]).toBe('r.csv: row 1: missing column "source" (the header (one column: no comma, semicolon, tab or vertical bar in it) has: "from to type when")');
  });
});

describe("files that are not text", () => {
  const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0x1b]);
  it("says a binary or UTF-16 file is not a text file, naming the file", () => {
    expect(problemsOf(importFiles([{ name: "tool.csv", bytes: elf }], SHARED_TYPES))).toEqual([
      "tool.csv: is not a text file (encoding): a NUL byte at offset 7 (binary data, or UTF-16 text): save it as UTF-8 text",
    ]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."id,label"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(problemsOf(importFiles([{ name: "u16.csv", bytes: utf16 }], SHARED_TYPES))[0]).toMatch(/^u16\.csv: is not a text file \(encoding\): /);
  });

  it("checks the head of a long file without tripping on a character cut at its end", () => {
    const head = utf8("Mali\tConsult\tNiger\t2024-01-02\u00e9").slice(0, -1); // é cut in half
    expect(textProblem(head, true)).toBeUndefined();
    expect(textProblem(head)).toMatch(/not valid UTF-8 \(first bad byte at offset 29\)/);
    expect(textProblem(elf, true)).toMatch(/NUL byte at offset 7/);
    expect(fixtureFile("relations.csv").bytes.length).toBeGreaterThan(0);
  });
});
