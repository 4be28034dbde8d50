import { forwardRef, type ReactNode } from "react";
import { periodScale, type Period } from "../../model/partners";
import type { TimeWindow } from "../../model/time/window";

export const TIMELINE = { label: 132, column: 30, lane: 18, axis: 58 } as const;

/** The timeline's x axis: every period a column of the same width, as in the grid. */
export const timelineScale = (periods: readonly Period[]) => periodScale(periods, TIMELINE.label, periods.length * TIMELINE.column);

interface TimelineFrameProps {
  /** Whose timeline: the region is named "Timeline of <label>". */
  label: string;
  /** The picture's own name (role img). */
  description: string;
  periods: readonly Period[];
  lanes: readonly { key: string; label: string }[];
  /** Shaded. */
  window: TimeWindow;
  x: (day: number) => number;
  /** What the mark under the pointer (here or in the graph) is, in words, under the picture. */
  readout: string | null;
  defs?: ReactNode;
  /** The marks of one lane, its top at `y`. */
  lane: (index: number, y: number) => ReactNode;
}

/**
 * What every timeline of partners draws around its marks: the period axis and gridlines, the shaded
 * window, a labelled lane per partner, and a line of words for the mark pointed at (SVG titles would be
 * hidden text in the page).
 */
export const TimelineFrame = forwardRef<SVGSVGElement, TimelineFrameProps>(function TimelineFrame({ label, description, periods, lanes, window, x, readout, defs, lane }, ref) {
  const right = TIMELINE.label + periods.length * TIMELINE.column;
  const width = right + 8;
  const height = TIMELINE.axis + lanes.length * TIMELINE.lane + 4;
  return (
    <section className="entity-timeline" aria-label={`Timeline of ${label}`} tabIndex={0}>
      <svg ref={ref} width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={description}>
        {defs && <defs>{defs}</defs>}
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
        {lanes.map((l, i) => {
          const y = TIMELINE.axis + i * TIMELINE.lane;
          return (
            <g key={l.key} data-partner={l.key}>
              <text className="lane-label" x={TIMELINE.label - 6} y={y + TIMELINE.lane / 2 + 4}>
                {l.label.length > 20 ? `${l.label.slice(0, 19)}…` : l.label}
              </text>
              {lane(i, y)}
            </g>
          );
        })}
      </svg>
      <p className="timeline-readout">{readout || "\u00a0"}</p>
    </section>
  );
});
