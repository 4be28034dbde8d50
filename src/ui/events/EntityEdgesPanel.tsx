import type { AggregateEdge } from "../../model/events/aggregate";
import { EVENT_CLASSES } from "../../model/events/cameo";
import type { Entity } from "../../model/dataset/schema";
import type { ChangeMark } from "../../model/time/timeModes";
import { CHANGE_LABELS } from "../../render/style/changeStyle";
import { CLASS_LABELS, ENTITY_TYPE_LABELS } from "../../render/style/style";

interface Props {
  /** The entity's index in `entities`. */
  index: number;
  /** Its edges in view, busiest first. */
  edges: AggregateEdge[];
  entities: readonly Entity[];
  marks?: ReadonlyMap<number, ChangeMark>;
  onSelectEdge: (key: number) => void;
}

/** The entity in focus: what it is, and its aggregated edges in view with their event counts. */
export function EntityEdgesPanel({ index, edges, entities, marks, onSelectEdge }: Props) {
  const entity = entities[index];
  const events = edges.reduce((n, e) => n + e.count, 0);
  return (
    <section className="aggregate-events" aria-label={entity.label}>
      <h2>{entity.label}</h2>
      <p>
        {ENTITY_TYPE_LABELS[entity.type]}
        {entity.aliases && entity.aliases.length > 0 && ` · also ${entity.aliases.join(", ")}`}
      </p>
      <p>
        {edges.length} edge{edges.length === 1 ? "" : "s"} in view, {events.toLocaleString("en-US")} event{events === 1 ? "" : "s"}
      </p>
      <table aria-label={`Edges of ${entity.label}`}>
        <thead>
          <tr>
            <th scope="col">With</th>
            <th scope="col">Class</th>
            <th scope="col">Events</th>
          </tr>
        </thead>
        <tbody>
          {edges.map((e) => {
            const out = e.source !== index;
            const other = entities[out ? e.source : e.target].label;
            const cls = CLASS_LABELS[EVENT_CLASSES[e.cls]];
            const mark = marks?.get(e.key);
            return (
              <tr key={e.key}>
                <td>
                  <button type="button" className="link" onClick={() => onSelectEdge(e.key)}>
                    {out ? `← ${other}` : `→ ${other}`}
                  </button>
                </td>
                <td>
                  {cls}
                  {mark && ` (${CHANGE_LABELS[mark].toLowerCase()})`}
                </td>
                <td className="number">{e.count}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
