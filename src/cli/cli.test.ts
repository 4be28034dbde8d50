import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { GRAPH_DATA } from "./datasets";
import { ICEWS_PATH, gdeltLine } from "../../tests/fixtures/eventFixtures";

/** Runs a CLI entry point as `npm run` does (tsx), returning its exit code and output. */
function cli(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ["--import", "tsx", resolve(import.meta.dirname, `${script}.ts`), ...args], {
    encoding: "utf8",
    env: { ...process.env, INIT_CWD: undefined },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** No stack trace, no SQL and no control characters (raw binary) in what a person reads. */
function expectClean(output: string) {
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/\b(SELECT|FROM read_csv|LINE \d+:)/);
  expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\ufffd]/);
}

const tmp = () => mkdtempSync(join(tmpdir(), "entente-cli-"));

/** A copy of the shipped Sahel dataset to break. */
function sahelCopy(): string {
  const dir = join(tmp(), "sahel");
  cpSync(join(GRAPH_DATA, "sahel"), dir, { recursive: true });
  return dir;
}

describe("npm run validate", () => {
  it("accepts files that start with a UTF-8 byte-order mark, as the app does", { timeout: 30_000 }, () => {
    const dir = sahelCopy();
    const file = join(dir, "entities.json");
    writeFileSync(file, "\uFEFF" + readFileSync(file, "utf8"));
    const run = cli("validate", [dir]);
    expect(run.stderr).toBe("");
    const count = (f: string) => JSON.parse(readFileSync(join(GRAPH_DATA, "sahel", f), "utf8")).length;
    expect(run.stdout).toMatch(new RegExp(`: ok \\(${count("entities.json")} entities, ${count("relations.json")} relations`));
    expect(run.status).toBe(0);
  });

  it("says a directory is where a file should be, without a stack trace", { timeout: 30_000 }, () => {
    const dir = sahelCopy();
    rmSync(join(dir, "sources.json"));
    mkdirSync(join(dir, "sources.json"));
    const run = cli("validate", [dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("sahel/sources.json: is a directory, not a file");
    expect(run.stderr).not.toContain("file is missing");
    expectClean(run.stderr);
  });

  it("refuses a file that is not UTF-8 text, saying so", { timeout: 30_000 }, () => {
    const dir = sahelCopy();
    writeFileSync(join(dir, "dataset.json"), Buffer.from([0x7b, 0x22, 0xe7, 0x22, 0x7d]));
    const run = cli("validate", [dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("sahel/dataset.json: is not a text file (encoding): not valid UTF-8 (first bad byte at offset 2)");
    expectClean(run.stderr);
  });

  it("reports one bad entity as one problem and a count, not one problem per relation that names it", { timeout: 30_000 }, () => {
    const dir = sahelCopy();
    const file = join(dir, "entities.json");
    const entities = JSON.parse(readFileSync(file, "utf8")) as { id: string; type: string }[];
    entities.find((e) => e.id === "niger")!.type = "nation";
    writeFileSync(file, JSON.stringify(entities));
    const refs = (JSON.parse(readFileSync(join(dir, "relations.json"), "utf8")) as { source: string; target: string }[]).filter(
      (r) => r.source === "niger" || r.target === "niger",
    ).length;
    expect(refs).toBeGreaterThan(10);
    const run = cli("validate", [dir]);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/sahel\/entities\.json: niger: type: Invalid option: .*\(got "nation"\)$/);
    expect(lines[1]).toMatch(new RegExp(`sahel/entities\\.json: niger: ${refs} relations refer to this entity: not checked against it`));
    expect(lines.at(-1)).toMatch(/sahel: 2 problems$/);
  });
});

describe("npm run aggregate: refuses bad arguments and inputs with a clear message", () => {
  const out = () => join(tmp(), "out.entente.json");

  it("exits 2 for a bad flag value, a flag without value and an unknown flag, naming it", { timeout: 30_000 }, () => {
    for (const [args, message] of [
      [["--min-count", "-5"], "--min-count must be a whole number ≥ 1 (got -5)"],
      [["--min-count=0"], "--min-count must be a whole number ≥ 1 (got 0)"],
      [["--top", "--fold"], "--top needs a value"],
      [["--bogus"], "Unknown option '--bogus'"],
      [["--format", "csv"], "--format must be icews, gdelt or aggregates (got csv)"],
    ] as const) {
      const run = cli("aggregate", [ICEWS_PATH, ...args, "--out", out()]);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr.split("\n")[0]).toBe(message);
      expect(run.stderr).toContain("usage: npm run aggregate");
      expectClean(run.stderr);
    }
  });

  it("takes the input path literally: a missing file or a directory is refused (exit 2)", { timeout: 30_000 }, () => {
    const dir = tmp();
    for (const [input, message] of [
      [join(dir, "missing.tsv"), "no such file"],
      [join(dir, "*.tsv"), "no such file"],
      [dir, "is a directory, not a file"],
    ]) {
      writeFileSync(join(dir, "present.tsv"), "A\tConsult\tB\t2010-01-01\n");
      const o = out();
      const run = cli("aggregate", [input, "--out", o]);
      expect(run.status, input).toBe(2);
      expect(run.stderr).toBe(`${input}: ${message}; nothing written\n`);
      expect(existsSync(o)).toBe(false);
    }
  });

  it("refuses an empty file, a header without rows and a binary file, writing nothing (exit 1)", { timeout: 30_000 }, () => {
    const dir = tmp();
    const cases: [string, string | Buffer, string[], RegExp][] = [
      ["empty.tsv", "", [], /: is empty; nothing written$/],
      ["blank.tsv", "\n\n  \n", [], /: holds no rows; nothing written$/],
      ["header.csv", "s_raw,s_cc,o_raw,o_cc,root,period,n,goldstein,first_day,last_day\n", ["--format", "aggregates"], /: holds a header but no rows; nothing written$/],
      ["program.tsv", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0x1b, 0x5b, 0x32, 0x4a]), [], /: is not a text file \(encoding\): a NUL byte at offset 7/],
      ["latin1.tsv", Buffer.from("Fran\u00e7ais\tConsult\tB\t2010-01-01\n", "latin1"), [], /: is not a text file \(encoding\): not valid UTF-8 \(first bad byte at offset 4\)/],
    ];
    for (const [name, content, args, message] of cases) {
      writeFileSync(join(dir, name), content);
      const o = out();
      const run = cli("aggregate", [join(dir, name), ...args, "--out", o]);
      expect(run.status, name).toBe(1);
      expect(run.stderr.trim(), name).toMatch(message);
      expectClean(run.stderr);
      expect(existsSync(o), name).toBe(false);
    }
  });
});

// These reach DuckDB (installed by npm ci from the lock file).
describe("npm run aggregate: what DuckDB reads", () => {
  it("reads exactly the file named, even when its name looks like a pattern", { timeout: 60_000 }, () => {
    const dir = tmp();
    const line = "Mali\tSign formal agreement\tNiger\t2024-01-02\n";
    writeFileSync(join(dir, "events[1]*.tsv"), line);
    writeFileSync(join(dir, "events1-more.tsv"), line.repeat(5));
    const o = join(dir, "out.json");
    const run = cli("aggregate", [join(dir, "events[1]*.tsv"), "--out", o]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^1 rows, 1 events → 1 relations/);
    expect(JSON.parse(readFileSync(o, "utf8")).dataset.title).toBe("events[1]*.tsv, per month");
  });

  it("a wrong --format is an error, not an empty bundle (exit 1)", { timeout: 60_000 }, () => {
    const o = join(tmp(), "out.json");
    const run = cli("aggregate", [ICEWS_PATH, "--format", "gdelt", "--out", o]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/: no event could be read as --format gdelt from its \d+ rows \(\d+ rows without both actors\); check --format; nothing written/);
    expect(existsSync(o)).toBe(false);

    const gdelt = join(tmp(), "events.tsv");
    writeFileSync(gdelt, gdeltLine({ SQLDATE: "20230726", Actor1Name: "NIGER", Actor2Name: "FRANCE", EventCode: "1246" }) + "\n");
    const wrong = cli("aggregate", [gdelt, "--out", o]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toBe(`cannot aggregate ${gdelt} as --format icews: Invalid Input Error: CSV Error on Line: 1; Expected Number of Columns: 4 Found: 5; nothing written\n`);
    expectClean(wrong.stderr);

    const aggregates = cli("aggregate", [ICEWS_PATH, "--format", "aggregates", "--out", o]);
    expect(aggregates.status).toBe(1);
    expect(aggregates.stderr).toMatch(/as --format aggregates: its first row is not the header of an aggregates CSV \(s_raw, s_cc, /);
    expectClean(aggregates.stderr);
    expect(existsSync(o)).toBe(false);
  });
});
