import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect } from "vitest";
import type { DatasetTexts } from "../../src/model/validate";

/** The official GEXF 1.3 schema, read from the shared spec folder (it imports viz.xsd and dynamics.xsd beside it). */
export const GEXF_XSD = resolve(process.env.ENTENTE_SHARED ?? resolve(import.meta.dirname, "../../../shared"), "spec/gexf-1.3/gexf.xsd");

const dir = mkdtempSync(join(tmpdir(), "entente-gexf-"));
let n = 0;

/** Runs `xmllint --schema` on the text; fails (never skips) when xmllint is missing. */
export function xmllint(xml: string, ...args: string[]): { ok: boolean; out: string } {
  const file = join(dir, `export-${++n}.gexf`);
  writeFileSync(file, xml);
  const run = spawnSync("xmllint", [...args, file], { encoding: "utf8", maxBuffer: 1 << 28 });
  expect(run.error, "xmllint must be installed (apt-get install -y libxml2-utils)").toBeUndefined();
  return { ok: run.status === 0, out: `${run.stdout}${run.stderr}` };
}

export function validateGexf(xml: string): { ok: boolean; out: string } {
  return xmllint(xml, "--noout", "--schema", GEXF_XSD);
}

/** One value read back by XPath (namespaces ignored through local-name()). */
export function xpath(xml: string, expr: string): string {
  const run = xmllint(xml, "--xpath", expr);
  expect(run.ok, run.out).toBe(true);
  return run.out.replace(/\n$/, "");
}

/** A generated dataset: `entities` countries and `relations` events and states between them, as raw texts. */
export function largeTexts(entities: number, relations: number): DatasetTexts {
  const ents = Array.from({ length: entities }, (_, i) => ({ id: `e${i}`, label: `Entity ${i}, “quoted” & <odd>`, type: "country" }));
  const rels = Array.from({ length: relations }, (_, i) => {
    const source = `e${i % entities}`;
    const target = `e${(i * 7 + 1) % entities === i % entities ? (i + 1) % entities : (i * 7 + 1) % entities}`;
    const year = 1990 + (i % 35);
    const state = i % 5 === 0;
    const when = state ? { start: `${year}-0${1 + (i % 9)}`, ...(i % 10 === 0 ? {} : { end: `${year + 2}` }) } : { date: i % 3 ? `${year}-0${1 + (i % 9)}-1${i % 9}` : `${year}-1${i % 3}` };
    return {
      id: `r${i}`,
      type: state ? "member-of" : "signed-mou",
      source,
      target,
      ...when,
      label: state ? "member of" : "signed, \"with\" quotes",
      citations: [{ source: "s", quote: `Quote ${i}, with a comma, "double" quotes\nand a new line` }],
    };
  });
  const text = (v: unknown) => JSON.stringify(v);
  return {
    "dataset.json": text({ id: "large", title: "Large generated", description: "" }),
    "entities.json": text(ents),
    "sources.json": text([{ id: "s", title: "Generated", publisher: "Test" }]),
    "relations.json": text(rels),
  };
}
