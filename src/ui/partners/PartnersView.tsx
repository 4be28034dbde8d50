import { useEffect, useMemo, useRef, useState } from "react";
import { relationDateText } from "../../model/dataset/describe";
import { entityChanges, partnerGrid, type PartnerSort, type Period } from "../../model/partners";
import type { Model } from "../../model/dataset/graph";
import { monthNumber, windowsFor } from "../../model/time/timeModes";
import { pointAtRelations } from "../../render/graph/linkedHighlight";
import { selectionOf } from "../../state/view/useTimeView";
import type { ViewState } from "../../state/view/view";
import { EntityTimeline } from "./EntityTimeline";
import { PartnersExport } from "./PartnersExport";
import { PartnersGrid, PartnersKey } from "./PartnersGrid";
import { WhatChanged } from "./WhatChanged";
import "./partners.css";

export interface PartnersViewProps {
  model: Model;
  entity: string;
  view: ViewState;
  /** Last year of the dataset: the grid's columns run to it. */
  lastYear: number;
  /** Shows a period: sets the window to it. */
  onPeriod: (period: Period) => void;
  onSelectRelation: (relation: string) => void;
}

/** Partners drawn before "Show all". */
const ROWS_SHOWN = 30;

/** The two days "What changed" compares: Compare's days, As of's twelve months, or the window's first and last day. */
function comparedDays(view: ViewState): { from: number; to: number; basis: string } {
  const selection = selectionOf(view);
  if (selection.mode === "compare") return { from: selection.from, to: selection.to, basis: "compared dates" };
  const w = windowsFor(selection).event;
  return { from: w.first, to: w.last, basis: selection.mode === "asof" ? "the 12 months to the As of date" : "window" };
}

/** Partners by year, what changed, and the timeline of one entity, linked to the graph. */
export function PartnersView({ model, entity, view, lastYear, onPeriod, onSelectRelation }: PartnersViewProps) {
  const label = model.graph.getNodeAttribute(entity, "entity").label;
  const [sort, setSort] = useState<PartnerSort>("first");
  const [picked, setPicked] = useState<{ partner: string; period: number } | undefined>();
  const [allRows, setAllRows] = useState(false);
  const months = view.fromMonth !== undefined && view.toMonth !== undefined && !view.at && !view.compare;
  const columns = months
    ? ({ unit: "month", fromMonth: monthNumber(view.from, view.fromMonth!), toMonth: monthNumber(view.to, view.toMonth!) } as const)
    : ({ unit: "year", lastYear } as const);
  const columnKey = JSON.stringify(columns);
  const full = useMemo(() => partnerGrid(model, entity, columns, sort), [model, entity, columnKey, sort]);
  // A hub has hundreds of partners: the first ones are drawn until asked for all (the CSV has all).
  const grid = useMemo(() => (allRows || full.rows.length <= ROWS_SHOWN ? full : { ...full, rows: full.rows.slice(0, ROWS_SHOWN) }), [full, allRows]);
  const { from, to, basis } = comparedDays(view);
  const changes = useMemo(() => entityChanges(model, entity, from, to), [model, entity, from, to]);
  const window = windowsFor(selectionOf(view)).state;
  const timeline = useRef<SVGSVGElement>(null);

  // A new entity or new columns forget the picked cell; leaving the panel stops pointing at its relations.
  useEffect(() => {
    setPicked(undefined);
    setAllRows(false);
  }, [entity, columnKey]);
  useEffect(() => () => pointAtRelations(null), []);
  const pickedCell = picked && grid.rows.find((r) => r.partner === picked.partner)?.cells[picked.period];
  useEffect(() => pointAtRelations(pickedCell ? pickedCell.relations : null), [pickedCell]);

  const pick = (partner: string, period: number) => {
    const cell = grid.rows.find((r) => r.partner === partner)?.cells[period];
    if (!cell) return;
    onPeriod(grid.periods[period]);
    // One relation: open it (Close returns here). Several: keep them picked, listed and emphasised.
    if (cell.relations.length === 1) onSelectRelation(cell.relations[0]);
    else setPicked({ partner, period });
  };
  const classes = useMemo(() => {
    const used = new Set<string>();
    model.graph.forEachEdge(entity, (_, a) => used.add(a.class));
    return (["verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict", "structural"] as const).filter((c) => used.has(c));
  }, [model, entity]);

  if (grid.rows.length === 0) return null;
  const pickedRow = picked && grid.rows.find((r) => r.partner === picked.partner);
  return (
    <div className="partners">
      <h3>
        Partners by {months ? "month" : "year"} <span className="count">({full.rows.length})</span>
      </h3>
      <PartnersGrid
        grid={grid}
        label={label}
        sort={sort}
        onSort={setSort}
        picked={picked}
        onPick={pick}
        inWindow={(p) => p.first <= window.last && p.last >= window.first}
      />
      {full.rows.length > ROWS_SHOWN && (
        <button type="button" className="link more-partners" onClick={() => setAllRows((a) => !a)}>
          {allRows ? `Show the first ${ROWS_SHOWN} partners` : `Show all ${full.rows.length} partners`}
        </button>
      )}
      {pickedCell && pickedRow && (
        <div className="picked" role="status">
          <p>
            {label} and {pickedRow.label}, {grid.periods[picked!.period].label}: {pickedCell.relations.length} relations
          </p>
          <ul>
            {pickedCell.relations.map((id) => (
              <li key={id}>
                <button type="button" className="link" onClick={() => onSelectRelation(id)}>
                  {model.graph.getEdgeAttribute(id, "relation").label} ({model.graph.getNodeAttribute(model.graph.source(id), "entity").label} →{" "}
                  {model.graph.getNodeAttribute(model.graph.target(id), "entity").label}, {relationDateText(model.graph.getEdgeAttribute(id, "relation"))})
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <PartnersKey classes={classes} />
      <WhatChanged changes={changes} label={label} basis={basis} onSelectRelation={onSelectRelation} />
      <h3>Timeline</h3>
      <EntityTimeline ref={timeline} model={model} grid={grid} label={label} window={window} onSelectRelation={onSelectRelation} />
      <PartnersExport model={model} grid={full} changes={changes} label={label} classes={classes} timeline={timeline} inWindow={(p) => p.first <= window.last && p.last >= window.first} />
    </div>
  );
}

