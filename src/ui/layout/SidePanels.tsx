import { useEffect, useRef, useState, type ReactNode } from "react";
import "../layout.css";

type Sheet = "filters" | "table";

interface SidePanelsProps {
  filters: ReactNode;
  /** The selected entity's or relation's panel, if any. */
  panel?: ReactNode;
  legend: ReactNode;
  table: ReactNode;
  /** Identifies the selection: a new one shows its panel. */
  selection?: string | number | null;
}

/**
 * The side column beside the graph on wide screens. On narrow ones (layout.css) it is a sheet over the
 * graph showing one part at a time: the selection's panel when there is one, or the filters (with the
 * legend) or the table chosen from its tabs, each with a visible Close and one scroll area.
 */
export function SidePanels({ filters, panel, legend, table, selection }: SidePanelsProps) {
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const aside = useRef<HTMLElement>(null);
  useEffect(() => setSheet(null), [selection]);
  const shown = sheet ?? (panel ? "panel" : "none");
  // The filters open in full as a sheet: their summary alone would be an empty sheet.
  useEffect(() => {
    if (sheet === "filters") aside.current?.querySelector("[data-part=filters] details")?.setAttribute("open", "");
  }, [sheet]);
  const tab = (which: Sheet, label: string) => (
    <button type="button" aria-pressed={sheet === which} onClick={() => setSheet((s) => (s === which ? null : which))}>
      {label}
    </button>
  );
  return (
    <aside
      className="side"
      data-sheet={shown}
      ref={aside}
      onKeyDown={(e) => {
        if (e.key === "Escape" && sheet) {
          e.preventDefault();
          setSheet(null);
        }
      }}
    >
      <div className="sheet-tabs" role="group" aria-label="Panels">
        {tab("filters", "Filter")}
        {tab("table", "Table")}
        {sheet && (
          <button type="button" className="close sheet-close" onClick={() => setSheet(null)}>
            Close
          </button>
        )}
      </div>
      <div className="side-part" data-part="filters">
        {filters}
      </div>
      {panel && (
        <div className="side-part" data-part="panel">
          {panel}
        </div>
      )}
      <div className="side-part" data-part="legend">
        {legend}
      </div>
      <div className="side-part" data-part="table">
        {table}
      </div>
    </aside>
  );
}
