import { useEffect, useRef, useState, type ReactNode } from "react";
import "./layout.css";

type Sheet = "filters" | "table";

interface SidePanelsProps {
  /** Identifies the selection: a new one shows its panel. */
  selection?: string | number | null;
  /** Whether a selection's panel (`.panel`) is among the children. */
  hasPanel: boolean;
  /** The column's parts, told apart by their classes (layout.css): filters, panel, legend, relations table. */
  children: ReactNode;
}

/**
 * The side column beside the graph on wide screens. On narrow ones (layout.css) it is a sheet over the
 * graph showing one part at a time: the selection's panel when there is one, or the filters (with the
 * legend) or the table chosen from its tabs, each with a visible Close and one scroll area.
 */
export function SidePanels({ selection, hasPanel, children }: SidePanelsProps) {
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const aside = useRef<HTMLElement>(null);
  useEffect(() => setSheet(null), [selection]);
  // The filters open in full as a sheet: their summary alone would be an empty sheet.
  useEffect(() => {
    if (sheet === "filters") aside.current?.querySelector("details.filters")?.setAttribute("open", "");
  }, [sheet]);
  const tab = (which: Sheet, label: string) => (
    <button type="button" aria-pressed={sheet === which} onClick={() => setSheet((s) => (s === which ? null : which))}>
      {label}
    </button>
  );
  return (
    <aside
      className="side"
      data-sheet={sheet ?? (hasPanel ? "panel" : "none")}
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
      {children}
    </aside>
  );
}
