import type { EntityType, RelationClass } from "../model/schema";
import { CLASS_COLORS, CLASS_LABELS, ENTITY_COLORS, ENTITY_TYPE_LABELS } from "../render/style";

/** Explains every colour in use in the current view. */
export function Legend({ entityTypes, classes }: { entityTypes: EntityType[]; classes: RelationClass[] }) {
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
    </section>
  );
}
