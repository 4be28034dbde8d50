import { describeCell, type PartnerCell, type PartnerGrid, type PartnerSort, type Period } from "../../model/partners";
import { RELATION_CLASSES } from "../../model/dataset/vocabulary";
import { CLASS_COLORS, CLASS_LABELS } from "../../render/style/style";

interface PartnersGridProps {
  grid: PartnerGrid;
  label: string;
  sort: PartnerSort;
  onSort: (sort: PartnerSort) => void;
  /** The cell picked last (partner and period index), drawn as selected. */
  picked?: { partner: string; period: number };
  onPick: (partner: string, period: number) => void;
  /** Periods inside the current window, shaded. */
  inWindow: (period: Period) => boolean;
}

/**
 * "Partners of <label> by year": one row per partner, one column per period. A cell draws the states
 * that held as bars along its foot (they join up across columns) and the events as dots, each in its
 * class colour; its button says the same in words and picks the cell.
 */
export function PartnersGrid({ grid, label, sort, onSort, picked, onPick, inWindow }: PartnersGridProps) {
  return (
    <div className="partners-grid">
      <div className="partners-sort" role="radiogroup" aria-label="Sort partners">
        <span className="muted">Sort:</span>
        {(
          [
            ["first", "first appearance"],
            ["activity", "activity"],
          ] as const
        ).map(([value, text]) => (
          <label key={value}>
            <input type="radio" name={`partners-sort-${grid.entity}`} checked={sort === value} onChange={() => onSort(value)} />
            {text}
          </label>
        ))}
      </div>
      <div className="partners-scroll">
        <table aria-label={`Partners of ${label} by year`}>
          <thead>
            <tr>
              <th scope="col" className="partner-head">
                Partner
              </th>
              {grid.periods.map((p) => (
                <th key={p.first} scope="col" className={`period${inWindow(p) ? " in-window" : ""}`} title={p.label}>
                  <span>{p.label}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.partner} data-partner={row.partner}>
                <th scope="row" className="partner-name">
                  {row.label}
                </th>
                {row.cells.map((cell, i) => {
                  const period = grid.periods[i];
                  const isPicked = picked?.partner === row.partner && picked.period === i;
                  return (
                    <td key={period.first} className={inWindow(period) ? "in-window" : undefined}>
                      {cell && (
                        <button
                          type="button"
                          className="cell"
                          aria-pressed={isPicked}
                          aria-label={`${row.label}, ${period.label}: ${describeCell(cell, CLASS_LABELS)}`}
                          title={`${row.label}, ${period.label}: ${describeCell(cell, CLASS_LABELS)}`}
                          onClick={() => onPick(row.partner, i)}
                        >
                          <CellMarks cell={cell} />
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Event dots above, state bars below; one of each per class present. */
function CellMarks({ cell }: { cell: PartnerCell }) {
  const events = cell.events.reduce((a, b) => a + b, 0);
  return (
    <span className="marks" aria-hidden="true">
      <span className="events">
        {RELATION_CLASSES.map((c, i) => cell.events[i] > 0 && <span key={c} className="dot" style={{ background: CLASS_COLORS[c] }} />)}
        {events > 1 && <span className="n">{events > 99 ? "99+" : events}</span>}
      </span>
      <span className="states">
        {RELATION_CLASSES.map((c, i) => cell.states[i] > 0 && <span key={c} className="bar" style={{ background: CLASS_COLORS[c] }} />)}
      </span>
    </span>
  );
}

/** What the marks mean, under the grid and the timeline. */
export function PartnersKey({ classes, events = false }: { classes: readonly (typeof RELATION_CLASSES)[number][]; /** Events only (an event table). */ events?: boolean }) {
  return (
    <ul className="partners-key" aria-label="Key">
      <li>
        <span className="dot key-dot" aria-hidden="true" /> event
      </li>
      {!events && (
        <li>
          <span className="bar key-bar" aria-hidden="true" /> state held
        </li>
      )}
      {classes.map((c) => (
        <li key={c}>
          <span className="swatch-sq" style={{ background: CLASS_COLORS[c] }} aria-hidden="true" />
          {CLASS_LABELS[c]}
        </li>
      ))}
    </ul>
  );
}
