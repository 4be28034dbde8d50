import { ENTITY_TYPES, type Citation, type DataFile, type Relation, type RelationType, type Source } from "../dataset/schema";
import { validateDatasetData, type Problem } from "../dataset/validate";
import {
  baseName,
  CitationSources,
  DEFAULT_ENTITY_TYPE,
  fail,
  idFrom,
  listSome,
  relationTypesIn,
  slugify,
  uniqueId,
  type ImportProblem,
  type ImportResult,
} from "./common";
import { locate, type Located } from "./csvProblems";
import { readTable, rowRef, type CellFixes, type CsvFile, type Table } from "./csvTable";
import { DATE_ORDER_NAMES, isoDate, needsOrder, orderOf, type DateOrder } from "./dayMonthYear";
import { typeKey, typeMatcher } from "./typeMatch";

export type { CsvFile } from "./csvTable";

/** Header names accepted for each column, compared by `columnKey` (case, spaces and punctuation ignored). */
const RELATION_COLUMNS = {
  id: ["id"],
  source: ["source"],
  target: ["target"],
  type: ["type", "relationtype", "relation"],
  date: ["date"],
  start: ["start"],
  end: ["end"],
  label: ["label"],
  // The single-table export names both ends' labels: an entity made from a relation gets its label from them.
  sourceLabel: ["sourcelabel"],
  targetLabel: ["targetlabel"],
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

const SOURCE_COLUMNS = { id: ["id"], title: ["title"], publisher: ["publisher"], published: ["published"], url: ["url"], file: ["file"] } as const;
const TYPE_COLUMNS = { id: ["id"], label: ["label"], kind: ["kind"], class: ["class"], cameo: ["cameo"], plover: ["plover"] } as const;
const DATASET_COLUMNS = { id: ["id"], title: ["title"], description: ["description"], from: ["from", "defaultfrom"], to: ["to", "defaultto"] } as const;

/** The CSV files of one dataset: relations, and optionally entities, sources, relation types and the dataset's own row. */
export interface CsvSet {
  relations: CsvFile;
  entities?: CsvFile;
  sources?: CsvFile;
  relationTypes?: CsvFile;
  dataset?: CsvFile;
}

/** What the user settled in the import dialog before importing again. */
export interface CsvFixes extends CellFixes {
  /** How to read dates such as 03/08/2023. */
  dateOrder?: DateOrder;
  /** Type text as written → the id of the existing type it means. */
  typeChoices?: Record<string, string>;
  /** Types created in the dialog for text that matched none. */
  newTypes?: RelationType[];
  /** Leave out every row with a problem and import the rest. */
  validOnly?: boolean;
}

/** An entity type as written in a spreadsheet ("Armed group", "Military Force"), as its id when it is one. */
function entityType(text: string): string {
  const id = typeKey(text).replace(/ /g, "-");
  return (ENTITY_TYPES as readonly string[]).includes(id) ? id : text;
}

function number(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : value; // a non-number is left for validation to report with its value
}

/** Reads a relations CSV with an optional entities CSV (kept for callers that have just those two). */
export function parseCsv(relationsFile: CsvFile, entitiesFile: CsvFile | undefined, sharedRelationTypes?: string, fixes?: CsvFixes): ImportResult {
  return parseCsvSet({ relations: relationsFile, entities: entitiesFile }, sharedRelationTypes, fixes);
}

/**
 * Reads CSV tables into a dataset: relations (`source, target, type, date | start, end, label, citation, quote`,
 * header required, any column order), and optionally entities, sources, relation types and the dataset row.
 * With `fixes.validOnly`, rows with problems are left out (and counted in the notes) as long as every problem
 * is in a row; problems that are not (a missing column, the order of day and month) still stop the import.
 */
export function parseCsvSet(files: CsvSet, sharedRelationTypes?: string, fixes: CsvFixes = {}): ImportResult {
  let result = readSet(files, sharedRelationTypes, fixes);
  const ignoredRows = new Set(fixes.ignoredRows);
  // Leaving out a row can orphan another (an entity's relations): a few rounds settle it.
  for (let round = 0; fixes.validOnly && !result.ok && round < 4; round++) {
    if (result.problems.some((p) => !p.at)) break;
    for (const p of result.problems) for (const row of p.at!.rows) ignoredRows.add(rowRef(p.at!.file, row));
    result = readSet(files, sharedRelationTypes, { ...fixes, ignoredRows: [...ignoredRows] });
  }
  return result;
}

function readSet(files: CsvSet, sharedRelationTypes: string | undefined, fixes: CsvFixes): ImportResult {
  const problems: Problem[] = [];
  const relTable = readTable(files.relations, RELATION_COLUMNS, [["source"], ["target"], ["type"], ["citation"], ["date", "start"]], problems, fixes);
  const entTable = files.entities && readTable(files.entities, ENTITY_COLUMNS, [["id"]], problems, fixes);
  const srcTable = files.sources && readTable(files.sources, SOURCE_COLUMNS, [["id"], ["title"], ["publisher"]], problems, fixes);
  const typeTable = files.relationTypes && readTable(files.relationTypes, TYPE_COLUMNS, [["id", "label"], ["kind"], ["class"]], problems, fixes);
  const metaTable = files.dataset && readTable(files.dataset, DATASET_COLUMNS, [["id"], ["title"]], problems, fixes);
  if (problems.length > 0 || !relTable) return fail(problems);
  // A header alone would import (and store) an empty dataset.
  if (relTable.rows.length === 0) {
    const left = relTable.left.length > 0 ? ` (${relTable.left.length} left out)` : "";
    return fail([{ file: files.relations.name, message: `has a header but no rows${left}: there is no relation to import` }]);
  }

  const notes: string[] = [];
  const tables: [CsvFile | undefined, Table<string> | undefined][] = [
    [files.relations, relTable],
    [files.entities, entTable],
    [files.sources, srcTable],
    [files.relationTypes, typeTable],
    [files.dataset, metaTable],
  ];
  for (const [file, table] of tables) {
    if (file && table && table.ignored.length > 0) notes.push(`${file.name}: ignored column${table.ignored.length > 1 ? "s" : ""} ${table.ignored.map((c) => `"${c}"`).join(", ")}`);
    if (file && table && table.left.length > 0) notes.push(`${file.name}: left out ${table.left.length === 1 ? "row" : "rows"} ${listSome(table.left.map(String), 20)}`);
  }

  const dates = readDates([relTable, entTable, srcTable], fixes.dateOrder, files.relations.name);
  const rows: Located["rows"] = { "relations.json": new Map(), "entities.json": new Map(), "sources.json": new Map(), "relation-types.json": new Map() };

  const entities: Record<string, unknown>[] = [];
  for (const { row, cells: c } of entTable?.rows ?? []) {
    const id = idFrom(c.id ?? "");
    const lat = number(c.lat);
    const lon = number(c.lon);
    entities.push({
      id,
      label: c.label ?? c.id ?? "",
      type: entityType(c.type ?? ""),
      ...(c.aliases && { aliases: c.aliases.split(";").map((a) => a.trim()).filter(Boolean) }),
      ...(c.description && { description: c.description }),
      ...((lat !== undefined || lon !== undefined) && { location: { lat, lon, ...(c.place && { place: c.place }) } }),
      ...(c.start && { start: dates(c.start) }),
      ...(c.end && { end: dates(c.end) }),
      ...(c.wikidata && { wikidata: c.wikidata }),
    });
    if (!rows["entities.json"].has(id)) rows["entities.json"].set(id, [row]);
  }

  const sources: Source[] = [];
  for (const { row, cells: c } of srcTable?.rows ?? []) {
    const id = idFrom(c.id ?? "");
    sources.push({ id, title: c.title ?? "", publisher: c.publisher ?? "", ...(c.published && { published: dates(c.published) }), ...(c.url && { url: c.url }), ...(c.file && { file: c.file }) });
    rows["sources.json"].set(id, [row]);
  }

  const declared: RelationType[] = [];
  for (const { row, cells: c } of typeTable?.rows ?? []) {
    const id = idFrom(c.id ?? c.label ?? "");
    declared.push({ id, label: c.label ?? c.id ?? "", kind: c.kind as RelationType["kind"], class: c.class as RelationType["class"], ...(c.cameo && { cameo: c.cameo }), ...(c.plover && { plover: c.plover }) });
    rows["relation-types.json"].set(id, [row]);
  }
  const ownTypes = [...declared, ...(fixes.newTypes ?? []).filter((t) => !declared.some((d) => d.id === t.id))];
  const vocabulary = new Map([...relationTypesIn(sharedRelationTypes)].concat(ownTypes.map((t) => [t.id, t])));
  const matchType = typeMatcher(vocabulary.values());
  const unknownTypes = new Map<string, { rows: number[]; slug: string; suggestion?: RelationType }>();

  const citations = new CitationSources(sources);
  const relations: Relation[] = [];
  const byId = new Map<string, Relation>();
  const ids = new Set<string>();
  const created: string[] = [];
  const empty: Problem[] = [];
  const entityRows = rows["entities.json"];
  const entity = (ref: string | undefined, label = ref): string => {
    if (ref === undefined) return "";
    const id = idFrom(ref);
    if (!entityRows.has(id)) {
      entityRows.set(id, []);
      entities.push({ id, label, type: DEFAULT_ENTITY_TYPE });
      created.push(id);
    }
    return id;
  };
  for (const { row, cells: c } of relTable.rows) {
    const source = entity(c.source, c.sourceLabel);
    const target = entity(c.target, c.targetLabel);
    const written = c.type ?? "";
    const chosen = fixes.typeChoices?.[written];
    const match = chosen && vocabulary.has(chosen) ? { type: vocabulary.get(chosen)! } : matchType(written);
    let type = match.type?.id;
    if (!type && written !== "") {
      const unknown = unknownTypes.get(written) ?? { rows: [] as number[], slug: idFrom(written), suggestion: match.suggestion };
      unknown.rows.push(row);
      unknownTypes.set(written, unknown);
      type = unknown.slug;
    }
    type ??= "";
    const [date, start, end] = [c.date, c.start, c.end].map((d) => d && dates(d));
    const citation: Citation | undefined = c.citation ? { source: citations.idFor(c.citation), ...(c.quote && { quote: c.quote }) } : undefined;
    const same = c.id !== undefined ? byId.get(c.id) : undefined;
    // Rows repeating an id with the same ends, type and dates are further citations of one relation.
    if (same && citation && same.source === source && same.target === target && same.type === type && same.date === date && same.start === start && same.end === end) {
      same.citations.push(citation);
      rows["relations.json"].get(same.id)!.push(row);
      continue;
    }
    const id = c.id ?? uniqueId(slugify([source, type, target, date ?? start ?? ""].join("-")), ids);
    ids.add(id);
    const relation = {
      id,
      type,
      source,
      target,
      ...(date && { date }),
      ...(start && { start }),
      ...(end && { end }),
      label: c.label ?? vocabulary.get(type)?.label ?? (written || "(no type)"),
      citations: citation ? [citation] : [],
      ...(c.note && { note: c.note }),
    } as Relation;
    relations.push(relation);
    // An empty end or type is reported as such, once (validation would say it is not kebab-case, then unknown).
    for (const column of ["source", "target", "type"] as const) if (c[column] === undefined) empty.push({ file: "relations.json", record: id, message: `${column}: is empty` });
    if (!byId.has(id)) byId.set(id, relation);
    rows["relations.json"].set(id, [...(rows["relations.json"].get(id) ?? []), row]);
  }
  if (created.length > 0) {
    const why = files.entities ? `not in ${files.entities.name}` : "no entities file";
    notes.push(`${created.length} entit${created.length === 1 ? "y" : "ies"} (${why}) created with type "${DEFAULT_ENTITY_TYPE}" and the id as label: ${listSome(created)}`);
  }
  if (dates.order) notes.push(`dates such as ${dates.example} read as ${DATE_ORDER_NAMES[dates.order]}`);

  const base = baseName(files.relations.name);
  const meta = metaTable?.rows[0]?.cells;
  const [from, to] = [number(meta?.from), number(meta?.to)];
  const data: Partial<Record<DataFile, unknown>> = {
    "dataset.json": meta
      ? { id: meta.id ?? "", title: meta.title ?? "", description: meta.description ?? "", ...(from !== undefined && to !== undefined && { defaultView: { from, to } }) }
      : { id: slugify(base), title: base, description: `Imported from ${[files.relations, files.entities].map((f) => f?.name).filter(Boolean).join(" and ")}` },
    "entities.json": entities,
    "relations.json": relations,
    "sources.json": citations.sources,
    ...(ownTypes.length > 0 && { "relation-types.json": ownTypes }),
  };
  const result = validateDatasetData(data, { sharedRelationTypes });
  const unknownSlugs = new Set([...unknownTypes.values()].map((u) => `type: unknown relation type "${u.slug}"`));
  const own: ImportProblem[] = [...dates.problems, ...[...unknownTypes].map(([written, u]) => typeProblem(files.relations, relTable, written, u))];
  if (result.ok && own.length === 0) return { ok: true, dataset: result.dataset, notes };
  // Validation reports an unknown type by its slug: reported here instead, as written and with the nearest type.
  const validated = [...empty, ...(result.ok ? [] : result.problems.filter((p) => !unknownSlugs.has(p.message)))];
  const located = locate(validated, {
    files: { "relations.json": files.relations, "entities.json": files.entities ?? files.relations, "sources.json": files.sources, "relation-types.json": files.relationTypes, "dataset.json": files.dataset ?? files.relations },
    tables: { "relations.json": relTable, "entities.json": entTable, "sources.json": srcTable, "relation-types.json": typeTable },
    rows,
  });
  return fail([...located, ...own]);
}

function typeProblem(file: CsvFile, table: Table<string>, written: string, u: { rows: number[]; suggestion?: RelationType }): ImportProblem {
  const near = u.suggestion && ` (did you mean "${u.suggestion.label}", ${u.suggestion.id}?)`;
  return {
    kind: "relation-type",
    file: file.name,
    record: `${u.rows.length === 1 ? "row" : "rows"} ${listSome(u.rows.map(String), 10)}`,
    message: `type: unknown relation type "${written}"${near ?? ""}`,
    at: { file: file.name, rows: u.rows, column: "type", header: table.headers.type, value: written },
    ...(u.suggestion && { suggestion: { id: u.suggestion.id, label: u.suggestion.label } }),
  };
}

/**
 * Date cells in ISO form. Dates such as 03/08/2023 need the user to say which number is the day: until
 * they do, one problem asks (saying which order the dates allow, when only one fits) and the dates are
 * read in that order so that nothing else is reported about them.
 */
function readDates(tables: (Table<string> | undefined)[], order: DateOrder | undefined, file: string) {
  const texts = tables.flatMap((t) => t?.rows.flatMap((r) => [r.cells.date, r.cells.start, r.cells.end, r.cells.published]) ?? []).filter((d): d is string => d !== undefined);
  const example = texts.find(needsOrder);
  const fits = orderOf(texts);
  const problems: ImportProblem[] = [];
  if (example && !order) {
    const hint = fits ? ` (they can only be ${DATE_ORDER_NAMES[fits]}: a number over 12 comes ${fits === "dmy" ? "first" : "second"})` : "";
    problems.push({ kind: "date-order", file, message: `dates such as "${example}" may be day/month/year or month/day/year: choose which${hint}` });
  }
  const read = (text: string) => isoDate(text, order ?? fits ?? "dmy");
  return Object.assign(read, { order: example ? order : undefined, example: example && `"${example}"`, problems });
}
