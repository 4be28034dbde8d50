import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import cameo from "../../graph-data/cameo.json";
import type { Entity, Relation } from "../model/dataset/schema";
import { actorEntities, slugify } from "../model/events/actors";
import type { EntenteBundle } from "../model/events/bundle";
import { cameoRelationTypes, rootInfo } from "../model/events/cameo";
import { GDELT2_COLUMNS } from "../model/events/columns";
import { actorName } from "../model/events/parse";

/**
 * Per-period aggregates of an event table too large for a browser, computed by DuckDB: one relation per
 * (source entity, target entity, CAMEO root, period), dated with the period (`YYYY` or `YYYY-MM`).
 */

export interface AggregateOptions {
  input: string;
  /** `aggregates`: a CSV of rows already aggregated per actor pair, root and period (see README). */
  format: "icews" | "gdelt" | "aggregates";
  period: "month" | "year";
  minCount: number;
  /** Keep only the N entities with most events (with another entity) over the whole file. */
  top?: number;
  /** Fold sector actors into their countries. */
  fold: boolean;
  id?: string;
  title?: string;
  /** Called as each stage starts (for progress and timing). */
  onStage?: (stage: string) => void;
}

export interface AggregateReport {
  rows: number;
  events: number;
  missingActor: number;
  badDate: number;
  unknownLabels: [string, number][];
  unknownCodes: [string, number][];
  selfLoopEvents: number;
  hiddenByMinCount: { relations: number; events: number };
  hiddenByTop: { relations: number; events: number };
  relations: number;
}

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The input as rows of VARCHAR columns named as the format names them. */
function source(o: AggregateOptions): string {
  if (/\.parquet$/i.test(o.input)) return `read_parquet(${q(o.input)})`;
  // GDELT's exports are tab-separated although named *.export.CSV.
  const delim = o.format === "icews" && /\.csv$/i.test(o.input) ? "," : "\t";
  const names = o.format === "icews" ? ["subject", "relation", "object", "date"] : [...GDELT2_COLUMNS];
  const columns = `{${names.map((n) => `${q(n)}: 'VARCHAR'`).join(", ")}}`;
  // No quoting for TSV: ICEWS and GDELT do not quote, and a GDELT URL may contain '"'.
  const quote = delim === "\t" ? ", quote='', escape=''" : "";
  return `read_csv(${q(o.input)}, delim=${q(delim)}, header=false${quote}, columns=${columns}, null_padding=true, auto_detect=false)`;
}

/** The header of a CSV of rows aggregated elsewhere (`--format aggregates`, the BigQuery query in the README). */
const AGGREGATE_COLUMNS = ["s_raw", "s_cc", "o_raw", "o_cc", "root", "period", "n", "goldstein", "first_day", "last_day"];

/** Normalised rows: raw actor names and country codes, day, label, code and Goldstein score (or NULL). */
function normalised(o: AggregateOptions): string {
  // The same dates as the browser import accepts: YYYY-MM-DD (a time may follow) or GDELT's YYYYMMDD.
  const day = (col: string) => {
    const v = `trim(CAST(${col} AS VARCHAR))`;
    return `CASE WHEN regexp_full_match(${v}, '\\d{4}-\\d{2}-\\d{2}([T ].*)?') THEN TRY_CAST(substr(${v}, 1, 10) AS DATE)
      WHEN regexp_full_match(${v}, '\\d{8}') THEN TRY_STRPTIME(${v}, '%Y%m%d')::DATE END`;
  };
  if (o.format === "icews") {
    return `SELECT COALESCE(trim(subject), '') AS s_raw, '' AS s_cc, COALESCE(trim(object), '') AS o_raw, '' AS o_cc,
      ${day("date")} AS day, trim(relation) AS label, l.code AS code, NULL::DOUBLE AS goldstein
      FROM ${source(o)} LEFT JOIN labels l ON l.label = trim(relation)`;
  }
  return `SELECT COALESCE(trim(Actor1Name), '') AS s_raw, COALESCE(trim(Actor1CountryCode), '') AS s_cc,
      COALESCE(trim(Actor2Name), '') AS o_raw, COALESCE(trim(Actor2CountryCode), '') AS o_cc, ${day("SQLDATE")} AS day,
      NULL AS label, CASE WHEN regexp_full_match(trim(EventCode), '(0[1-9]|1[0-9]|20)[0-9]{0,2}') THEN trim(EventCode) END AS code,
      TRY_CAST(GoldsteinScale AS DOUBLE) AS goldstein, trim(EventCode) AS raw_code
      FROM ${source(o)}`;
}

async function rows(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
}

async function lookupTables(conn: DuckDBConnection): Promise<void> {
  await conn.run("CREATE TABLE labels (label VARCHAR, code VARCHAR); CREATE TABLE goldstein (code VARCHAR, g DOUBLE)");
  const labels = await conn.createAppender("labels");
  for (const l of cameo.labels) {
    labels.appendVarchar(l.label);
    labels.appendVarchar(l.code);
    labels.endRow();
  }
  labels.closeSync();
  const gold = await conn.createAppender("goldstein");
  for (const c of [...cameo.roots, ...cameo.codes]) {
    gold.appendVarchar(c.code);
    gold.appendDouble(c.goldstein);
    gold.endRow();
  }
  gold.closeSync();
}

/**
 * DuckDB's readers take a path as a glob pattern: a file whose name holds * ? [ ] { } is read through a
 * link with a plain name, so exactly that file is read. Returns the path to give DuckDB and a clean-up.
 */
function literalPath(input: string): { path: string; done: () => void } {
  if (!/[*?[\]{}]/.test(input)) return { path: input, done: () => {} };
  const dir = mkdtempSync(join(tmpdir(), "entente-input-"));
  const path = join(dir, `input${extname(input).replace(/[^.\w]/g, "")}`);
  symlinkSync(input, path);
  return { path, done: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function aggregateEvents(options: AggregateOptions): Promise<{ bundle: EntenteBundle; report: AggregateReport }> {
  const literal = literalPath(options.input);
  // Everything below reads `o.input`; names shown to people come from `options.input`.
  const o = { ...options, input: literal.path };
  const db = await DuckDBInstance.create(":memory:");
  const conn = await db.connect();
  try {
    const stage = o.onStage ?? (() => {});
    // Row order inside DuckDB does not matter here (the output is sorted); this saves memory.
    await conn.run("SET preserve_insertion_order = false");
    stage("reading");
    await lookupTables(conn);
    const period = o.period === "year" ? "%Y" : "%Y-%m";
    let counts: Record<string, unknown>;
    let unknown: Record<string, unknown>[] = [];
    if (o.format === "aggregates") {
      const described = await rows(conn, `DESCRIBE SELECT * FROM read_csv(${q(o.input)}, header=true, all_varchar=true)`);
      const have = new Set(described.map((r) => String(r.column_name)));
      const missing = AGGREGATE_COLUMNS.filter((c) => !have.has(c));
      const all = AGGREGATE_COLUMNS.join(", ");
      if (missing.length === AGGREGATE_COLUMNS.length) throw new Error(`its first row is not the header of an aggregates CSV (${all})`);
      if (missing.length > 0) throw new Error(`its header lacks ${missing.join(", ")} (an aggregates CSV has ${all})`);
      // Rows already aggregated elsewhere (the BigQuery query in the README): same columns as `pre` below.
      await conn.run(
        `CREATE TABLE pre AS SELECT COALESCE(trim(s_raw), '') AS s_raw, COALESCE(trim(s_cc), '') AS s_cc, COALESCE(trim(o_raw), '') AS o_raw,
           COALESCE(trim(o_cc), '') AS o_cc, TRY_CAST(root AS INTEGER) AS root, substr(trim(period), 1, ${o.period === "year" ? 4 : 7}) AS period,
           TRY_CAST(n AS BIGINT) AS n, TRY_CAST(goldstein AS DOUBLE) AS g, TRY_CAST(first_day AS DATE) AS first_day, TRY_CAST(last_day AS DATE) AS last_day
         FROM read_csv(${q(o.input)}, header=true, all_varchar=true)`,
      );
      [counts] = await rows(
        conn,
        `SELECT count(*) AS rows, count(*) FILTER (WHERE s_raw = '' OR o_raw = '') AS missing,
           count(*) FILTER (WHERE s_raw <> '' AND o_raw <> '' AND NOT regexp_full_match(period, '${o.period === "year" ? "\\d{4}" : "\\d{4}-\\d{2}"}')) AS bad_date,
           count(*) FILTER (WHERE root NOT BETWEEN 1 AND 20 OR root IS NULL OR n IS NULL OR n < 1) AS bad_code FROM pre`,
      );
      if (Number(counts.bad_code) > 0) unknown = [{ k: "(root not 1-20, or no count)", n: counts.bad_code }];
      await conn.run(
        `DELETE FROM pre WHERE s_raw = '' OR o_raw = '' OR NOT regexp_full_match(period, '${o.period === "year" ? "\\d{4}" : "\\d{4}-\\d{2}"}')
           OR root IS NULL OR root NOT BETWEEN 1 AND 20 OR n IS NULL OR n < 1`,
      );
    } else {
      await conn.run(`CREATE TABLE norm AS ${normalised(o)}`);
      [counts] = await rows(
        conn,
        `SELECT count(*) AS rows, count(*) FILTER (WHERE s_raw = '' OR o_raw = '') AS missing,
           count(*) FILTER (WHERE s_raw <> '' AND o_raw <> '' AND day IS NULL) AS bad_date FROM norm`,
      );
      const valid = "s_raw <> '' AND o_raw <> '' AND day IS NOT NULL";
      unknown = await rows(
        conn,
        `SELECT ${o.format === "icews" ? "label" : "raw_code"} AS k, count(*) AS n FROM norm WHERE ${valid} AND code IS NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
      );
      // Per actor pair, root and period: the query the README gives for BigQuery, on the named actors.
      await conn.run(
        `CREATE TABLE pre AS SELECT s_raw, s_cc, o_raw, o_cc, CAST(substr(n.code, 1, 2) AS INTEGER) AS root, strftime(day, '${period}') AS period,
           count(*) AS n, sum(COALESCE(n.goldstein, g4.g, g3.g, g2.g, 0)) AS g, min(day) AS first_day, max(day) AS last_day
         FROM norm n LEFT JOIN goldstein g4 ON g4.code = n.code LEFT JOIN goldstein g3 ON g3.code = substr(n.code, 1, 3)
           LEFT JOIN goldstein g2 ON g2.code = substr(n.code, 1, 2)
         WHERE ${valid} AND n.code IS NOT NULL GROUP BY ALL; DROP TABLE norm`,
      );
    }

    stage("actors");
    // Actors become entities in JS, with the same ids and folding as an import in the browser.
    const pairs = await rows(conn, "SELECT DISTINCT s_raw AS raw, s_cc AS cc FROM pre UNION SELECT DISTINCT o_raw, o_cc FROM pre");
    const names = pairs.map((p) => actorName(String(p.raw), String(p.cc), o.format !== "icews"));
    const distinct = [...new Set(names)];
    const actors = actorEntities(distinct);
    const entityOf = o.fold ? actors.folded : actors.detailed;
    const nameIndex = new Map(distinct.map((n, i) => [n, i]));
    await conn.run("CREATE TABLE actor_map (raw VARCHAR, cc VARCHAR, eid VARCHAR)");
    const map = await conn.createAppender("actor_map");
    pairs.forEach((p, i) => {
      map.appendVarchar(String(p.raw));
      map.appendVarchar(String(p.cc));
      map.appendVarchar(actors.entities[entityOf[nameIndex.get(names[i])!]].id);
      map.endRow();
    });
    map.closeSync();

    stage("aggregating");
    await conn.run(
      `CREATE TABLE agg AS SELECT sm.eid AS source, om.eid AS target, root, period,
         sum(n) AS n, sum(g) AS g, min(first_day)::VARCHAR AS first_day, max(last_day)::VARCHAR AS last_day
       FROM pre JOIN actor_map sm ON sm.raw = pre.s_raw AND sm.cc = pre.s_cc JOIN actor_map om ON om.raw = pre.o_raw AND om.cc = pre.o_cc
       GROUP BY ALL`,
    );
    const [self] = await rows(conn, "SELECT COALESCE(sum(n), 0) AS n FROM agg WHERE source = target");
    await conn.run("DELETE FROM agg WHERE source = target");
    const top =
      o.top === undefined
        ? "TRUE"
        : `source IN (SELECT e FROM top) AND target IN (SELECT e FROM top)`;
    if (o.top !== undefined) {
      await conn.run(
        `CREATE TABLE top AS SELECT e FROM (SELECT source AS e, n FROM agg UNION ALL SELECT target, n FROM agg)
         GROUP BY e ORDER BY sum(n) DESC, e LIMIT ${Math.max(0, Math.floor(o.top))}`,
      );
    }
    const [hidden] = await rows(
      conn,
      `SELECT count(*) FILTER (WHERE n < ${o.minCount}) AS min_rel, COALESCE(sum(n) FILTER (WHERE n < ${o.minCount}), 0) AS min_ev,
         count(*) FILTER (WHERE n >= ${o.minCount} AND NOT (${top})) AS top_rel,
         COALESCE(sum(n) FILTER (WHERE n >= ${o.minCount} AND NOT (${top})), 0) AS top_ev,
         COALESCE(sum(n), 0) AS events
       FROM agg`,
    );
    const kept = await rows(conn, `SELECT * FROM agg WHERE n >= ${o.minCount} AND ${top} ORDER BY period, source, target, root`);

    stage("bundle");
    const sourceId = "event-file";
    const file = basename(options.input);
    const ids = new Set<string>();
    const relations: Relation[] = kept.map((r) => {
      const root = Number(r.root);
      const info = rootInfo(root)!;
      const n = Number(r.n);
      const g = Math.round(Number(r.g) * 10) / 10;
      let id = `${r.period}-${r.source}-to-${r.target}-c${info.code}`;
      for (let k = 2; ids.has(id); k++) id = `${r.period}-${r.source}-to-${r.target}-c${info.code}-${k}`;
      ids.add(id);
      return {
        id,
        type: info.type,
        source: String(r.source),
        target: String(r.target),
        date: String(r.period),
        label: `${info.name.toLowerCase()}: ${n} event${n === 1 ? "" : "s"}`,
        citations: [{ source: sourceId }],
        note: `${n} events between ${r.first_day} and ${r.last_day}; summed Goldstein ${g}. Aggregated by ${o.period} from ${file}.`,
      };
    });
    const used = new Set(relations.flatMap((r) => [r.source, r.target]));
    const entities: Entity[] = actors.entities.filter((e) => used.has(e.id));
    const years = relations.map((r) => Number(r.date!.slice(0, 4)));
    const minYear = years.reduce((a, b) => Math.min(a, b), Infinity);
    const maxYear = years.reduce((a, b) => Math.max(a, b), -Infinity);
    const report: AggregateReport = {
      rows: Number(counts.rows),
      events: Number(hidden.events) + Number(self.n),
      missingActor: Number(counts.missing),
      badDate: Number(counts.bad_date),
      unknownLabels: o.format === "icews" ? unknown.map((u) => [String(u.k), Number(u.n)]) : [],
      unknownCodes: o.format !== "icews" ? unknown.map((u) => [String(u.k), Number(u.n)]) : [],
      selfLoopEvents: Number(self.n),
      hiddenByMinCount: { relations: Number(hidden.min_rel), events: Number(hidden.min_ev) },
      hiddenByTop: { relations: Number(hidden.top_rel), events: Number(hidden.top_ev) },
      relations: relations.length,
    };
    const bundle: EntenteBundle = {
      dataset: {
        id: o.id ?? slugify(file.replace(/\.[^.]+$/, "")),
        title: o.title ?? `${file}, per ${o.period}`,
        description:
          `Events of ${file} aggregated per ${o.period}: one relation per source, target, CAMEO root and ${o.period}` +
          `${o.fold ? ", sector actors folded into their countries" : ""}. Hidden: ${report.hiddenByMinCount.events} events in ` +
          `${report.hiddenByMinCount.relations} aggregates under ${o.minCount} events` +
          `${o.top === undefined ? "" : `, ${report.hiddenByTop.events} events outside the top ${o.top} entities`}, ` +
          `${report.selfLoopEvents} events within one entity.`,
        ...(years.length ? { defaultView: { from: minYear, to: maxYear } } : {}),
      },
      relationTypes: cameoRelationTypes(),
      entities,
      relations,
      sources: [{ id: sourceId, title: file, publisher: o.format === "icews" ? "ICEWS event data" : "GDELT event data" }],
    };
    return { bundle, report };
  } finally {
    conn.closeSync();
    db.closeSync();
    literal.done();
  }
}
