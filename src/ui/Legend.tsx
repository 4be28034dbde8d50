import type { EntityType, RelationClass } from "../model/schema";
import { CLASS_COLORS, CLASS_LABELS, ENTITY_COLORS, ENTITY_TYPE_LABELS, nodeSize } from "../render/style";

interface LegendProps {
  entityTypes: EntityType[];
  classes: RelationClass[];
  /** Most relations in view touching one entity (sets the largest size shown). */
  maxDegree: number;
  /** What a node's size counts, if not relations (the event view counts events), and the size it gives. */
  sizeMeaning?: string;
  sizeOf?: (n: number) => number;
  /** What the view leaves out, e.g. an event view's thresholds. */
  note?: string;
}

/** Explains every colour in use in the current view, and what a node's size means. */
export function Legend({ entityTypes, classes, maxDegree, sizeMeaning = "relations in view", sizeOf = nodeSize, note }: LegendProps) {
  return (
    <section className="legend" aria-label="Legend">
      <ul>
        {entityTypes.map((t) => (
          <li key={t}>
            <span className="swatch dot" style={{ background: ENTITY_COLORS[t] }} aria-hidden="true" />
            {ENTITY_TYPE_LABELS[t]}
          </li>
        ))}
      </ul>
      <ul>
        {classes.map((c) => (
          <li key={c}>
            <span className="swatch line" style={{ background: CLASS_COLORS[c] }} aria-hidden="true" />
            {CLASS_LABELS[c]}
          </li>
        ))}
      </ul>
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
