import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { searchEntities, type EntityIndex } from "../../model/dataset/search";

interface PickerProps {
  /** Ids, aria-invalid and aria-describedby from its Field. */
  input: { id: string; "aria-invalid": boolean; "aria-describedby"?: string };
  index: EntityIndex;
  value: string;
  onChange: (id: string) => void;
  /** What a hit shows beside its label (its type, its publisher). */
  meta: (id: string) => string;
}

/** A combobox choosing a record by label or alias (the search's fuzzy index); shows the chosen record's label. */
export function Picker({ input, index, value, onChange, meta }: PickerProps) {
  const list = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const hits = useMemo(() => searchEntities(index, query ?? ""), [index, query]);
  const expanded = query !== null && query.trim() !== "";
  const chosen = index.entities.get(value)?.label ?? value;
  const choose = (i: number) => {
    if (!hits[i]) return;
    onChange(hits[i].id);
    setQuery(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!expanded) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (hits.length) setActive((a) => (a + (e.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === "Enter") {
      e.preventDefault();
      choose(active);
    } else if (e.key === "Escape") {
      e.preventDefault();
      setQuery(null);
    }
  };
  return (
    <div className="search picker">
      <input
        {...input}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={list}
        aria-activedescendant={expanded && hits[active] ? `${list}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query ?? chosen}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setQuery(null)}
      />
      <ul id={list} role="listbox" className="search-results" hidden={!expanded}>
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={`${list}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(i);
            }}
          >
            <span className="hit-label">{hit.label}</span>
            <span className="hit-meta">{[meta(hit.id), hit.alias].filter(Boolean).join(" · ")}</span>
          </li>
        ))}
        {expanded && hits.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="no-hit">
            Nothing matches
          </li>
        )}
      </ul>
    </div>
  );
}
