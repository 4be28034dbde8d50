import { forwardRef, useMemo, useState } from "react";
import { parseDate } from "../../model/time/dates";
import { relationDateText } from "../../model/dataset/describe";
import type { Model, RelationAttributes } from "../../model/dataset/graph";
import { phraseFor, type PartnerGrid } from "../../model/partners";
import { RELATION_CLASSES } from "../../model/dataset/vocabulary";
import type { TimeWindow } from "../../model/time/window";
import { pointAtRelations, useGraphHoveredRelation } from "../../render/graph/linkedHighlight";
import { CLASS_COLORS } from "../../render/style/style";
import { TIMELINE, TimelineFrame, timelineScale } from "./TimelineFrame";

interface EntityTimelineProps {
  model: Model;
  grid: PartnerGrid;
  label: string;
  window: TimeWindow;
  onSelectRelation: (relation: string) => void;
}

/** One mark of the timeline: a state's bar or an event's tick, where it is known and where it is fuzzy. */
interface Mark {
  id: string;
  kind: "event" | "state";
  cls: (typeof RELATION_CLASSES)[number];
  x: number;
  /** End of the part known for sure. */
  x1: number;
  /** End of the fuzzy part: the last day the end date can mean, further when it is approximate; open states run off the axis. */
  x2: number;
  approximate: boolean;
  title: string;
}

/** How far an approximate (~) end fades out past its date, in days. */
const APPROXIMATE_DAYS = 90;

/**
 * "Timeline of <label>": one lane per partner, in the grid's order and on its columns. States are
 * bars from start to end (an approximate or imprecise end fades out, an open one runs to the edge),
 * events are ticks as wide as their date (a month-wide tick for a month date); the window is
 * shaded. Hovering a mark emphasises its relation in the graph, and the relation under the pointer
 * in the graph is outlined here.
 */
export const EntityTimeline = forwardRef<SVGSVGElement, EntityTimelineProps>(function EntityTimeline({ model, grid, label, window, onSelectRelation }, ref) {
  const graphHot = useGraphHoveredRelation();
  const [pointed, setPointed] = useState<string | null>(null);
  const hot = pointed ?? graphHot;
  const { periods, rows } = grid;
  const x = useMemo(() => timelineScale(periods), [periods]);
  const lanes = useMemo(() => rows.map((row) => ({ key: row.partner, label: row.label, marks: marksOf(model, grid.entity, row.partner, x) })), [model, grid.entity, rows, x]);
  const defs = RELATION_CLASSES.map((c) => (
    <linearGradient key={c} id={`fade-${c}`}>
      <stop offset="0" stopColor={CLASS_COLORS[c]} stopOpacity="0.9" />
      <stop offset="1" stopColor={CLASS_COLORS[c]} stopOpacity="0" />
    </linearGradient>
  ));
  return (
    <TimelineFrame
      ref={ref}
      label={label}
      description={`Relations of ${label} with ${rows.length} partners over time`}
      periods={periods}
      lanes={lanes}
      window={window}
      x={x}
      defs={defs}
      readout={(hot && lanes.flatMap((l) => l.marks).find((m) => m.id === hot)?.title) || null}
      lane={(i, y) => lanes[i].marks.map((m) => <MarkShape key={m.id} mark={m} y={y} hot={m.id === graphHot} onPoint={setPointed} onSelect={onSelectRelation} />)}
    />
  );
});

interface MarkProps {
  mark: Mark;
  y: number;
  hot: boolean;
  onPoint: (id: string | null) => void;
  onSelect: (id: string) => void;
}

function MarkShape({ mark: m, y, hot, onPoint, onSelect }: MarkProps) {
  const common = {
    "data-relation": m.id,
    className: `mark ${m.kind}${hot ? " hot" : ""}${m.approximate ? " approximate" : ""}`,
    onMouseEnter: () => {
      pointAtRelations([m.id]);
      onPoint(m.id);
    },
    onMouseLeave: () => {
      pointAtRelations(null);
      onPoint(null);
    },
    onClick: () => onSelect(m.id),
  };
  if (m.kind === "event") {
    return (
      <rect {...common} x={m.x} y={y + 2} width={Math.max(2, m.x2 - m.x)} height={TIMELINE.lane - 4} fill={CLASS_COLORS[m.cls]} />
    );
  }
  return (
    <g {...common}>
      <rect x={m.x} y={y + 5} width={Math.max(2, m.x1 - m.x)} height={TIMELINE.lane - 10} fill={CLASS_COLORS[m.cls]} />
      {m.x2 > m.x1 && <rect x={m.x1} y={y + 5} width={m.x2 - m.x1} height={TIMELINE.lane - 10} fill={`url(#fade-${m.cls})`} />}
      {/* A wider invisible target: thin bars are hard to point at. */}
      <rect x={m.x} y={y} width={Math.max(4, m.x2 - m.x)} height={TIMELINE.lane} fill="transparent" />
    </g>
  );
}

function marksOf(model: Model, entity: string, partner: string, x: (day: number) => number): Mark[] {
  const marks: Mark[] = [];
  // Edges between the two, either way round.
  model.graph.forEachEdge(entity, partner, (id, a) => marks.push(markOf(model, entity, id, a, x)));
  // States first, so the events' ticks are drawn over the bars.
  return marks.sort((p, q) => (p.kind === q.kind ? p.x - q.x : p.kind === "state" ? -1 : 1));
}

function markOf(model: Model, entity: string, id: string, a: RelationAttributes, x: (day: number) => number): Mark {
  const r = a.relation;
  const title = `${phraseFor(model, entity, r)} (${relationDateText(r)})`;
  const approximate = [r.date, r.start, r.end].some((d) => d?.endsWith("~"));
  if (a.kind === "event") return { id, kind: "event", cls: a.class, x: x(a.first), x1: x(a.last + 1), x2: x(a.last + 1), approximate, title };
  if (r.end === undefined) return { id, kind: "state", cls: a.class, x: x(a.first), x1: x(Infinity), x2: x(Infinity), approximate, title };
  const end = parseDate(r.end);
  const endFirst = typeof end === "string" ? a.last : end.first;
  const fuzzyTo = a.last + 1 + (r.end.endsWith("~") ? APPROXIMATE_DAYS : 0);
  return { id, kind: "state", cls: a.class, x: x(a.first), x1: x(endFirst), x2: x(fuzzyTo), approximate, title };
}
