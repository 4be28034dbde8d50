import { isoDay, parseDate, spanOf, type DateSpan, type Precision } from "../time/dates";
import type { Citation, DataFile, RelationType } from "../dataset/schema";
import { validateDatasetData, type Problem } from "../dataset/validate";
import { baseName, CitationSources, columnKey, isId, relationTypesIn, DEFAULT_ENTITY_TYPE, fail, fromValidation, idFrom, listSome, relocate, slugify, uniqueId, type ImportResult } from "./common";
import { attr, children, decodeXml, parseXml, type XmlElement } from "./xml";

/** A boundary of a GEXF span as a day span: a date (`2024-08-28`) or a year number (`2024.0`). */
type Bound = DateSpan;

/** Reads one time value: `date`/`datetime` formats give days, `double`/`integer` give years. */
function timeValue(raw: string): Bound | string {
  const value = raw.trim();
  const date = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T.*)?$/.exec(value);
  if (date) {
    return parseDate(date[1]);
  }
  if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value)) {
    const n = Number(value);
    const year = Math.floor(n);
    if (year < 0 || year > 9999) return `time ${value} is not a year between 0 and 9999`;
    const span = spanOf(String(year).padStart(4, "0"));
    return { ...span, approximate: n !== year };
  }
  return `"${value.slice(0, 40)}" is not a time (expected a date such as 2024-08-28 or a year such as 2024.0)`;
}

const PRECISIONS: Precision[] = ["day", "month", "year"];

function dateAt(day: number, precision: Precision): string {
  const iso = isoDay(day);
  return precision === "year" ? iso.slice(0, 4) : precision === "month" ? iso.slice(0, 7) : iso;
}

/** The one date whose span is exactly [first, last], at the hinted precision or the finest that fits. */
function exactDate(first: number, last: number, hint?: Precision): string | undefined {
  for (const p of hint ? [hint] : PRECISIONS) {
    const date = dateAt(first, p);
    const span = spanOf(date);
    if (span.first === first && span.last === last) return date;
  }
  return undefined;
}

interface TimeFields {
  date?: string;
  start?: string;
  end?: string;
}

/**
 * Maps a span back to dates: an event's span of one day, one whole month or one whole year becomes that date;
 * a state's start and end become dates at the coarsest precision both fit exactly (so no day is lost);
 * no end means a state that still holds.
 */
function timeFields(start: Bound | undefined, end: Bound | undefined, kind: RelationType["kind"] | undefined, hint: Precision | undefined, approx: boolean): TimeFields | string {
  const t = (d: string) => (approx ? `${d}~` : d);
  if (!start && !end) return {};
  if (start && end && kind === "event") {
    const date = exactDate(start.first, end.last, hint);
    if (!date) return `span ${isoDay(start.first)} – ${isoDay(end.last)} is not one day, month or year: an event has one date`;
    return { date: t(date) };
  }
  if (start && end) {
    if (end.last < start.first) return `span ends (${isoDay(end.last)}) before it starts (${isoDay(start.first)})`;
    for (const p of hint ? [hint, "day" as const] : (["year", "month", "day"] as const)) {
      const s = dateAt(start.first, p);
      const e = dateAt(end.last, p);
      if (spanOf(s).first === start.first && spanOf(e).last === end.last) return { start: t(s), end: t(e) };
    }
  }
  const one = (start ?? end)!;
  const date = t(dateAt(one.first, hint ?? one.precision));
  return start ? { start: date } : { end: date };
}

/** Element time: a single `start`/`end`/`timestamp`, or each `<spell>` (Gephi writes spells when there are several). */
function spellsOf(el: XmlElement): { start?: string; end?: string; timestamp?: string }[] {
  const spells = children(el, "spells").flatMap((s) => children(s, "spell"));
  const list = spells.length > 0 ? spells : [el];
  return list.map((s) => ({ start: attr(s, "start"), end: attr(s, "end"), timestamp: attr(s, "timestamp") }));
}

/** Attribute values of an element by normalised column title, with column defaults. */
function attValues(el: XmlElement, columns: Map<string, { name: string; fallback?: string }>): Map<string, string> {
  const values = new Map<string, string>();
  for (const v of children(el, "attvalues").flatMap((a) => children(a, "attvalue"))) {
    const column = columns.get(attr(v, "for") ?? attr(v, "id") ?? "");
    const value = attr(v, "value");
    // A dynamic attribute has one value per span: the first one is kept.
    if (column && value !== undefined && !values.has(column.name)) values.set(column.name, value);
  }
  for (const { name, fallback } of columns.values()) if (fallback !== undefined && !values.has(name)) values.set(name, fallback);
  return values;
}

function columnsOf(graph: XmlElement, cls: "node" | "edge"): Map<string, { name: string; fallback?: string }> {
  const columns = new Map<string, { name: string; fallback?: string }>();
  for (const block of children(graph, "attributes").filter((a) => attr(a, "class") === cls)) {
    for (const a of children(block, "attribute")) {
      const id = attr(a, "id");
      if (id === undefined) continue;
      const fallback = typeof a.default === "string" ? decodeXml(a.default) : undefined;
      columns.set(id, { name: columnKey(attr(a, "title") ?? id), fallback });
    }
  }
  return columns;
}

function pick(values: Map<string, string>, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = values.get(n)?.trim();
    if (v) return v;
  }
  return undefined;
}

/** A list value: JSON (`["a","b"]`), Gephi's `[a, b]`, or `a; b` / `a | b`. */
function list(value: string | undefined): unknown[] {
  if (!value) return [];
  if (value.startsWith("[")) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      return value.slice(1, value.endsWith("]") ? -1 : undefined).split(",").map((s) => s.trim()).filter(Boolean);
    }
  }
  const items = value.split(/[;|]/).map((s) => s.trim()).filter(Boolean);
  // "a-source, b-source": a comma-separated list of ids (a title with commas has spaces or capitals in its parts).
  if (items.length === 1 && items[0].includes(",")) {
    const parts = items[0].split(",").map((s) => s.trim());
    if (parts.every(isId)) return parts;
  }
  return items;
}

function textOf(el: XmlElement | undefined, name: string): string | undefined {
  const v = el && Object.hasOwn(el, name) ? el[name] : undefined;
  return typeof v === "string" && v.trim() ? decodeXml(v.trim()) : undefined;
}

/**
 * Reads GEXF 1.2/1.3, static or dynamic, as Gephi writes it. Node and edge attributes are matched by
 * column title: `type`, `label`, `citations` (or `citation`), `quote`, `precision`, `note`; nodes also
 * `aliases`, `description`, `lat`, `lon`, `wikidata`. Without spans, `date`/`start`/`end` attributes are read.
 */
export function parseGexf(text: string, fileName: string, sharedRelationTypes?: string): ImportResult {
  const problems: Problem[] = [];
  const doc = parseXml(text, fileName, problems);
  if (!doc) return fail(problems);
  const gexf = children(doc, "gexf")[0];
  const graph = children(gexf, "graph")[0];
  if (!gexf || !graph) return fail([{ file: fileName, message: `not a GEXF file: expected <gexf> with a <graph> (found <${Object.keys(doc)[0] ?? "nothing"}>)` }]);

  const kinds = relationTypesIn(sharedRelationTypes);
  const notes: string[] = [];
  const nodeColumns = columnsOf(graph, "node");
  const edgeColumns = columnsOf(graph, "edge");
  const nodeIds = new Map<string, string>();
  const entityIds = new Set<string>();
  const nodeNames = new Map<string, string>();
  const entities: Record<string, unknown>[] = [];
  const untyped: string[] = [];
  const time = (raw: string | undefined, where: string): Bound | undefined => {
    if (raw === undefined) return undefined;
    const b = timeValue(raw);
    if (typeof b === "string") problems.push({ file: fileName, record: where, message: b });
    return typeof b === "string" ? undefined : b;
  };

  children(graph, "nodes").flatMap((n) => children(n, "node")).forEach((node, index) => {
    const raw = attr(node, "id");
    if (raw === undefined || raw.trim() === "") {
      const label = attr(node, "label");
      problems.push({ file: fileName, record: `node #${index + 1}${label ? ` (label "${label.slice(0, 80)}")` : ""}`, message: "has no id" });
      return;
    }
    if (nodeIds.has(raw)) {
      problems.push({ file: fileName, record: `node "${raw}"`, message: "duplicate node id" });
      return;
    }
    const id = uniqueId(idFrom(raw), entityIds);
    nodeIds.set(raw, id);
    nodeNames.set(id, `node "${raw}"`);
    const v = attValues(node, nodeColumns);
    const type = pick(v, "type", "entitytype");
    if (!type) untyped.push(id);
    const [spell] = spellsOf(node);
    const hint = precisionOf(pick(v, "precision", "dateprecision"));
    const lat = pick(v, "lat", "latitude");
    const lon = pick(v, "lon", "lng", "longitude");
    const s = time(spell?.start, `node "${raw}"`);
    const e = time(spell?.end, `node "${raw}"`);
    const aliases = list(pick(v, "aliases")).filter((a): a is string => typeof a === "string");
    entities.push({
      id,
      label: attr(node, "label") || pick(v, "label") || raw,
      type: type ?? DEFAULT_ENTITY_TYPE,
      ...(aliases.length > 0 && { aliases }),
      ...(pick(v, "description") && { description: pick(v, "description") }),
      ...((lat || lon) && { location: { lat: Number(lat ?? NaN), lon: Number(lon ?? NaN) } }),
      ...(s && { start: dateAt(s.first, hint ?? s.precision) }),
      ...(e && { end: dateAt(e.last, hint ?? e.precision) }),
      ...(pick(v, "wikidata") && { wikidata: pick(v, "wikidata") }),
    });
  });
  if (untyped.length > 0) notes.push(`${untyped.length} node${untyped.length === 1 ? "" : "s"} without a "type" attribute imported as "${DEFAULT_ENTITY_TYPE}": ${listSome(untyped)}`);

  const citations = new CitationSources();
  const relations: Record<string, unknown>[] = [];
  const relationIds = new Set<string>();
  const edgeNames = new Map<string, string>();
  const edges = children(graph, "edges").flatMap((e) => children(e, "edge"));
  if (edges.length === 0 && problems.length === 0) return fail([{ file: fileName, message: "has no edges: there is no relation to import" }]);
  edges.forEach((edge, index) => {
    const rawId = attr(edge, "id");
    const where = rawId !== undefined ? `edge "${rawId}"` : `edge #${index + 1}`;
    const ends = { source: attr(edge, "source")?.trim(), target: attr(edge, "target")?.trim() };
    for (const [end, ref] of Object.entries(ends)) if (!ref) problems.push({ file: fileName, record: where, message: `has no ${end}` });
    if (!ends.source || !ends.target) return;
    const v = attValues(edge, edgeColumns);
    const source = nodeIds.get(ends.source) ?? idFrom(ends.source);
    const target = nodeIds.get(ends.target) ?? idFrom(ends.target);
    const type = pick(v, "type", "relationtype") ?? attr(edge, "kind") ?? "";
    const kind = kinds.get(type)?.kind;
    const precision = pick(v, "precision", "dateprecision");
    const hint = precisionOf(precision);
    const approx = precision?.endsWith("~") || pick(v, "approximate") === "true";
    // "citation sources" (ids, as Entente exports them) before "citations" (there: publisher, title and quote as text).
    const cited = citationList(pick(v, "citationsources", "citations", "citation", "sources"), pick(v, "quote"), citations);
    const label = pick(v, "label") || attr(edge, "label") || kinds.get(type)?.label || type;
    spellsOf(edge).forEach((spell, i) => {
      const ts = time(spell.timestamp, where);
      let fields = timeFields(ts ?? time(spell.start, where), ts ?? time(spell.end, where), ts ? "event" : kind, hint, approx);
      if (typeof fields === "string") {
        problems.push({ file: fileName, record: where, message: fields });
        fields = {};
      }
      if (!fields.date && !fields.start && !fields.end) fields = { date: pick(v, "date"), start: pick(v, "start"), end: pick(v, "end") };
      const base = rawId !== undefined ? idFrom(rawId) : slugify([source, type, target, fields.date ?? fields.start ?? ""].join("-"));
      const id = uniqueId(i === 0 ? base : `${base}-${i + 1}`, relationIds);
      edgeNames.set(id, i === 0 ? where : `${where} (spell ${i + 1})`);
      relations.push({
        id,
        type,
        source,
        target,
        ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)),
        label,
        citations: cited,
        ...(pick(v, "note") && { note: pick(v, "note") }),
      });
    });
  });
  if (problems.length > 0) return fail(problems);

  const base = baseName(fileName);
  const meta = children(gexf, "meta")[0];
  const data: Partial<Record<DataFile, unknown>> = {
    "dataset.json": { id: slugify(base), title: textOf(meta, "title") ?? base, description: textOf(meta, "description") ?? `Imported from ${fileName}` },
    "entities.json": entities,
    "relations.json": relations,
    "sources.json": citations.sources,
  };
  const result = validateDatasetData(data, { sharedRelationTypes });
  const names = { "entities.json": `${fileName}`, "relations.json": fileName, "sources.json": `${fileName} › citations`, "dataset.json": fileName };
  return fromValidation(result, notes, (p) =>
    relocate(p, names, (file, record) => (record === undefined ? undefined : file === "relations.json" ? (edgeNames.get(record) ?? record) : file === "entities.json" ? (nodeNames.get(record) ?? record) : record)),
  );
}

function precisionOf(value: string | undefined): Precision | undefined {
  const p = value?.replace(/~$/, "").trim().toLowerCase();
  return p === "day" || p === "month" || p === "year" ? p : undefined;
}

function citationList(value: string | undefined, quote: string | undefined, sources: CitationSources): Citation[] {
  const out: Citation[] = [];
  for (const item of list(value)) {
    const c = item as { source?: unknown; quote?: unknown } | null;
    const source = typeof item === "string" ? item : typeof c?.source === "string" ? c.source : undefined;
    if (!source?.trim()) continue;
    const q = typeof c?.quote === "string" ? c.quote : undefined;
    out.push({ source: sources.idFor(source), ...(q && { quote: q }) });
  }
  if (quote && out[0] && out[0].quote === undefined) out[0].quote = quote;
  return out;
}
