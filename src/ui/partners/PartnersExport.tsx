import type { RefObject } from "react";
import { isoDay } from "../../model/time/dates";
import type { Model } from "../../model/dataset/graph";
import { changesCsv, gridCsv, periodSpan, timelineCsv, type EntityChanges, type PartnerGrid, type Period } from "../../model/partners";
import type { RelationClass } from "../../model/dataset/schema";
import { attributionFor } from "../../model/frame/snapshot";
import type { Theme } from "../../render/graph/highlight";
import { linesPng } from "../../render/export/linesImage";
import { partnersGridPng } from "../../render/export/partnersGridImage";
import { svgToPng } from "../../render/export/svgImage";
import { csvBlob, ExportButtons } from "./ExportButtons";
import { changeSections } from "./WhatChanged";

interface PartnersExportProps {
  model: Model;
  grid: PartnerGrid;
  changes: EntityChanges;
  label: string;
  classes: RelationClass[];
  timeline: RefObject<SVGSVGElement | null>;
  /** Periods inside the window, shaded in the grid's image as on the page. */
  inWindow: (period: Period) => boolean;
  theme: Theme;
}

/** Exports of the partners views: the grid, What changed and the timeline, each as CSV and as PNG with caption and legend. */
export function PartnersExport({ model, grid, changes, label, classes, timeline, inWindow, theme }: PartnersExportProps) {
  const span = periodSpan(grid);
  const title = model.dataset.meta.title;
  const band = (caption: string, relations: Iterable<string>, note: string) => ({ caption: `${caption} · ${title}`, attribution: attributionFor(model, relations), entityTypes: [], classes, note });
  const inGrid = () => new Set(grid.rows.flatMap((r) => r.cells.flatMap((c) => c?.relations ?? [])));
  const inChanges = () => [changes.gained, changes.lost, changes.opponentsGained, changes.opponentsLost].flatMap((l) => l.flatMap((p) => p.relations)).concat([changes.began, changes.ended, changes.events].flatMap((l) => l.map((i) => i.relation)));
  return (
    <ExportButtons
      label={label}
      base={`entente-${model.dataset.meta.id}-${grid.entity}`}
      items={[
        { name: "Partners CSV", file: "partners.csv", make: () => csvBlob(gridCsv(grid)) },
        { name: "What changed CSV", file: "changes.csv", make: () => csvBlob(changesCsv(model, changes)) },
        { name: "Timeline CSV", file: "timeline.csv", make: () => csvBlob(timelineCsv(model, grid)) },
        {
          name: "Partners PNG",
          file: "partners.png",
          make: () => partnersGridPng(grid, inWindow, band(`Partners of ${label} by year, ${span}`, inGrid(), "Dots: events in that year. Bars: states that held. The window's years are shaded."), theme === "dark"),
        },
        {
          name: "What changed PNG",
          file: "changes.png",
          make: () => linesPng(changeSections(changes), band(`What changed for ${label}, ${isoSpan(changes)}`, inChanges(), "Partners: cooperation or structural ties; opponents: conflict."), theme === "dark"),
        },
        {
          name: "Timeline PNG",
          file: "timeline.png",
          make: () => {
            if (!timeline.current) throw new Error("the timeline is not drawn");
            return svgToPng(timeline.current, band(`Timeline of ${label}, ${span}`, inGrid(), "Bars: states, from start to end (a fading end is approximate or imprecise). Ticks: events, as wide as their date."));
          },
        },
      ]}
    />
  );
}

const isoSpan = (c: EntityChanges) => `${isoDay(c.from)} → ${isoDay(c.to)}`;
