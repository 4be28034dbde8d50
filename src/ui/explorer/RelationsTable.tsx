import { useEffect, useRef, useState } from "react";
import { relationSentence } from "../../model/dataset/describe";
import type { Model, RelationAttributes } from "../../model/dataset/graph";
import { safeHref } from "../../model/dataset/safeHref";
import type { Relation, Source } from "../../model/dataset/schema";
import type { ChangeMark } from "../../model/time/timeModes";
import { CHANGE_COLORS, CHANGE_DESCRIPTIONS, CHANGE_LABELS } from "../../render/style/changeStyle";

interface RelationsTableProps {
  model: Model;
  relations: Set<string>;
  selected?: string;
  onSelect: (relation: string) => void;
  /** Compare mode: how each relation changed, shown in a Change column. */
  marks?: Map<string, ChangeMark>;
}

export function relationDate(r: Relation): string {
  if (r.date !== undefined) return r.date;
  return `${r.start} – ${r.end ?? "ongoing"}`;
}

const COLUMNS = ["Date", "Source", "Relation", "Target", "Citation"] as const;
/** Rows drawn at first, and added by each "Show more". */
export const ROW_PAGE = 500;
type Column = (typeof COLUMNS)[number];
type Sort = { column: Column; descending: boolean };

/** Sort keys per column; ties fall back to date, then id, so the order is always stable. */
function sortKey(model: Model, sources: Map<string, Source>, column: Column, a: RelationAttributes): string | number {
  const r = a.relation;
  const label = (id: string) => model.graph.getNodeAttribute(id, "entity").label;
  switch (column) {
    case "Date":
      return a.first;
    case "Source":
      return label(r.source);
    case "Relation":
      return r.label;
    case "Target":
      return label(r.target);
    case "Citation":
      return sources.get(r.citations[0].source)?.title ?? r.citations[0].source;
  }
}

function compare(x: string | number, y: string | number): number {
  return typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
}

/** "Relations in view": one row per relation in view, sortable by each column; a row selects its relation in the graph. */
export function RelationsTable({ model, relations, selected, onSelect, marks }: RelationsTableProps) {
  const { graph } = model;
  const [sort, setSort] = useState<Sort>({ column: "Date", descending: false });
  const body = useRef<HTMLTableSectionElement>(null);
  const sources = new Map(model.dataset.sources.map((s) => [s.id, s]));
  const rows = [...relations]
    .map((id) => graph.getEdgeAttributes(id))
    .sort((a, b) => {
      const by = compare(sortKey(model, sources, sort.column, a), sortKey(model, sources, sort.column, b));
      return (sort.descending ? -by : by) || a.first - b.first || a.relation.id.localeCompare(b.relation.id);
    });

  // Thousands of rows would freeze the page: rows are drawn a page at a time (always up to the selected one).
  const [limit, setLimit] = useState(ROW_PAGE);
  const selectedAt = selected ? rows.findIndex((a) => a.relation.id === selected) : -1;
  const shown = rows.slice(0, Math.max(limit, selectedAt + 1));

  // A relation selected elsewhere (its edge, a panel) is brought into view here.
  useEffect(() => {
    if (!selected) return;
    const row = body.current?.querySelector<HTMLElement>(`tr[data-relation="${CSS.escape(selected)}"]`);
    row?.scrollIntoView?.({ block: "nearest" });
  }, [selected]);

  return (
    <div className="relations">
      <h2 id="relations-heading">
        Relations in view <span className="count">({rows.length})</span>
      </h2>
      <div className="table-scroll">
        <table aria-label="Relations in view" className={marks ? "with-change" : undefined}>
          <thead>
            <tr>
              {COLUMNS.map((column) => {
                const active = sort.column === column;
                return (
                  <th key={column} scope="col" aria-sort={active ? (sort.descending ? "descending" : "ascending") : undefined}>
                    <button
                      type="button"
                      className="sort"
                      onClick={() => setSort({ column, descending: active ? !sort.descending : false })}
                    >
                      {column}
                    </button>
                  </th>
                );
              })}
              {marks && <th scope="col">Change</th>}
            </tr>
          </thead>
          <tbody ref={body}>
            {shown.map(({ relation: r }) => {
              const cite = r.citations[0];
              const source = sources.get(cite.source);
              const isSelected = r.id === selected;
              return (
                <tr key={r.id} data-relation={r.id} aria-selected={isSelected} className={isSelected ? "selected" : undefined} onClick={() => onSelect(r.id)}>
                  <td>{relationDate(r)}</td>
                  <td>{graph.getNodeAttribute(r.source, "entity").label}</td>
                  <td>
                    <button type="button" className="link row-select" aria-label={relationSentence(model, r)} aria-pressed={isSelected}>
                      {r.label}
                    </button>
                  </td>
                  <td>{graph.getNodeAttribute(r.target, "entity").label}</td>
                  <td className="citation">
                    <cite>
                      <SourceTitle title={source?.title ?? cite.source} url={source?.url} />
                    </cite>
                    {cite.quote && <q>{cite.quote}</q>}
                    {r.citations.length > 1 && <span className="more"> +{r.citations.length - 1} more</span>}
                  </td>
                  {marks && <ChangeCell mark={marks.get(r.id)} />}
                </tr>
              );
            })}
          </tbody>
        </table>
        <MoreRows shown={shown.length} total={rows.length} what="relations" onMore={() => setLimit(shown.length + ROW_PAGE)} />
      </div>
    </div>
  );
}

/** "Showing 500 of 2,000 relations. Show 500 more": thousands of rows would freeze the page. */
export function MoreRows({ shown, total, what, onMore }: { shown: number; total: number; what: string; onMore: () => void }) {
  if (shown >= total) return null;
  return (
    <p className="more-rows">
      Showing {shown} of {total} {what}.{" "}
      <button type="button" onClick={onMore}>
        Show {Math.min(ROW_PAGE, total - shown)} more
      </button>
    </p>
  );
}

/** A source's title, linked only when its URL is http(s): dataset text is untrusted. */
function SourceTitle({ title, url }: { title: string; url?: string }) {
  const href = safeHref(url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  ) : (
    <>{title}</>
  );
}

function ChangeCell({ mark }: { mark: ChangeMark | undefined }) {
  if (!mark) return <td />;
  return (
    <td>
      {/* The border keeps the graph's colour; the text takes a shade readable in each theme (time.css). */}
      <span className="change-badge" data-mark={mark} style={{ borderColor: CHANGE_COLORS[mark] }} title={CHANGE_DESCRIPTIONS[mark]}>
        {CHANGE_LABELS[mark]}
      </span>
    </td>
  );
}
