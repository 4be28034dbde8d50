import { isoDay, parseDate } from "../time/dates";
import { relationSpan, type Model } from "../dataset/graph";
import type { Entity, Relation } from "../dataset/schema";
import type { ExportScope } from "./scope";
import { attrs, xmlText } from "./xml";

/** How a node looks on screen, passed in as plain data (the model knows nothing of the renderer). */
export interface NodeViz {
  x: number;
  y: number;
  size?: number;
  color?: string;
}

export interface EdgeViz {
  color?: string;
  thickness?: number;
}

export interface GexfOptions {
  nodeViz?: (id: string) => NodeViz | undefined;
  edgeViz?: (id: string) => EdgeViz | undefined;
  /** Text for `<meta><description>`, e.g. the caption of the view. */
  description?: string;
  /** `YYYY-MM-DD` for `<meta lastmodifieddate>`; left out when absent so output is reproducible. */
  lastModified?: string;
}

type AttrType = "string" | "boolean" | "double";
// Ids avoid Gephi's own columns (id, label, weight, type, kind, timeset) so nothing is overwritten on import.
const NODE_ATTRIBUTES: [string, AttrType][] = [
  ["entity type", "string"],
  ["description", "string"],
  ["aliases", "string"],
  ["wikidata", "string"],
  ["place", "string"],
  ["lat", "double"],
  ["lon", "double"],
];
const EDGE_ATTRIBUTES: [string, AttrType][] = [
  ["relation type", "string"],
  ["relation type label", "string"],
  ["class", "string"],
  ["event or state", "string"],
  ["date", "string"],
  ["start date", "string"],
  ["end date", "string"],
  ["precision", "string"],
  ["end precision", "string"],
  ["approximate", "boolean"],
  ["citation sources", "string"],
  ["citations", "string"],
  ["note", "string"],
];

/**
 * GEXF 1.3, `mode="dynamic"` with `timeformat="date"`: each relation is an edge whose `start`/`end` are the first
 * and last day its dates can mean (inclusive; an event dated `2024-08` runs 1–31 August, an open state has no
 * `end`); each entity's spells are the union of its relations' spans, so Gephi's timeline shows what Entente shows.
 * Visual elements (`color`, `position`, `size`, `thickness`) are written in the GEXF namespace as the official
 * 1.3 XSD requires; Gephi reads them by local name.
 */
export function toGexf(model: Model, scope: ExportScope, options: GexfOptions = {}): string {
  const out: string[] = [];
  const sources = new Map(model.dataset.sources.map((s) => [s.id, s]));
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" version="1.3">');
  out.push(`  <meta${attrs({ lastmodifieddate: options.lastModified })}>`);
  out.push("    <creator>Entente</creator>");
  out.push(`    <description>${xmlText(options.description ?? model.dataset.meta.title)}</description>`);
  out.push("  </meta>");
  out.push('  <graph mode="dynamic" timeformat="date" timerepresentation="interval" defaultedgetype="directed">');
  out.push(attributeBlock("node", NODE_ATTRIBUTES));
  out.push(attributeBlock("edge", EDGE_ATTRIBUTES));

  // Spans come precomputed with the graph; day strings repeat, so they are cached.
  const spanOf = (r: Relation) => (model.graph.hasEdge(r.id) ? model.graph.getEdgeAttributes(r.id) : relationSpan(r));
  const days = new Map<number, string>();
  const day = (n: number) => days.get(n) ?? (days.set(n, isoDay(n)), days.get(n)!);
  const spanAttrs = (first: number, last: number) => ({ start: day(first), end: Number.isFinite(last) ? day(last) : undefined });
  const spells = entitySpells(scope.relations, spanOf);
  out.push(`    <nodes count="${scope.entities.length}">`);
  for (const entity of scope.entities) {
    out.push(`      <node${attrs({ id: entity.id, label: entity.label })}>`);
    out.push(attvalues(nodeValues(entity), "        "));
    const own = spells.get(entity.id);
    if (own?.length) {
      out.push("        <spells>");
      for (const s of own) out.push(`          <spell${attrs(spanAttrs(s.first, s.last))}/>`);
      out.push("        </spells>");
    }
    const viz = options.nodeViz?.(entity.id);
    if (viz) {
      out.push(colorElement(viz.color, "        "));
      if (Number.isFinite(viz.x) && Number.isFinite(viz.y)) out.push(`        <position${attrs({ x: num(viz.x), y: num(viz.y), z: 0 })}/>`);
      if (viz.size !== undefined && viz.size >= 0) out.push(`        <size${attrs({ value: num(viz.size) })}/>`);
    }
    out.push("      </node>");
  }
  out.push("    </nodes>");

  out.push(`    <edges count="${scope.relations.length}">`);
  for (const relation of scope.relations) {
    const span = spanOf(relation);
    out.push(`      <edge${attrs({ id: relation.id, source: relation.source, target: relation.target, label: relation.label, kind: relation.type, ...spanAttrs(span.first, span.last) })}>`);
    out.push(attvalues(edgeValues(model, relation, sources), "        "));
    const viz = options.edgeViz?.(relation.id);
    if (viz) {
      out.push(colorElement(viz.color, "        "));
      if (viz.thickness !== undefined && viz.thickness >= 0) out.push(`        <thickness${attrs({ value: num(viz.thickness) })}/>`);
    }
    out.push("      </edge>");
  }
  out.push("    </edges>");
  out.push("  </graph>");
  out.push("</gexf>");
  return `${out.filter((line) => line !== "").join("\n")}\n`;
}

function attributeBlock(cls: "node" | "edge", list: [string, AttrType][]): string {
  const lines = list.map(([id, type]) => `      <attribute${attrs({ id: id.replace(/ /g, "_"), title: id, type })}/>`);
  return [`    <attributes class="${cls}" mode="static">`, ...lines, "    </attributes>"].join("\n");
}

function attvalues(values: Record<string, string | number | boolean | undefined>, indent: string): string {
  const lines = Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([id, v]) => `${indent}  <attvalue${attrs({ for: id.replace(/ /g, "_"), value: String(v) })}/>`);
  return lines.length ? [`${indent}<attvalues>`, ...lines, `${indent}</attvalues>`].join("\n") : "";
}

function nodeValues(e: Entity): Record<string, string | number | undefined> {
  return {
    "entity type": e.type,
    description: e.description,
    aliases: e.aliases?.join("; "),
    wikidata: e.wikidata,
    place: e.location?.place,
    lat: e.location?.lat,
    lon: e.location?.lon,
  };
}

function edgeValues(model: Model, r: Relation, sources: Map<string, { title: string; publisher: string }>): Record<string, string | boolean | undefined> {
  const type = model.relationTypes.get(r.type);
  const first = parseDate(r.date ?? r.start ?? "");
  const end = r.end === undefined ? undefined : parseDate(r.end);
  return {
    "relation type": r.type,
    "relation type label": type?.label,
    class: type?.class,
    "event or state": type?.kind,
    date: r.date,
    "start date": r.start,
    "end date": r.end,
    precision: typeof first === "string" ? undefined : first.precision,
    "end precision": end === undefined || typeof end === "string" ? undefined : end.precision,
    approximate: [r.date, r.start, r.end].some((d) => d?.endsWith("~")),
    "citation sources": r.citations.map((c) => c.source).join("; "),
    citations: r.citations
      .map((c) => {
        const s = sources.get(c.source);
        const from = s ? `${s.publisher}, “${s.title}”` : c.source;
        return c.quote ? `${from}: “${c.quote}”` : from;
      })
      .join("\n"),
    note: r.note,
  };
}

/** Disjoint day spans covering every relation of each entity (touching spans are merged). */
export function entitySpells(relations: Relation[], spanOf: (r: Relation) => { first: number; last: number } = relationSpan): Map<string, { first: number; last: number }[]> {
  const spans = new Map<string, { first: number; last: number }[]>();
  for (const r of relations) {
    const { first, last } = spanOf(r);
    const span = { first, last };
    for (const id of new Set([r.source, r.target])) {
      const list = spans.get(id) ?? [];
      list.push(span);
      spans.set(id, list);
    }
  }
  for (const [id, list] of spans) {
    list.sort((a, b) => a.first - b.first);
    const merged: { first: number; last: number }[] = [];
    for (const s of list) {
      const prev = merged.at(-1);
      if (prev && s.first <= prev.last + 1) prev.last = Math.max(prev.last, s.last);
      else merged.push({ ...s });
    }
    spans.set(id, merged);
  }
  return spans;
}

function colorElement(color: string | undefined, indent: string): string {
  const rgb = color === undefined ? undefined : parseHex(color);
  return rgb ? `${indent}<color${attrs(rgb)}/>` : "";
}

export function parseHex(color: string): { r: number; g: number; b: number } | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16) };
}

function num(n: number): string {
  return String(Math.round(n * 1e4) / 1e4);
}
