import { describe, expect, it } from "vitest";
import { formatProblem, validateDataset, type DatasetTexts } from "./validate";
import { SHARED_TYPES, tinyTexts } from "../../../tests/fixtures/fixtures";

const run = (texts: DatasetTexts) => validateDataset(texts, { folder: "tiny", sharedRelationTypes: SHARED_TYPES });
const messages = (texts: DatasetTexts) => {
  const r = run(texts);
  return r.ok ? [] : r.problems.map(formatProblem);
};
const rel = (extra: object) => ({ id: "r9", type: "signed-mou", source: "a", target: "b", date: "2024", label: "x", citations: [{ source: "s" }], ...extra });

describe("validateDataset", () => {
  it("accepts a valid dataset and merges the shared vocabulary", () => {
    const r = run(tinyTexts());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.dataset.relationTypes.map((t) => t.id)).toContain("member-of");
  });

  it("reports invalid JSON with file, line and column", () => {
    const m = messages(tinyTexts({ "relations.json": '[\n  {"id": "r1",\n   "type" "x"}\n]' }));
    expect(m).toEqual([expect.stringMatching(/^tiny\/relations\.json: invalid JSON at line 3, column 11/)]);
  });

  it("names file, record and value for each kind of problem, all at once", () => {
    const m = messages(
      tinyTexts({
        "entities.json": [
          { id: "a", label: "A", type: "country" },
          { id: "a", label: "A again", type: "country" },
          { id: "b", label: "B", type: "empire" },
        ],
        "relations.json": [
          rel({ id: "bad-ref", target: "nowhere" }),
          rel({ id: "bad-type", type: "invaded" }),
          rel({ id: "bad-date", date: "2023-02-30" }),
          rel({ id: "bad-month", date: "2023-13" }),
          rel({ id: "no-cite", citations: [] }),
          rel({ id: "bad-cite", citations: [{ source: "nobody" }] }),
          rel({ id: "event-span", date: undefined, start: "2023", end: "2024" }),
          rel({ id: "state-date", type: "member-of" }),
          rel({ id: "backwards", type: "member-of", date: undefined, start: "2024-05", end: "2024-04-30" }),
          rel({ id: "bad-ref" }),
        ],
      }),
    );
    const expected = [
      'tiny/entities.json: a: duplicate id "a"',
      "tiny/entities.json: b: type: Invalid option",
      'tiny/relations.json: bad-ref: target: unknown entity "nowhere"',
      'tiny/relations.json: bad-type: type: unknown relation type "invaded"',
      'tiny/relations.json: bad-date: date: is an impossible date (got "2023-02-30")',
      'tiny/relations.json: bad-month: date: is an impossible date (got "2023-13")',
      "tiny/relations.json: no-cite: citations: needs at least one citation",
      'tiny/relations.json: bad-cite: citations.0.source: unknown source "nobody"',
      'tiny/relations.json: event-span: "signed-mou" is an event: it takes "date", not "start"/"end"',
      'tiny/relations.json: state-date: "member-of" is a state: it takes "start" (and optional "end"), not "date"',
      'tiny/relations.json: backwards: end "2024-04-30" is before start "2024-05"',
      'tiny/relations.json: bad-ref: duplicate id "bad-ref"',
    ];
    for (const e of expected) expect(m.some((line) => line.startsWith(e)), `${e}\n in\n${m.join("\n")}`).toBe(true);
  });

  it("reports one bad entity once, with a count of the relations that refer to it, not one problem per relation", () => {
    const many = Array.from({ length: 58 }, (_, i) => rel({ id: `r-${i}`, source: i % 2 ? "a" : "b", target: i % 2 ? "b" : "a" }));
    const m = messages(
      tinyTexts({
        "entities.json": [
          { id: "a", label: "A", type: "country" },
          { id: "b", label: "B", type: "empire" },
        ],
        "sources.json": [{ id: "s", title: "S", publisher: "" }],
        "relations.json": [...many, rel({ id: "elsewhere", target: "nowhere" })],
      }),
    );
    expect(m).toEqual([
      'tiny/entities.json: b: type: Invalid option: expected one of "country"|"organization"|"alliance"|"military-force"|"armed-group"|"person" (got "empire")',
      'tiny/sources.json: s: publisher: must not be empty (got "")',
      'tiny/relations.json: elsewhere: target: unknown entity "nowhere"',
      "tiny/entities.json: b: 58 relations refer to this entity: not checked against it until the problems above are fixed",
      "tiny/sources.json: s: 59 relations refer to this source: not checked against it until the problems above are fixed",
    ]);
  });

  it("names a record without an id by its position", () => {
    const m = messages(tinyTexts({ "sources.json": [{ id: "s", title: "S", publisher: "P" }, { title: "no id", publisher: "P" }] }));
    expect(m.some((l) => l.startsWith("tiny/sources.json: #2: id:"))).toBe(true);
  });

  it("reports missing files and a non-array file", () => {
    const texts = tinyTexts({ "entities.json": { a: 1 } });
    delete texts["sources.json"];
    const m = messages(texts);
    expect(m).toContain("tiny/sources.json: file is missing");
    expect(m).toContain("tiny/entities.json: must be a JSON array of records (got object)");
  });

  it("lets a dataset add relation types and repeat shared ones word for word, but not redefine them", () => {
    const own = [{ id: "ratified", label: "ratified", kind: "event", class: "verbal-cooperation" }];
    expect(run(tinyTexts({ "relation-types.json": own, "relations.json": [rel({ type: "ratified" })] })).ok).toBe(true);
    const same = [{ id: "member-of", label: "member of", kind: "state", class: "structural" }];
    expect(run(tinyTexts({ "relation-types.json": same })).ok).toBe(true);
    const clash = [{ id: "member-of", label: "x", kind: "event", class: "structural" }];
    expect(messages(tinyTexts({ "relation-types.json": clash }))[0]).toMatch(/relation-types\.json: member-of: duplicate id/);
  });

  it("rejects unknown fields so typos do not pass silently", () => {
    const m = messages(tinyTexts({ "relations.json": [rel({ dtae: "2024" })] }));
    expect(m.join("\n")).toMatch(/r9: .*dtae/);
  });
});

describe("limits on ids and text", () => {
  const entity = (extra: object) => ({ id: "a", label: "A", type: "country", ...extra });
  // Only the first problem: a refused record also makes references to it unknown (the cascade is issue 18's CLI part).
  const problems = (entities: object[], sources?: object[]) =>
    messages(tinyTexts({ "entities.json": [...entities, { id: "b", label: "B", type: "country" }], ...(sources && { "sources.json": sources }) })).slice(0, 1);

  it("refuses a label of 100,000 characters, naming file, record and field and its length (not its text)", () => {
    expect(problems([entity({ label: "A".repeat(100_000) })])).toEqual(["tiny/entities.json: a: label: must be at most 500 characters (got 100,000 characters)"]);
    expect(problems([entity({ label: "A".repeat(500) })])).toEqual([]);
  });

  it("refuses ids over 200 characters and prose over 10,000", () => {
    const long = "a".repeat(201);
    expect(problems([entity({ id: long })])[0]).toMatch(/^tiny\/entities\.json: #1: id: must be at most 200 characters \(got 201 characters\)/);
    expect(problems([entity({ description: "x ".repeat(5_001) })])).toEqual(["tiny/entities.json: a: description: must be at most 10,000 characters (got 10,002 characters)"]);
  });

  it("refuses control characters such as NUL in text", () => {
    expect(problems([entity({ label: "Ni\u0000ger" })])).toEqual(['tiny/entities.json: a: label: must not contain control characters (such as NUL) (got "Ni\\u0000ger")']);
    expect(problems([entity({ description: "two\nlines\tand a tab" })])).toEqual([]);
  });

  it("accepts only http and https source URLs", () => {
    const source = (url: string) => ({ id: "s", title: "S", publisher: "P", published: "2024", url });
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd"]) {
      expect(problems([entity({})], [source(url)])[0]).toMatch(/^tiny\/sources\.json: s: url: must be an http or https address/);
    }
    expect(problems([entity({})], [source("https://example.org/a?b=c")])).toEqual([]);
    // A source title is shown in the table like a label: a name's limit, not prose's.
    expect(problems([entity({})], [{ ...source("https://example.org/"), title: "A".repeat(501) }])).toEqual(["tiny/sources.json: s: title: must be at most 500 characters (got 501 characters)"]);
  });
});
