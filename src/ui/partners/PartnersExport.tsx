import { useState, type RefObject } from "react";
import type { Model } from "../../model/dataset/graph";
import { changesCsv, gridCsv, type EntityChanges, type PartnerGrid, type Period } from "../../model/partners";
import type { RelationClass } from "../../model/dataset/schema";
import { attributionFor } from "../../model/frame/snapshot";
import { partnersGridPng } from "../../render/export/partnersGridImage";
import { svgToPng } from "../../render/export/svgImage";
import { downloadBlob } from "../export/download";

interface PartnersExportProps {
  model: Model;
  grid: PartnerGrid;
  changes: EntityChanges;
  label: string;
  classes: RelationClass[];
  timeline: RefObject<SVGSVGElement | null>;
  /** Periods inside the window, shaded in the grid's image as on the page. */
  inWindow: (period: Period) => boolean;
}

/** Exports of the partners views: the grid and "What changed" as CSV, the timeline as PNG with caption and legend. */
export function PartnersExport({ model, grid, changes, label, classes, timeline, inWindow }: PartnersExportProps) {
  const [error, setError] = useState<string | null>(null);
  const base = `entente-${model.dataset.meta.id}-${grid.entity}`;
  const csv = (text: string, name: string) => downloadBlob(new Blob([text], { type: "text/csv;charset=utf-8" }), `${base}-${name}.csv`);
  const relations = () => new Set(grid.rows.flatMap((r) => r.cells.flatMap((c) => c?.relations ?? [])));
  const span = grid.periods.length ? `${grid.periods[0].from}–${grid.periods[grid.periods.length - 1].to}` : "";
  const png = async (name: string, draw: () => Promise<Blob>) => {
    try {
      setError(null);
      downloadBlob(await draw(), `${base}-${name}.png`);
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const timelinePng = () => {
    const svg = timeline.current;
    if (!svg) return;
    void png("timeline", () =>
      svgToPng(svg, {
        caption: `Timeline of ${label}, ${span} · ${model.dataset.meta.title}`,
        attribution: attributionFor(model, relations()),
        entityTypes: [],
        classes,
        note: "Bars: states, from start to end (a fading end is approximate or imprecise). Ticks: events, as wide as their date.",
      }),
    );
  };
  const gridPng = () =>
    void png("partners", () =>
      partnersGridPng(
        grid,
        inWindow,
        {
          caption: `Partners of ${label} by year, ${span} · ${model.dataset.meta.title}`,
          attribution: attributionFor(model, relations()),
          entityTypes: [],
          classes,
          note: "Dots: events in that year. Bars: states that held. The window's years are shaded.",
        },
        document.documentElement.dataset.theme === "dark",
      ),
    );
  return (
    <div className="partners-export" role="group" aria-label={`Export partners of ${label}`}>
      <button type="button" onClick={() => csv(gridCsv(grid), "partners")}>
        Partners CSV
      </button>
      <button type="button" onClick={() => csv(changesCsv(model, changes), "changes")}>
        What changed CSV
      </button>
      <button type="button" onClick={gridPng}>
        Partners PNG
      </button>
      <button type="button" onClick={timelinePng}>
        Timeline PNG
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
