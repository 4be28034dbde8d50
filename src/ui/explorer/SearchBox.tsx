import { useEffect, useId, useMemo, useState, type KeyboardEvent } from "react";
import type { Entity } from "../../model/dataset/schema";
import type { EntityHit } from "../../model/dataset/search";
import { ENTITY_TYPE_LABELS } from "../../render/style/style";

interface SearchBoxProps {
  entities: Entity[];
  onSelect: (entity: string) => void;
}

type Search = (query: string) => EntityHit[];

/**
 * "Search entities": an ARIA 1.2 combobox with a listbox of fuzzy matches; arrows move, Enter selects, Escape closes.
 * The index (MiniSearch) is loaded and built when the box is first used, not with the page.
 */
export function SearchBox({ entities, onSelect }: SearchBoxProps) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [built, setBuilt] = useState<{ of: Entity[]; search: Search } | null>(null);
  const search = built?.of === entities ? built.search : null;
  const hits = useMemo(() => search?.(query) ?? [], [search, query]);
  // Enter pressed before the index was ready picks the active match once it is.
  const [enterWaiting, setEnterWaiting] = useState(false);
  const expanded = open && query.trim() !== "";
  const optionId = (i: number) => `${id}-option-${i}`;

  function prepare() {
    if (search) return;
    void import("../../model/dataset/search").then(({ buildEntityIndex, searchEntities }) => {
      const index = buildEntityIndex(entities);
      setBuilt({ of: entities, search: (q) => searchEntities(index, q) });
    });
  }

  function choose(i: number) {
    const hit = hits[i];
    if (!hit) return;
    onSelect(hit.id);
    setQuery("");
    setOpen(false);
  }

  useEffect(() => {
    if (!enterWaiting || !search) return;
    setEnterWaiting(false);
    choose(active);
  }, [enterWaiting, search]); // eslint-disable-line react-hooks/exhaustive-deps

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!expanded) {
        setOpen(true);
        setActive(0);
      } else if (hits.length > 0) {
        setActive((a) => (a + (e.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length);
      }
    } else if (e.key === "Enter" && expanded) {
      e.preventDefault();
      if (search) choose(active);
      else setEnterWaiting(true);
    } else if (e.key === "Escape" && (expanded || query !== "")) {
      // Escape first closes the list, then clears the text; only then may it close the panel.
      e.preventDefault();
      if (expanded) setOpen(false);
      else setQuery("");
    }
  }

  return (
    <div className="search">
      <input
        type="text"
        role="combobox"
        aria-label="Search entities"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={expanded && hits[active] ? optionId(active) : undefined}
        placeholder="Search entities"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onFocus={prepare}
        onChange={(e) => {
          prepare();
          setEnterWaiting(false);
          setQuery(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${id}-listbox`} role="listbox" aria-label="Matching entities" aria-busy={expanded && !search} className="search-results" hidden={!expanded}>
        {hits.map((hit, i) => (
          <li
            key={hit.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: the input must keep focus (blur would close the list first).
            onMouseDown={(e) => {
              e.preventDefault();
              choose(i);
            }}
            onMouseMove={() => setActive(i)}
          >
            <span className="hit-label">{hit.label}</span>
            <span className="hit-meta">
              {ENTITY_TYPE_LABELS[hit.type]}
              {hit.alias && ` · ${hit.alias}`}
            </span>
          </li>
        ))}
        {/* Not an option: the list holds none until the index has loaded (it is aria-busy until then). */}
        {expanded && !search && (
          <li role="none" className="no-hit">
            Searching…
          </li>
        )}
        {expanded && search && hits.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="no-hit">
            No entity matches
          </li>
        )}
      </ul>
    </div>
  );
}
