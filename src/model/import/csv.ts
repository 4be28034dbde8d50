import Papa from "papaparse";
import { CONTROL_CHARACTER, type Citation, type DataFile, type Relation } from "../schema";
import { validateDatasetData, type Problem } from "../validate";
import {
  baseName,
  CitationSources,
  columnKey,
  DEFAULT_ENTITY_TYPE,
  fail,
  fromValidation,
  idFrom,
  lineColumn,
  listSome,
  relocate,
  relationTypesIn,
  slugify,
  uniqueId,
  type ImportResult,
} from "./common";
import { DELIMITER_NAMES, type Delimiter } from "./files";

export interface CsvFile {
  name: string;
  text: string;
}

/** Header names accepted for each column, compared by `columnKey` (case, spaces and punctuation ignored). */
const RELATION_COLUMNS = {
  id: ["id"],
  source: ["source"],
  target: ["target"],
  type: ["type", "relationtype"],
  date: ["date"],
  start: ["start"],
  end: ["end"],
  label: ["label"],
  citation: ["citation", "citationsource"],
  quote: ["quote"],
  note: ["note"],
} as const;

const ENTITY_COLUMNS = {
  id: ["id"],
  label: ["label"],
  type: ["type"],
  aliases: ["aliases"],
  description: ["description"],
  lat: ["lat", "latitude"],
  lon: ["lon", "lng", "longitude"],
  place: ["place"],
  start: ["start"],
  end: ["end"],
  wikidata: ["wikidata"],
} as const;

interface Table<K extends string> {
  rows: { row: number; cells: Partial<Record<K, string>> }[];
  ignored: string[];
}


function readTable<K extends string>(file: CsvFile, columns: Record<K, readonly string[]>, required: NoInfer<K>[][], problems: Problem[]): Table<K> | undefined {
  if (file.text.trim() === "") {
    problems.push({ file: file.name, message: "is empty: a relations file needs a header row and one row per relation" });
    return undefined;
  }
  // Rows as arrays, header handled here: blank rows keep their number, duplicate columns are caught.
  const parsed = Papa.parse<string[]>(file.text, { skipEmptyLines: false });
  for (const e of parsed.errors) {
    if (e.code === "UndetectableDelimiter") continue; // a one-column file is reported below as missing columns
    // Quote errors are located by their character offset: a quoted cell may span lines.
    const at = typeof e.index === "number" ? `line ${lineColumn(file.text, e.index).line}` : e.row === undefined ? undefined : `row ${e.row + 1}`;
    problems.push({ file: file.name, record: at, message: e.message });
  }
  const [head = [], ...body] = parsed.data;
  const headers = head.map((h) => String(h).replace(/^\ufeff/, "").trim());
  const found = new Map<K, number>();
  const ignored: string[] = [];
  headers.forEach((h, i) => {
    const key = (Object.keys(columns) as K[]).find((k) => columns[k].includes(columnKey(h)));
    if (key && found.has(key)) problems.push({ file: file.name, record: "row 1", message: `column "${h}" is there twice` });
    else if (key) found.set(key, i);
    else if (h !== "") ignored.push(h);
  });
  // Papaparse guesses the separator (comma, semicolon, tab…): say which it found, since a wrong one is the usual cause.
  const separator =
    headers.length > 1
      ? `, read as ${DELIMITER_NAMES[parsed.meta.delimiter as Delimiter] ?? `"${parsed.meta.delimiter}"`}-separated,`
      : headers.some((h) => h !== "")
        ? " (one column: no comma, semicolon, tab or vertical bar in it)"
        : "";
  for (const alternatives of required) {
    if (!alternatives.some((k) => found.has(k))) {
      const wanted = alternatives.map((k) => `"${k}"`).join(" or ");
      problems.push({ file: file.name, record: "row 1", message: `missing column ${wanted} (the header${separator} has: ${headers.map((h) => `"${h}"`).join(", ") || "nothing"})` });
    }
  }
  const rows: Table<K>["rows"] = [];
  body.forEach((cellsOfRow, i) => {
    const row = i + 2;
    if (cellsOfRow.every((c) => String(c).trim() === "")) return;
    if (cellsOfRow.length > headers.length && cellsOfRow.slice(headers.length).some((c) => String(c).trim() !== "")) {
      problems.push({ file: file.name, record: `row ${row}`, message: `has ${cellsOfRow.length} cells but the header names ${headers.length} columns` });
    }
    const cells: Partial<Record<K, string>> = {};
    for (const [key, index] of found) {
      const value = String(cellsOfRow[index] ?? "").trim();
      // A NUL or other control character is damage, not text: made into an id it would silently become "-".
      const control = CONTROL_CHARACTER.exec(value);
      if (control) {
        const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
        problems.push({ file: file.name, record: `row ${row}`, message: `column "${headers[index]}" contains a control character (U+${code})` });
      }
      if (value !== "") cells[key] = value;
    }
    rows.push({ row, cells });
  });
  return problems.length > 0 ? undefined : { rows, ignored };
}

function number(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : value; // a non-number is left for validation to report with its value
}

/**
 * Reads a relations CSV (`source, target, type, date | start, end, label, citation, quote`, header required,
 * any column order), optionally with an entities CSV (`id, label, type, aliases, description, lat, lon`).
 * Entities named only in relations get their id as label and the type "organization" (reported in the notes).
 */
export function parseCsv(relationsFile: CsvFile, entitiesFile: CsvFile | undefined, sharedRelationTypes?: string): ImportResult {
  const problems: Problem[] = [];
  const relTable = readTable(relationsFile, RELATION_COLUMNS, [["source"], ["target"], ["type"], ["citation"], ["date", "start"]], problems);
  const entTable = entitiesFile && readTable(entitiesFile, ENTITY_COLUMNS, [["id"]], problems);
  if (!relTable || (entitiesFile && !entTable)) return fail(problems);
  // A header alone would import (and store) an empty dataset.
  if (relTable.rows.length === 0) return fail([{ file: relationsFile.name, message: "has a header but no rows: there is no relation to import" }]);

  const notes: string[] = [];
  for (const [file, table] of [[relationsFile, relTable], [entitiesFile, entTable]] as const) {
    if (file && table && table.ignored.length > 0) notes.push(`${file.name}: ignored column${table.ignored.length > 1 ? "s" : ""} ${table.ignored.map((c) => `"${c}"`).join(", ")}`);
  }

  const entities: Record<string, unknown>[] = [];
  const entityRows = new Map<string, number>();
  for (const { row, cells: c } of entTable?.rows ?? []) {
    const id = idFrom(c.id ?? "");
    const lat = number(c.lat);
    const lon = number(c.lon);
    entities.push({
      id,
      label: c.label ?? c.id ?? "",
      type: c.type ?? "",
      ...(c.aliases && { aliases: c.aliases.split(";").map((a) => a.trim()).filter(Boolean) }),
      ...(c.description && { description: c.description }),
      ...((lat !== undefined || lon !== undefined) && { location: { lat, lon, ...(c.place && { place: c.place }) } }),
      ...(c.start && { start: c.start }),
      ...(c.end && { end: c.end }),
      ...(c.wikidata && { wikidata: c.wikidata }),
    });
    if (!entityRows.has(id)) entityRows.set(id, row);
  }

  const types = relationTypesIn(sharedRelationTypes);
  const citations = new CitationSources();
  const relations: Relation[] = [];
  const byId = new Map<string, Relation>();
  const relationRows = new Map<string, number[]>();
  const ids = new Set<string>();
  const created: string[] = [];
  const entity = (ref: string | undefined): string => {
    if (ref === undefined) return "";
    const id = idFrom(ref);
    if (!entityRows.has(id)) {
      entityRows.set(id, 0);
      entities.push({ id, label: ref, type: DEFAULT_ENTITY_TYPE });
      created.push(id);
    }
    return id;
  };
  for (const { row, cells: c } of relTable.rows) {
    const source = entity(c.source);
    const target = entity(c.target);
    const type = c.type ?? "";
    const citation: Citation | undefined = c.citation ? { source: citations.idFor(c.citation), ...(c.quote && { quote: c.quote }) } : undefined;
    const same = c.id !== undefined ? byId.get(c.id) : undefined;
    // Rows repeating an id with the same ends, type and dates are further citations of one relation.
    if (same && citation && same.source === source && same.target === target && same.type === type && same.date === c.date && same.start === c.start && same.end === c.end) {
      same.citations.push(citation);
      relationRows.get(same.id)!.push(row);
      continue;
    }
    const id = c.id ?? uniqueId(slugify([source, type, target, c.date ?? c.start ?? ""].join("-")), ids);
    ids.add(id);
    const relation = {
      id,
      type,
      source,
      target,
      ...(c.date && { date: c.date }),
      ...(c.start && { start: c.start }),
      ...(c.end && { end: c.end }),
      label: c.label ?? types.get(type)?.label ?? type,
      citations: citation ? [citation] : [],
      ...(c.note && { note: c.note }),
    } as Relation;
    relations.push(relation);
    if (!byId.has(id)) byId.set(id, relation);
    relationRows.set(id, [...(relationRows.get(id) ?? []), row]);
  }
  if (created.length > 0) {
    const why = entitiesFile ? `not in ${entitiesFile.name}` : "no entities file";
    notes.push(`${created.length} entit${created.length === 1 ? "y" : "ies"} (${why}) created with type "${DEFAULT_ENTITY_TYPE}" and the id as label: ${listSome(created)}`);
  }

  const base = baseName(relationsFile.name);
  const data: Partial<Record<DataFile, unknown>> = {
    "dataset.json": { id: slugify(base), title: base, description: `Imported from ${[relationsFile.name, entitiesFile?.name].filter(Boolean).join(" and ")}` },
    "entities.json": entities,
    "relations.json": relations,
    "sources.json": citations.sources,
  };
  const result = validateDatasetData(data, { sharedRelationTypes });
  const names = { "entities.json": entitiesFile?.name ?? relationsFile.name, "relations.json": relationsFile.name, "sources.json": `${relationsFile.name} › citations`, "dataset.json": relationsFile.name };
  return fromValidation(result, notes, (p) =>
    groupRows(
      relocate(p, names, (file, record) => {
        if (record === undefined) return undefined;
        const rows = file === "relations.json" ? relationRows.get(record) : file === "entities.json" ? [entityRows.get(record) ?? 0] : undefined;
        if (!rows || rows[0] === 0) return record;
        return `row ${rows.join(", ")}`;
      }),
    ),
  );
}

/** One problem per file and message, naming every row it occurs in ("rows 3, 7 and 9"). */
function groupRows(problems: Problem[]): Problem[] {
  const out: Problem[] = [];
  const byKey = new Map<string, { problem: Problem; rows: string[] }>();
  for (const p of problems) {
    const row = p.record?.startsWith("row ") ? p.record.slice(4) : undefined;
    if (row === undefined) {
      out.push(p);
      continue;
    }
    const key = `${p.file}\u0000${p.message}`;
    const group = byKey.get(key);
    if (group) group.rows.push(row);
    else {
      const g = { problem: { ...p }, rows: [row] };
      byKey.set(key, g);
      out.push(g.problem);
    }
  }
  for (const { problem, rows } of byKey.values()) problem.record = rows.length === 1 ? `row ${rows[0]}` : `rows ${listSome(rows, 10)}`;
  return out;
}
