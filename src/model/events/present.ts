import type { Entity } from "../dataset/schema";
import type { ChangeMark } from "../time/timeModes";
import type { AggregateEdge } from "./aggregate";
import { EVENT_CLASSES, type EventClass } from "./cameo";
import { GDELT2_COLUMNS, GDELT2_PRESET, ICEWS_PRESET, type EventFormat } from "./columns";
import { parseEventDay } from "./parse";
import type { AggregateFilter, EdgeWeight, HiddenCounts } from "./filters";
import { edgeWeight } from "./filters";
import { eventDetails, type EventTable } from "./table";

/** What the UI needs to show aggregated events: format guess, legend text, edge widths, table rows. */

/** The preset a file's first lines look like, for the column-mapping dialog to start from. */
export function guessFormat(firstLines: readonly string[]): EventFormat | undefined {
  const lines = firstLines.filter((l) => l.trim() !== "").slice(0, 20);
  if (lines.length === 0) return undefined;
  const cells = lines.map((l) => l.split("\t"));
  if (cells.every((c) => c.length === GDELT2_COLUMNS.length && /^\d{8}$/.test(c[1]))) return GDELT2_PRESET;
  if (cells.every((c) => c.length === 4 && parseEventDay(c[3]) !== undefined)) return ICEWS_PRESET;
  return undefined;
}

const n = (x: number) => x.toLocaleString("en-US");

/** One sentence for the legend and the exported image; empty when nothing is hidden. */
export function hiddenSummary(hidden: HiddenCounts, filter: AggregateFilter): string {
  const parts: string[] = [];
  if (hidden.events > 0) {
    const why = [filter.minCount > 1 ? `under ${n(filter.minCount)} events` : "", filter.topN !== undefined ? `outside the top ${n(filter.topN)} entities` : ""].filter(Boolean).join(" or ");
    parts.push(`${n(hidden.events)} events in ${n(hidden.edges)} edges ${why}`.trim());
  }
  if (hidden.selfLoopEvents > 0) parts.push(`${n(hidden.selfLoopEvents)} events within one entity`);
  if (hidden.entities > 0) parts.push(`${n(hidden.entities)} active entities`);
  return parts.length ? `Hidden: ${parts.join("; ")}.` : "";
}

/** Edge width in pixels, by square root so one busy pair does not flatten the rest. */
export function edgeWidth(edge: AggregateEdge, weight: EdgeWeight, maxWeight: number, min = 1, max = 12): number {
  if (maxWeight <= 0) return min;
  return min + (max - min) * Math.sqrt(edgeWeight(edge, weight) / maxWeight);
}

/** A row of the relations table grouped like the graph: one per (source, target, class). */
export interface GroupedRow {
  key: number;
  source: string;
  target: string;
  class: EventClass;
  count: number;
  goldstein: number;
  firstDate: string;
  lastDate: string;
  /** Compare: how the edge changed between the two days. */
  change?: ChangeMark;
}

/** Table rows for the visible edges, busiest first, with the dates of their first and last events in view. */
export function groupedRows(
  table: EventTable,
  edges: readonly AggregateEdge[],
  entities: readonly Entity[],
  eventsOf: (key: number) => number[],
  marks?: ReadonlyMap<number, ChangeMark>,
): GroupedRow[] {
  return [...edges]
    .sort((a, b) => b.count - a.count || a.key - b.key)
    .map((e) => {
      const ids = eventsOf(e.key);
      const change = marks?.get(e.key);
      return {
        key: e.key,
        source: entities[e.source].label,
        target: entities[e.target].label,
        class: EVENT_CLASSES[e.cls],
        count: e.count,
        goldstein: Math.round(e.goldstein * 10) / 10,
        firstDate: eventDetails(table, ids[0]).date,
        lastDate: eventDetails(table, ids[ids.length - 1]).date,
        ...(change ? { change } : {}),
      };
    });
}
