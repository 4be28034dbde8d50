import type { ReactNode } from "react";
import { useEffect, useMemo, useRef, useState } from "react";
import type { EventTable } from "../../model/events/table";
import { actorChanges, actorChangesCsv, actorTimeline, actorTimelineCsv, changeWindows, eventPartnerGrid, eventsByEntity, gridCsv, periodSpan, type PartnerSort, type Period } from "../../model/partners";
import { windowsFor, type TimeSelection } from "../../model/time/timeModes";
import { RELATION_CLASSES } from "../../model/dataset/vocabulary";
import type { Theme } from "../../render/graph/highlight";
import { linesPng } from "../../render/export/linesImage";
import { pointAtRelations } from "../../render/graph/linkedHighlight";
import { partnersGridPng } from "../../render/export/partnersGridImage";
import { svgToPng } from "../../render/export/svgImage";
import { Panel } from "../explorer/Panel";
import { ActorChanges, actorChangeSections, changeSpans } from "./ActorChanges";
import { ActorTimeline } from "./ActorTimeline";
import { csvBlob, ExportButtons } from "./ExportButtons";
import { PartnersGrid, PartnersKey } from "./PartnersGrid";
import "./partners.css";

interface ActorPartnersPanelProps {
  datasetId: string;
  /** The event file, named as the images' source. */
  file: string;
  table: EventTable;
  entityOf: Int32Array;
  labels: readonly string[];
  actor: number;
  lastYear: number;
  /** The window's years, shaded in the grid. */
  from: number;
  to: number;
  /** The view's time: "What changed" compares its two windows (see changeWindows). */
  selection: TimeSelection;
  onPeriod: (period: Period) => void;
  onClose: () => void;
  /** The page's theme: the images are drawn on its background. */
  theme: Theme;
}

/** Partners drawn before "Show all". */
const ROWS_SHOWN = 30;

/** An actor of an event table: its partners by year, events counted per class, as for an entity of a curated dataset. */
export function ActorPartnersPanel({ datasetId, file, table, entityOf, labels, actor, lastYear, from, to, selection, onPeriod, onClose, theme, bare = false }: ActorPartnersPanelProps & { bare?: boolean }) {
  const [sort, setSort] = useState<PartnerSort>("activity");
  const [allRows, setAllRows] = useState(false);
  // The per-actor index is built once per table and mapping, the first time an actor is opened.
  const index = useMemo(() => eventsByEntity(table, entityOf, labels.length), [table, entityOf, labels]);
  const full = useMemo(() => eventPartnerGrid(table, entityOf, labels, index, actor, lastYear, sort), [table, entityOf, labels, index, actor, lastYear, sort]);
  const grid = useMemo(() => (allRows || full.rows.length <= ROWS_SHOWN ? full : { ...full, rows: full.rows.slice(0, ROWS_SHOWN) }), [full, allRows]);
  const label = labels[actor];
  const inWindow = (p: Period) => p.from <= to && p.to >= from;
  const windows = useMemo(() => changeWindows(selection), [selection]);
  const changes = useMemo(() => actorChanges(table, entityOf, labels, index, actor, windows.first, windows.second), [table, entityOf, labels, index, actor, windows]);
  const lanes = useMemo(() => actorTimeline(table, entityOf, index, actor, grid.rows.map((r) => Number(r.partner))), [table, entityOf, index, actor, grid]);
  const timeline = useRef<SVGSVGElement>(null);
  // Leaving the panel stops pointing at its edges.
  useEffect(() => () => pointAtRelations(null), []);
  const span = periodSpan(full);
  const band = (caption: string, note: string) => ({ caption, attribution: `Source: ${file}`, entityTypes: [], classes: RELATION_CLASSES.filter((c) => c !== "structural"), note });
  const exports = [
    { name: "Partners CSV", file: "partners.csv", make: () => csvBlob(gridCsv(full)) },
    { name: "What changed CSV", file: "changes.csv", make: () => csvBlob(actorChangesCsv(changes, windows.first, windows.second)) },
    { name: "Timeline CSV", file: "timeline.csv", make: () => csvBlob(actorTimelineCsv(actorTimeline(table, entityOf, index, actor, full.rows.map((r) => Number(r.partner))), labels)) },
    { name: "Partners PNG", file: "partners.png", make: () => partnersGridPng(full, inWindow, band(`Partners of ${label} by year, ${span}`, "Dots: events in that year, by class. The window's years are shaded."), theme === "dark") },
    { name: "What changed PNG", file: "changes.png", make: () => linesPng(actorChangeSections(changes), band(`What changed for ${label}, ${changeSpans(windows.first, windows.second)}`, "Events per class in the earlier span, then the later."), theme === "dark") },
    {
      name: "Timeline PNG",
      file: "timeline.png",
      make: () => {
        if (!timeline.current) throw new Error("the timeline is not drawn");
        return svgToPng(timeline.current, band(`Timeline of ${label}, ${span}`, "Ticks: a month's events of a class with the partner (paler: one event)."));
      },
    },
  ];
  return (
    <Frame bare={bare} title={label} onClose={onClose}>
      <div className="partners">
        <h3>
          Partners by year <span className="count">({full.rows.length})</span>
        </h3>
        <PartnersGrid grid={grid} label={label} sort={sort} onSort={setSort} onPick={(_, i) => onPeriod(grid.periods[i])} inWindow={inWindow} />
        {full.rows.length > ROWS_SHOWN && (
          <button type="button" className="link more-partners" onClick={() => setAllRows((a) => !a)}>
            {allRows ? `Show the first ${ROWS_SHOWN} partners` : `Show all ${full.rows.length} partners`}
          </button>
        )}
        <PartnersKey classes={RELATION_CLASSES.filter((c) => c !== "structural")} events />
        <ActorChanges changes={changes} label={label} first={windows.first} second={windows.second} />
        <h3>Timeline</h3>
        <ActorTimeline ref={timeline} grid={grid} lanes={lanes} label={label} labels={labels} window={windowsFor(selection).event} />
        <ExportButtons label={label} base={`entente-${datasetId}-actor-${actor}`} items={exports} />
      </div>
    </Frame>
  );
}

/** Its own panel, or (bare) a part of the actor's panel that already has its heading and Close. */
function Frame({ bare, title, onClose, children }: { bare: boolean; title: string; onClose: () => void; children: ReactNode }) {
  return bare ? <>{children}</> : (
    <Panel title={title} kicker="Event actor" onClose={onClose}>
      {children}
    </Panel>
  );
}
