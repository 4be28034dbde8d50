import type { EventFrame } from "../../state/events/useEventFrame";
import { EVENT_CLASSES } from "../../model/events/cameo";
import { eventDetails } from "../../model/events/table";
import { plural } from "../../model/import/report";
import type { Entity } from "../../model/dataset/schema";
import { CLASS_LABELS, ENTITY_TYPE_LABELS } from "../../render/style/style";

const FIRST = 5;

/** Tooltip of an aggregated edge (its first events by date) or of an entity (its events in view). */
export function EventTip({ target, frame, entities }: { target: { kind: "edge" | "entity"; index: number }; frame: EventFrame; entities: readonly Entity[] }) {
  const agg = frame.counts;
  const table = frame.aggregator.table;
  if (target.kind === "entity") {
    const e = entities[target.index];
    return (
      <>
        <p className="tip-title">{e.label}</p>
        <p className="tip-date">
          {ENTITY_TYPE_LABELS[e.type]} · {plural(agg.activity[target.index], "event")} in view
        </p>
      </>
    );
  }
  const edge = agg.edges.get(target.index);
  if (!edge) return null;
  const ids = frame.eventsOf(edge.key);
  return (
    <>
      <p className="tip-title">
        {entities[edge.source].label} → {entities[edge.target].label}
      </p>
      <p className="tip-date">
        {CLASS_LABELS[EVENT_CLASSES[edge.cls]]}: {plural(edge.count, "event")}, Goldstein sum {Math.round(edge.goldstein * 10) / 10}
      </p>
      <ul className="tip-events">
        {ids.slice(0, FIRST).map((id) => {
          const e = eventDetails(table, id);
          return (
            <li key={id}>
              {e.date} {e.label}
            </li>
          );
        })}
      </ul>
      {ids.length > FIRST && <p className="more">and {ids.length - FIRST} more: click the edge to list them all with their sources</p>}
    </>
  );
}

/** An aggregated edge in words, for the keyboard's announcements: "Barack Obama → China, material cooperation: 12 events". */
export function edgeInWords(key: number, frame: EventFrame, entities: readonly Entity[]): string {
  const edge = frame.counts.edges.get(key);
  if (!edge) return "";
  return `${entities[edge.source].label} → ${entities[edge.target].label}, ${CLASS_LABELS[EVENT_CLASSES[edge.cls]].toLowerCase()}: ${plural(edge.count, "event")}`;
}
