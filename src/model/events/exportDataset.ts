import { isoDay } from "../time/dates";
import type { Dataset, DatasetMeta, Entity, Relation, RelationType } from "../dataset/schema";
import type { AggregateEdge } from "./aggregate";
import { EVENT_CLASSES, type EventClass } from "./cameo";
import type { EventTable } from "./table";

/**
 * The aggregated edges in view as a dataset, so the explorer's GEXF, JSON and CSV exports apply unchanged: each
 * edge is one relation of a class-wide type (`verbal-cooperation-events`, …), a state running from its first to
 * its last event in view, citing the event file with the rows it was counted from.
 */

const CLASS_WORDS: Record<EventClass, string> = {
  "verbal-cooperation": "verbal cooperation",
  "material-cooperation": "material cooperation",
  "verbal-conflict": "verbal conflict",
  "material-conflict": "material conflict",
};

export const AGGREGATE_TYPES: RelationType[] = EVENT_CLASSES.map((cls) => ({ id: `${cls}-events`, label: `${CLASS_WORDS[cls]} events`, kind: "state", class: cls }));

/** Rows listed in a relation's citation quote; beyond this, how many more. */
const ROWS_LISTED = 50;

/** The relation id of an aggregate edge in an export (kebab-case, as dataset ids must be). */
export function aggregateRelationId(edge: AggregateEdge, entities: readonly Entity[]): string {
  return `${entities[edge.source].id}-to-${entities[edge.target].id}-${EVENT_CLASSES[edge.cls]}`;
}

export function aggregateDataset(
  meta: DatasetMeta,
  file: string,
  table: EventTable,
  entities: readonly Entity[],
  edges: readonly AggregateEdge[],
  /** The events of an edge in view, in day order. */
  eventsOf: (key: number) => number[],
): Dataset {
  const sourceId = "event-file";
  const used = new Set<number>();
  const relations: Relation[] = edges.map((edge) => {
    used.add(edge.source).add(edge.target);
    const ids = eventsOf(edge.key);
    const rows = ids.slice(0, ROWS_LISTED).map((i) => table.row[i]);
    const more = ids.length > ROWS_LISTED ? ` and ${ids.length - ROWS_LISTED} more` : "";
    const plural = edge.count === 1 ? "" : "s";
    return {
      id: aggregateRelationId(edge, entities),
      type: AGGREGATE_TYPES[edge.cls].id,
      source: entities[edge.source].id,
      target: entities[edge.target].id,
      start: isoDay(table.day[ids[0]]),
      end: isoDay(table.day[ids[ids.length - 1]]),
      label: `${edge.count} ${CLASS_WORDS[EVENT_CLASSES[edge.cls]]} event${plural}`,
      citations: [{ source: sourceId, quote: `Rows ${rows.join(", ")}${more}` }],
      note: `${edge.count} event${plural} in view, summed Goldstein score ${Math.round(edge.goldstein * 10) / 10}`,
    };
  });
  return {
    meta,
    entities: entities.filter((_, i) => used.has(i)),
    relations,
    sources: [{ id: sourceId, title: file, publisher: file, file }],
    relationTypes: AGGREGATE_TYPES,
  };
}
