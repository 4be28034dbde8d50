import { isoDay, yearOf } from "../time/dates";
import type { DatasetMeta, Entity, Relation, RelationType, Source } from "../dataset/schema";
import type { DatasetTexts } from "../dataset/validate";
import { actorEntities, type ActorEntities } from "./actors";
import { cameoRelationTypes, rootInfo } from "./cameo";
import type { EventFormat } from "./columns";
import { EventRowReader, LineSplitter, parseEventTable, type ParseOptions, type ParseReport, type RawEvent } from "./parse";
import { buildEventTable, type EventTable } from "./table";

/** An imported event table: events as columns, actors as entities, and what was left out. */
export interface EventImport {
  table: EventTable;
  actors: ActorEntities;
  report: ParseReport;
  relationTypes: RelationType[];
}

/** Parse, map and build: the whole import of an event table's text. */
export function importEventTable(text: string, format: EventFormat, options: ParseOptions = {}): EventImport {
  const { events, report } = parseEventTable(text, format, options);
  const table = buildEventTable(events);
  return { table, actors: actorEntities(table.actors), report, relationTypes: cameoRelationTypes() };
}

/**
 * The same import fed chunk by chunk (what a worker reading a File does): push text as it arrives, then
 * `end()`. Tab-separated formats only; a comma-separated file goes through `importEventTable` (papaparse).
 */
export class EventTableImporter {
  private readonly reader: EventRowReader;
  private readonly lines = new LineSplitter();
  private readonly events: RawEvent[] = [];
  private row = 0;
  private readonly onLine = (line: string) => {
    this.row++;
    if (line === "") return;
    const e = this.reader.read(line.split("\t"), this.row);
    if (e) this.events.push(e);
  };

  constructor(format: EventFormat) {
    if (format.delimiter !== "\t") throw new Error("chunked import reads tab-separated files; use importEventTable for CSV");
    this.reader = new EventRowReader(format);
  }

  /** Rows read so far (for a progress bar). */
  get rows(): number {
    return this.row;
  }

  push(chunk: string): void {
    this.lines.push(chunk, this.onLine);
  }

  end(): EventImport {
    this.lines.end(this.onLine);
    const table = buildEventTable(this.events);
    return { table, actors: actorEntities(table.actors), report: this.reader.report, relationTypes: cameoRelationTypes() };
  }
}

/** The JSON bundle format of the importer and "Export JSON". */
export interface EntenteBundle {
  dataset: DatasetMeta;
  relationTypes: RelationType[];
  entities: Entity[];
  relations: Relation[];
  sources: Source[];
}

export interface BundleOptions {
  id: string;
  title: string;
  description?: string;
  /** The source every event without its own URL cites (the file or dataset it came from). */
  source: Source;
  /** Sector actors folded into their countries. */
  fold?: boolean;
}

function hostOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.hostname : undefined;
  } catch {
    return undefined;
  }
}

/** Every event as one dated relation citing its source, with the 20 CAMEO relation types. */
export function eventBundle(imp: EventImport, options: BundleOptions): EntenteBundle {
  const { table, actors } = imp;
  const entityOf = options.fold ? actors.folded : actors.detailed;
  const used = new Set<number>();
  const sources: Source[] = [options.source];
  const urlSource = table.urls.map((url, i) => {
    const host = hostOf(url);
    if (!host) return options.source.id;
    sources.push({ id: `url-${i + 1}`, title: url, publisher: host, url });
    return `url-${i + 1}`;
  });
  const relations: Relation[] = [];
  for (let i = 0; i < table.size; i++) {
    const s = entityOf[table.subject[i]];
    const t = entityOf[table.object[i]];
    used.add(s).add(t);
    const code = table.codes[table.code[i]];
    relations.push({
      id: `ev-${table.row[i]}`,
      type: rootInfo(table.root[i])!.type,
      source: actors.entities[s].id,
      target: actors.entities[t].id,
      date: isoDay(table.day[i]),
      label: table.labels[table.label[i]],
      citations: [{ source: table.url[i] >= 0 ? urlSource[table.url[i]] : options.source.id }],
      note: `CAMEO ${code}, Goldstein ${Math.round(table.goldstein[i] * 10) / 10}; row ${table.row[i]} of the file`,
    });
  }
  const dataset: DatasetMeta = { id: options.id, title: options.title, description: options.description ?? "" };
  if (table.size > 0) dataset.defaultView = { from: yearOf(table.day[0]), to: yearOf(table.day[table.size - 1]) };
  return {
    dataset,
    relationTypes: imp.relationTypes,
    entities: actors.entities.filter((_, i) => used.has(i)),
    relations,
    sources,
  };
}

/** A bundle as the file texts `validateDataset` reads. */
export function bundleTexts(bundle: EntenteBundle): DatasetTexts {
  return {
    "dataset.json": JSON.stringify(bundle.dataset),
    "relation-types.json": JSON.stringify(bundle.relationTypes),
    "entities.json": JSON.stringify(bundle.entities),
    "relations.json": JSON.stringify(bundle.relations),
    "sources.json": JSON.stringify(bundle.sources),
  };
}
