import type { EntityType, RelationClass } from "../../model/dataset/schema";
import type { ChangeMark } from "../../model/time/timeModes";
import { legendEntries } from "../../render/export/legendEntries";
import { nodeSize } from "../../render/style/style";

interface LegendProps {
  entityTypes: EntityType[];
  classes: RelationClass[];
  /** Compare mode: the change marks drawn instead of class colours. */
  changes?: ChangeMark[];
  /** Most relations in view touching one entity (sets the largest size shown). */
  maxDegree: number;
  /** What a node's size counts, if not relations (the event view counts events), and the size it gives. */
  sizeMeaning?: string;
  sizeOf?: (n: number) => number;
  /** What the view leaves out, e.g. an event view's thresholds. */
  note?: string;
}

/** Explains every colour in use in the current view, and what a node's size means. */
export function Legend({ entityTypes, classes, changes, maxDegree, sizeMeaning = "relations in view", sizeOf = nodeSize, note }: LegendProps) {
  return (
    <section className="legend" aria-label="Legend">
      {(["dot", "line"] as const).map((kind) => (
        <ul key={kind}>
          {legendEntries({ entityTypes, classes, changes })
            .filter((e) => e.kind === kind)
            .map((e) => (
              <li key={e.label}>
                <span className={`swatch ${kind}`} style={{ background: e.color }} aria-hidden="true" />
                {e.label}
              </li>
            ))}
        </ul>
      ))}
      {maxDegree > 0 && (
        <p className="legend-size">
          <span className="size-dots" aria-hidden="true">
            {[1, maxDegree].map((d) => (
              <span key={d} className="swatch size" style={{ width: sizeOf(d), height: sizeOf(d) }} />
            ))}
          </span>
          Size: {sizeMeaning} (1–{maxDegree})
        </p>
      )}
      {note && <p className="legend-note">{note}</p>}
    </section>
  );
}
