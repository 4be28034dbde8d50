import { useEffect, useRef } from "react";
import type { FilterCounts } from "../../model/filters/filters";
import type { EntityType, RelationClass, RelationType } from "../../model/dataset/schema";
import { CLASS_COLORS, CLASS_LABELS, ENTITY_COLORS, ENTITY_TYPE_LABELS } from "../../render/style/style";

interface FiltersPanelProps {
  /** Relation types the dataset uses, by class. */
  relationTypes: Map<RelationClass, RelationType[]>;
  entityTypes: EntityType[];
  /** Shown relation types / entity types; undefined = all. */
  shownTypes?: string[];
  shownEntityTypes?: EntityType[];
  /** What each toggle governs in the current window. */
  counts: FilterCounts;
  /** A change of what is shown; a key set to undefined means "all". */
  onChange: (patch: { types?: string[]; entityTypes?: EntityType[] }) => void;
}

/** A checkbox that can show "some" (indeterminate), which React cannot set as an attribute. */
function Check({ checked, mixed, onChange }: { checked: boolean; mixed?: boolean; onChange: () => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = !!mixed;
  }, [mixed]);
  return <input ref={ref} type="checkbox" checked={checked} onChange={onChange} />;
}

/** Toggles per relation class, relation type and entity type; each says how many relations or entities in the window it governs. */
export function FiltersPanel({ relationTypes, entityTypes, shownTypes, shownEntityTypes, counts, onChange }: FiltersPanelProps) {
  const allTypes = [...relationTypes.values()].flat().map((t) => t.id);
  const typeShown = (id: string) => !shownTypes || shownTypes.includes(id);
  const entityShown = (t: EntityType) => !shownEntityTypes || shownEntityTypes.includes(t);
  const hiddenTypes = allTypes.filter((t) => !typeShown(t)).length;
  const hiddenEntities = entityTypes.filter((t) => !entityShown(t)).length;

  // "All shown" is stored as no filter, so the URL stays short and new types show up.
  const setTypes = (shown: Set<string>) => onChange({ types: allTypes.every((t) => shown.has(t)) ? undefined : allTypes.filter((t) => shown.has(t)) });
  const toggleTypes = (ids: string[], show: boolean) => {
    const shown = new Set(allTypes.filter(typeShown));
    for (const id of ids) {
      if (show) shown.add(id);
      else shown.delete(id);
    }
    setTypes(shown);
  };
  const toggleEntityType = (t: EntityType) => {
    const shown = new Set(entityTypes.filter(entityShown));
    if (shown.has(t)) shown.delete(t);
    else shown.add(t);
    onChange({ entityTypes: entityTypes.every((e) => shown.has(e)) ? undefined : entityTypes.filter((e) => shown.has(e)) });
  };

  const summary = hiddenTypes + hiddenEntities === 0 ? "all shown" : `${hiddenTypes + hiddenEntities} hidden`;
  return (
    <details className="filters">
      <summary>
        Filters <span className="count">({summary})</span>
      </summary>
      <div className="filters-body">
        <fieldset>
          <legend>Relations</legend>
          <ul className="classes">
            {[...relationTypes].map(([cls, types]) => {
              const ids = types.map((t) => t.id);
              const shown = ids.filter(typeShown).length;
              return (
                <li key={cls}>
                  <label className="class-toggle">
                    <Check checked={shown === ids.length} mixed={shown > 0 && shown < ids.length} onChange={() => toggleTypes(ids, shown < ids.length)} />
                    <span className="swatch line" style={{ background: CLASS_COLORS[cls] }} aria-hidden="true" />
                    {CLASS_LABELS[cls]} ({counts.classes[cls]})
                  </label>
                  <ul className="types">
                    {types.map((t) => (
                      <li key={t.id}>
                        <label>
                          <Check checked={typeShown(t.id)} onChange={() => toggleTypes([t.id], !typeShown(t.id))} />
                          {t.label} ({counts.relationTypes.get(t.id) ?? 0})
                        </label>
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </fieldset>
        <fieldset>
          <legend>Entities</legend>
          <ul className="entity-types">
            {entityTypes.map((t) => (
              <li key={t}>
                <label>
                  <Check checked={entityShown(t)} onChange={() => toggleEntityType(t)} />
                  <span className="swatch dot" style={{ background: ENTITY_COLORS[t] }} aria-hidden="true" />
                  {ENTITY_TYPE_LABELS[t]} ({counts.entityTypes[t]})
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button
          type="button"
          disabled={hiddenTypes + hiddenEntities === 0}
          onClick={() => onChange({ types: undefined, entityTypes: undefined })}
        >
          Show all
        </button>
      </div>
    </details>
  );
}
