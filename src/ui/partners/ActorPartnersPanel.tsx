import type { ReactNode } from "react";
import { useMemo, useState } from "react";
import type { EventTable } from "../../model/events/table";
import { actorChanges, changeWindows, eventPartnerGrid, eventsByEntity, gridCsv, type PartnerSort, type Period } from "../../model/partners";
import type { TimeSelection } from "../../model/time/timeModes";
import { RELATION_CLASSES } from "../../model/dataset/vocabulary";
import { partnersGridPng } from "../../render/export/partnersGridImage";
import { downloadBlob } from "../export/download";
import { Panel } from "../explorer/Panel";
import { ActorChanges } from "./ActorChanges";
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
}

/** Partners drawn before "Show all". */
const ROWS_SHOWN = 30;

/** An actor of an event table: its partners by year, events counted per class, as for an entity of a curated dataset. */
export function ActorPartnersPanel({ datasetId, file, table, entityOf, labels, actor, lastYear, from, to, selection, onPeriod, onClose, bare = false }: ActorPartnersPanelProps & { bare?: boolean }) {
  const [sort, setSort] = useState<PartnerSort>("activity");
  const [allRows, setAllRows] = useState(false);
  // The per-actor index is built once per table and mapping, the first time an actor is opened.
  const index = useMemo(() => eventsByEntity(table, entityOf, labels.length), [table, entityOf, labels]);
  const full = useMemo(() => eventPartnerGrid(table, entityOf, labels, index, actor, lastYear, sort), [table, entityOf, labels, index, actor, lastYear, sort]);
  const grid = allRows || full.rows.length <= ROWS_SHOWN ? full : { ...full, rows: full.rows.slice(0, ROWS_SHOWN) };
  const label = labels[actor];
  const inWindow = (p: Period) => p.from <= to && p.to >= from;
  const gridPng = async () => {
    const span = full.periods.length ? `${full.periods[0].from}–${full.periods[full.periods.length - 1].to}` : "";
    const text = { caption: `Partners of ${label} by year, ${span}`, attribution: `Source: ${file}`, entityTypes: [], classes: RELATION_CLASSES.filter((c) => c !== "structural"), note: "Dots: events in that year, by class. The window's years are shaded." };
    const png = await partnersGridPng(full, inWindow, text, document.documentElement.dataset.theme === "dark");
    downloadBlob(png, `entente-${datasetId}-actor-${actor}-partners.png`);
  };
  const windows = useMemo(() => changeWindows(selection), [selection]);
  const changes = useMemo(() => actorChanges(table, entityOf, labels, index, actor, windows.first, windows.second), [table, entityOf, labels, index, actor, windows]);
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
        <div className="partners-export" role="group" aria-label={`Export partners of ${label}`}>
          <button type="button" onClick={() => downloadBlob(new Blob([gridCsv(full)], { type: "text/csv;charset=utf-8" }), `entente-${datasetId}-actor-${actor}-partners.csv`)}>
            Partners CSV
          </button>
          <button type="button" onClick={() => void gridPng()}>
            Partners PNG
          </button>
        </div>
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
