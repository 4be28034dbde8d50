import { describe, expect, it } from "vitest";
import { checkFiles, decodeUtf8, importFiles, MAX_FILE_BYTES } from "./";
import { CitationSources, slugify, uniqueId } from "./common";
import { formatProblem } from "../dataset/validate";
import { SHARED_TYPES } from "../../../tests/fixtures/fixtures";
import { datasetOf, fixtureFile, importFixtures, problemsOf } from "../../../tests/fixtures/importFixtures";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("importFiles", () => {
  it("picks the importer by extension", () => {
    expect(datasetOf(importFixtures("bundle.json")).meta.id).toBe("nordic-nato");
    expect(datasetOf(importFixtures("dynamic.gexf")).meta.id).toBe("dynamic");
    expect(datasetOf(importFixtures("relations.csv")).meta.id).toBe("relations");
  });

  it("refuses files over the size limit before reading them, saying the limit", () => {
    expect(MAX_FILE_BYTES).toBe(50 * 1024 * 1024);
    expect(checkFiles([{ name: "big.json", size: MAX_FILE_BYTES + 1 }]).map(formatProblem)).toEqual(["big.json: is 50.0 MB: files larger than 50.0 MB are not imported"]);
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(problemsOf(importFiles([{ name: "big.gexf", bytes: big }], SHARED_TYPES))).toEqual(["big.gexf: is 50.0 MB: files larger than 50.0 MB are not imported"]);
    expect(checkFiles([{ name: "ok.json", size: MAX_FILE_BYTES }])).toEqual([]);
  });

  it("accepts one bundle, one GEXF, one zip, or up to five CSV tables of one dataset, and nothing else", () => {
    const choose = /choose one \.json bundle, one \.gexf file, a relations \.csv with optional entities, sources, relation-types and dataset \.csv files, or a \.zip of those/;
    expect(problemsOf(importFiles([], SHARED_TYPES))[0]).toMatch(choose);
    expect(problemsOf(importFiles([fixtureFile("bundle.json"), fixtureFile("static.gexf")], SHARED_TYPES))[0]).toMatch(choose);
    expect(problemsOf(importFiles([fixtureFile("relations.csv"), fixtureFile("entities.csv"), fixtureFile("relations-unknown-types.csv")], SHARED_TYPES))).toEqual([
      "relations.csv, relations-unknown-types.csv: both list relations: choose one",
    ]);
    expect(problemsOf(importFiles(Array.from({ length: 6 }, () => fixtureFile("relations.csv")), SHARED_TYPES))[0]).toMatch(choose);
    expect(problemsOf(importFiles([{ name: "notes.txt", bytes: utf8("hi") }], SHARED_TYPES))[0]).toMatch(/^notes\.txt: not a \.json, \.csv, \.gexf or \.zip file/);
  });

  it("refuses text that is not UTF-8, saying where, and drops a byte-order mark", () => {
    const latin1 = new Uint8Array([...utf8('{"dataset": "Fran'), 0xe7, ...utf8('ais"}')]);
    expect(problemsOf(importFiles([{ name: "l.json", bytes: latin1 }], SHARED_TYPES))).toEqual([
      "l.json: is not a text file (encoding): not valid UTF-8 (first bad byte at offset 17): save it as UTF-8 and try again",
    ]);
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("a,b")]), "x.csv")).toBe("a,b");
    expect(decodeUtf8(new Uint8Array([0xed, 0xa0, 0x80]), "x.csv")).toMatchObject({ message: expect.stringMatching(/offset 0/) }); // a lone surrogate
    expect(decodeUtf8(new Uint8Array([0x61, 0xf0, 0x9f, 0x98]), "x.csv")).toMatchObject({ message: expect.stringMatching(/offset 1/) }); // truncated
  });
});

describe("ids and sources made from text", () => {
  it("slugs deterministically, and never to an empty id", () => {
    expect(slugify("Côte d’Ivoire — 2024")).toBe("cote-d-ivoire-2024");
    expect(slugify("نيجيريا")).toMatch(/^x-[0-9a-f]{8}$/);
    expect(slugify("نيجيريا")).toBe(slugify("نيجيريا"));
    expect(slugify("a".repeat(500))).toHaveLength(80);
  });

  it("numbers ids that are taken", () => {
    const taken = new Set(["a"]);
    expect([uniqueId("a", taken), uniqueId("a", taken), uniqueId("b", taken)]).toEqual(["a-2", "a-3", "b"]);
  });

  it("links only http(s) citations as URLs; anything else is a title", () => {
    const s = new CitationSources();
    s.idFor("javascript:alert(1)");
    s.idFor("https://example.org/a?b=1");
    expect(s.sources).toEqual([
      { id: "javascript-alert-1", title: "javascript:alert(1)", publisher: "(publisher not stated)" },
      { id: "example-org-a", title: "https://example.org/a?b=1", publisher: "example.org", url: "https://example.org/a?b=1" },
    ]);
  });
});

describe("plural", () => {
  it("counts in words", async () => {
    const { plural } = await import("./report");
    expect([plural(1, "problem"), plural(37, "more problem"), plural(2, "entity", "entities")]).toEqual(["1 problem", "37 more problems", "2 entities"]);
  });
});
