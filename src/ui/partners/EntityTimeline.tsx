import { forwardRef, useMemo, useState } from "react";
import { parseDate } from "../../model/time/dates";
import { relationDateText } from "../../model/dataset/describe";
import type { Model, RelationAttributes } from "../../model/dataset/graph";
import { periodScale, phraseFor, type PartnerGrid } from "../../model/partners";
import { RELATION_CLASSES } from "../../model/dataset/vocabulary";
import type { TimeWindow } from "../../model/time/window";
import { pointAtRelations, useGraphHoveredRelation } from "../../render/graph/linkedHighlight";
import { CLASS_COLORS } from "../../render/style/style";

interface EntityTimelineProps {
  model: Model;
  grid: PartnerGrid;
  label: string;
  window: TimeWindow;
  onSelectRelation: (relation: string) => void;
}

export const TIMELINE = { label: 132, column: 30, lane: 18, axis: 58 } as const;

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
  // The mark under the pointer, here or in the graph, is described under the timeline (SVG titles would be hidden text in the page).
  const [pointed, setPointed] = useState<string | null>(null);
  const hot = pointed ?? graphHot;
  const { periods, rows } = grid;
  const width = TIMELINE.label + periods.length * TIMELINE.column + 8;
  const height = TIMELINE.axis + rows.length * TIMELINE.lane + 4;
  const x = useMemo(() => periodScale(periods, TIMELINE.label, periods.length * TIMELINE.column), [periods]);
  const lanes = useMemo(() => rows.map((row) => ({ row, marks: marksOf(model, grid.entity, row.partner, x) })), [model, grid.entity, rows, x]);
  const right = TIMELINE.label + periods.length * TIMELINE.column;
  return (
    <section className="entity-timeline" aria-label={`Timeline of ${label}`} tabIndex={0}>
      <svg ref={ref} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Relations of ${label} with ${rows.length} partners over time`}>
        <defs>
          {RELATION_CLASSES.map((c) => (
            <linearGradient key={c} id={`fade-${c}`}>
              <stop offset="0" stopColor={CLASS_COLORS[c]} stopOpacity="0.9" />
              <stop offset="1" stopColor={CLASS_COLORS[c]} stopOpacity="0" />
            </linearGradient>
          ))}
        </defs>
        <rect className="window-shade" x={x(window.first)} y={TIMELINE.axis - 4} width={Math.max(2, x(window.last + 1) - x(window.first))} height={height - TIMELINE.axis + 4} />
        {periods.map((p, i) => (
          <g key={p.first}>
            <line className="gridline" x1={TIMELINE.label + i * TIMELINE.column} x2={TIMELINE.label + i * TIMELINE.column} y1={TIMELINE.axis - 4} y2={height} />
            <text className="axis" transform={`translate(${TIMELINE.label + (i + 0.5) * TIMELINE.column + 3} ${TIMELINE.axis - 8}) rotate(-90)`}>
              {p.label}
            </text>
          </g>
        ))}
        <line className="gridline" x1={right} x2={right} y1={TIMELINE.axis - 4} y2={height} />
        {lanes.map(({ row, marks }, lane) => {
          const y = TIMELINE.axis + lane * TIMELINE.lane;
          return (
            <g key={row.partner} data-partner={row.partner}>
              <text className="lane-label" x={TIMELINE.label - 6} y={y + TIMELINE.lane / 2 + 4}>
                {row.label.length > 22 ? `${row.label.slice(0, 21)}…` : row.label}
              </text>
              {marks.map((m) => (
                <MarkShape key={m.id} mark={m} y={y} hot={m.id === graphHot} onPoint={setPointed} onSelect={onSelectRelation} />
              ))}
            </g>
          );
        })}
      </svg>
      <p className="timeline-readout">{(hot && lanes.flatMap((l) => l.marks).find((m) => m.id === hot)?.title) || "\u00a0"}</p>
    </section>
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
