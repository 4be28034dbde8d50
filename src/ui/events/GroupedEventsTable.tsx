import { useState } from "react";
import type { GroupedRow } from "../../model/events/present";
import { CHANGE_LABELS } from "../../render/style/changeStyle";
import { CLASS_LABELS } from "../../render/style/style";
import { MoreRows, ROW_PAGE } from "../explorer/RelationsTable";

/** "Relations in view" for an event table: one row per drawn edge (source, target, class), busiest first. */
export function GroupedEventsTable({ rows, selected, onSelect }: { rows: GroupedRow[]; selected: number | null; onSelect: (key: number) => void }) {
  const [limit, setLimit] = useState(ROW_PAGE);
  const shown = rows.slice(0, limit);
  // Compare: how each edge changed between the two days, as the explorer's table shows.
  const changes = rows.some((r) => r.change);
  return (
    <div className="relations">
      <h2>
        Relations in view <span className="count">({rows.length} grouped by source, target and class)</span>
      </h2>
      <div className="table-scroll">
        <table aria-label="Relations in view" className="grouped-events">
          <thead>
            <tr>
              {["Source", "Target", "Class", "Events", "Goldstein", "First", "Last", ...(changes ? ["Change"] : [])].map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.key} aria-selected={r.key === selected} className={r.key === selected ? "selected" : undefined} onClick={() => onSelect(r.key)}>
                <td>{r.source}</td>
                <td>{r.target}</td>
                <td>
                  <button type="button" className="link row-select" aria-label={`${r.source} to ${r.target}, ${CLASS_LABELS[r.class].toLowerCase()}: ${r.count} events`}>
                    {CLASS_LABELS[r.class]}
                  </button>
                </td>
                <td className="number">{r.count}</td>
                <td className="number">{r.goldstein}</td>
                <td>{r.firstDate}</td>
                <td>{r.lastDate}</td>
                {changes && <td>{r.change ? CHANGE_LABELS[r.change] : ""}</td>}
              </tr>
            ))}
          </tbody>
        </table>
        <MoreRows shown={shown.length} total={rows.length} what="edges" onMore={() => setLimit(shown.length + ROW_PAGE)} />
      </div>
    </div>
  );
}
