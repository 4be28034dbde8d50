import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { SHARED_TYPES } from "../../../tests/fixtures/fixtures";
import { datasetOf, fixture, importFixtures, problemsOf } from "../../../tests/fixtures/importFixtures";

const csv = (relations: string, entities?: string) =>
  parseCsv({ name: "r.csv", text: relations }, entities === undefined ? undefined : { name: "e.csv", text: entities }, SHARED_TYPES);

describe("parseCsv", () => {
  it("reads relations with an entities file, in any order of the two files", () => {
    for (const order of [["relations.csv", "entities.csv"], ["entities.csv", "relations.csv"]]) {
      const result = importFixtures(...order);
      const d = datasetOf(result);
      expect(result.ok && result.notes).toEqual([]);
      expect(d.meta).toMatchObject({ id: "relations", title: "relations" });
      expect(d.entities.find((e) => e.id === "france")).toEqual({
        id: "france",
        label: "France",
        type: "country",
        aliases: ["République française", "French Republic"],
        description: 'A founding member, with "quotes", commas',
        location: { lat: 48.86, lon: 2.35 },
      });
      expect(d.entities.find((e) => e.id === "ecsc")?.aliases).toEqual(["ECSC", "CECA"]);
      expect(d.relations).toHaveLength(5);
    }
  });

  it("keeps quotes, commas and newlines inside quoted cells, and labels a row without label by its type", () => {
    const d = datasetOf(importFixtures("relations.csv", "entities.csv"));
    const elysee = d.relations.find((r) => r.type === "signed-agreement")!;
    expect(elysee).toMatchObject({ source: "france", target: "germany", date: "1963-01-22", label: "signed the Élysée Treaty with" });
    expect(elysee.citations[0].quote).toBe('"Reconciliation", at last: the treaty was signed in Paris, on 22 January.');
    const germany = d.relations.find((r) => r.source === "germany")!;
    expect(germany).toMatchObject({ start: "1952-07", end: "2002-07-23", label: "member of" });
    expect(germany.citations[0].quote).toBe("A quote\non two lines");
  });

  it("makes sources from citations: a URL keeps its URL, other text becomes the title; ids are slugs", () => {
    const d = datasetOf(importFixtures("relations.csv", "entities.csv"));
    expect(d.sources).toEqual([
      { id: "elysee-fr", title: "https://www.elysee.fr/", publisher: "elysee.fr", url: "https://www.elysee.fr/" },
      { id: "treaty-of-paris-1951", title: "Treaty of Paris (1951)", publisher: "(publisher not stated)" },
    ]);
    // The same citation text is one source, cited by every row that names it.
    expect(d.relations.filter((r) => r.citations[0].source === "treaty-of-paris-1951")).toHaveLength(3);
  });

  it("creates entities named only in relations, with the name as label and the default type, and says so", () => {
    const result = importFixtures("relations.csv");
    const d = datasetOf(result);
    expect(d.entities.find((e) => e.id === "ecsc")).toEqual({ id: "ecsc", label: "ecsc", type: "organization" });
    // "France" and "france" are the same entity: a name that is not an id is made into one.
    expect(d.entities.filter((e) => e.id === "france")).toHaveLength(1);
    expect(result.ok && result.notes).toEqual(['4 entities (no entities file) created with type "organization" and the id as label: france, germany, ecsc, italy']);
  });

  it("reports unknown relation types with their rows, without guessing, and other problems by row", () => {
    expect(problemsOf(importFixtures("relations-unknown-types.csv"))).toEqual([
      'relations-unknown-types.csv: row 4: date: is an impossible date (got "2021-13")',
      'relations-unknown-types.csv: row 6: date: is an impossible date (got "2022-02-30")',
      "relations-unknown-types.csv: row 6: citations: needs at least one citation (got [])",
      'relations-unknown-types.csv: rows 3, 4: type: unknown relation type "invaded"',
      'relations-unknown-types.csv: row 5: type: unknown relation type "annexed"',
    ]);
  });

  it("numbers rows as a spreadsheet does, blank rows included", () => {
    expect(problemsOf(csv("source,target,type,date,citation\n\na,b,invaded,2020,S\n"))).toEqual(['r.csv: row 3: type: unknown relation type "invaded"']);
  });

  it("requires a header with the needed columns and names what it found", () => {
    const m = problemsOf(importFixtures("relations-missing-columns.csv"));
    expect(m).toContain('relations-missing-columns.csv: row 1: missing column "source" (the header, read as comma-separated, has: "from", "to", "type", "when")');
    expect(m).toContain('relations-missing-columns.csv: row 1: missing column "date" or "start" (the header, read as comma-separated, has: "from", "to", "type", "when")');
    expect(problemsOf(csv(""))).toEqual(["r.csv: is empty: a relations file needs a header row and one row per relation"]);
  });

  it("refuses a header without rows rather than importing an empty dataset", () => {
    expect(problemsOf(csv("source,target,type,date,citation\n"))).toEqual(["r.csv: has a header but no rows: there is no relation to import"]);
    expect(problemsOf(csv("source,target,type,date,citation\r\n\r\n,,,,\r\n"))).toEqual(["r.csv: has a header but no rows: there is no relation to import"]);
  });

  it("reports a control character such as NUL by row and column instead of turning it into an id", () => {
    expect(problemsOf(csv("source,target,type,date,citation\nni\u0000ger,mali,met-with,2020,S\n"))).toEqual([
      'r.csv: row 2: column "source" contains a control character (U+0000)',
    ]);
  });

  it("ignores extra columns and says which", () => {
    const result = csv("source,target,type,date,citation,weight,Colour\na,b,met-with,2020,S,1,red\n");
    expect(datasetOf(result).relations).toHaveLength(1);
    expect(result.ok && result.notes[0]).toBe('r.csv: ignored columns "weight", "Colour"');
  });

  it("accepts the exporter's header names and merges repeated ids into one relation with several citations", () => {
    const d = datasetOf(csv('ID,Date,Source,Relation type,Target,Label,citation_source,Quote\nr1,2020,a,met-with,b,met,s1,"one"\nr1,2020,a,met-with,b,met,s2,"two"\n'));
    expect(d.relations).toEqual([{ id: "r1", type: "met-with", source: "a", target: "b", date: "2020", label: "met", citations: [{ source: "s1", quote: "one" }, { source: "s2", quote: "two" }] }]);
  });

  it("gives generated relation ids that are deterministic and unique", () => {
    const text = "source,target,type,date,citation\na,b,met-with,2020,S\na,b,met-with,2020,T\n";
    const ids = datasetOf(csv(text)).relations.map((r) => r.id);
    expect(ids).toEqual(["a-met-with-b-2020", "a-met-with-b-2020-2"]);
    expect(datasetOf(csv(text)).relations.map((r) => r.id)).toEqual(ids);
  });

  it("reports a broken quote with its row", () => {
    const m = problemsOf(csv('source,target,type,date,citation\na,b,met-with,2020,"unclosed\n'));
    expect(m).toEqual(["r.csv: line 2: Quoted field unterminated"]);
    expect(problemsOf(csv('source,target,type,date,citation\n\na,b,met-with,2020,S\nb,a,met-with,2021,"unclosed\n'))).toEqual(["r.csv: line 4: Quoted field unterminated"]);
    expect(problemsOf(csv("source,target,type,date,citation\na,b,met-with,2020,S,extra\n"))).toEqual(["r.csv: row 2: has 6 cells but the header names 5 columns"]);
    expect(problemsOf(csv("source,target,type,date,citation,Date\na,b,met-with,2020,S,2021\n"))).toEqual(['r.csv: row 1: column "Date" is there twice']);
  });

  it("reports bad entity rows by row number", () => {
    const m = problemsOf(csv("source,target,type,date,citation\na,b,met-with,2020,S\n", "id,label,type,lat,lon\na,A,empire,,\nb,B,country,north,3\n"));
    expect(m).toEqual([
      expect.stringMatching(/^e\.csv: row 2: type: Invalid option/),
      expect.stringMatching(/^e\.csv: row 3: location\.lat: .*"north"/),
      // As in npm run validate, references to a record that failed its own checks are counted, not reported one by one.
      "e.csv: rows 2, 3: 1 relation refers to this entity: not checked against it until the problems above are fixed",
    ]);
    expect(fixture("entities.csv")).toContain("lat,lon");
  });
});
