import { forwardRef, useMemo, useState } from "react";
import { isoDay } from "../../model/time/dates";
import { describeDate } from "../../model/dataset/describe";
import { edgeKey } from "../../model/events/aggregate";
import { EVENT_CLASSES } from "../../model/events/cameo";
import type { ActorLane, PartnerGrid } from "../../model/partners";
import type { TimeWindow } from "../../model/time/window";
import { pointAtRelations, useGraphHoveredRelation } from "../../render/graph/linkedHighlight";
import { CLASS_COLORS, CLASS_LABELS } from "../../render/style/style";
import { TIMELINE, TimelineFrame, timelineScale } from "./TimelineFrame";

interface ActorTimelineProps {
  grid: PartnerGrid;
  /** The grid's lanes (same partners, same order), built by actorTimeline. */
  lanes: readonly ActorLane[];
  label: string;
  labels: readonly string[];
  window: TimeWindow;
}

/** A month's events of one class with one partner: a tick in the class's row of the lane. */
interface Tick {
  /** The event graph's edges it stands for: either way round between the actor and the partner, this class. */
  edges: string[];
  cls: number;
  /** "2012-03". */
  month: string;
  x: number;
  width: number;
  count: number;
  title: string;
}

const ROW = (TIMELINE.lane - 4) / EVENT_CLASSES.length;

/**
 * "Timeline of <actor>" in an event table: a lane per partner, in the grid's order and on its columns; a
 * month's events of each class are a tick in that class's row (paler for a single event). Hovering a tick
 * draws its edges thicker in the graph; hovering an edge in the graph outlines its ticks and its lane.
 */
export const ActorTimeline = forwardRef<SVGSVGElement, ActorTimelineProps>(function ActorTimeline({ grid, lanes, label, labels, window }, ref) {
  const graphHot = useGraphHoveredRelation();
  const [pointed, setPointed] = useState<Tick | null>(null);
  const x = useMemo(() => timelineScale(grid.periods), [grid.periods]);
  const ticks = useMemo(() => ticksOf(lanes, Number(grid.entity), labels, x), [lanes, grid.entity, labels, x]);
  const hot = (t: Tick) => graphHot !== null && t.edges.includes(graphHot);
  const readout = pointed?.title ?? ticks.flat().find(hot)?.title ?? null;
  return (
    <TimelineFrame
      ref={ref}
      label={label}
      description={`Events of ${label} with ${lanes.length} partners, by month and class`}
      periods={grid.periods}
      lanes={grid.rows.map((r) => ({ key: r.partner, label: r.label }))}
      window={window}
      x={x}
      readout={readout}
      lane={(i, y) => (
        <>
          {ticks[i].some(hot) && <rect className="lane-hot" x={TIMELINE.label} y={y} width={grid.periods.length * TIMELINE.column} height={TIMELINE.lane} />}
          {ticks[i].map((t) => (
            <rect
              key={`${t.x}-${t.cls}`}
              className={`mark event${hot(t) ? " hot" : ""}`}
              data-edges={t.edges.join(" ")}
              data-month={t.month}
              data-class={EVENT_CLASSES[t.cls]}
              x={t.x}
              y={y + 2 + t.cls * ROW}
              width={t.width}
              height={ROW}
              fill={CLASS_COLORS[EVENT_CLASSES[t.cls]]}
              fillOpacity={t.count > 1 ? 1 : 0.6}
              onMouseEnter={() => {
                pointAtRelations(t.edges);
                setPointed(t);
              }}
              onMouseLeave={() => {
                pointAtRelations(null);
                setPointed(null);
              }}
            />
          ))}
        </>
      )}
    />
  );
});

function ticksOf(lanes: readonly ActorLane[], actor: number, labels: readonly string[], x: (day: number) => number): Tick[][] {
  const n = labels.length;
  return lanes.map(({ partner, bins }) =>
    bins.flatMap((bin) => {
      const iso = isoDay(bin.first).slice(0, 7);
      const month = describeDate(iso);
      const x0 = x(bin.first);
      const width = Math.max(2, x(bin.last + 1) - x0);
      return bin.counts.flatMap((count, cls) =>
        count === 0
          ? []
          : [
              {
                edges: [String(edgeKey(actor, partner, cls, n)), String(edgeKey(partner, actor, cls, n))],
                cls,
                month: iso,
                x: x0,
                width,
                count,
                title: `${labels[actor]} and ${labels[partner]}, ${month}: ${count} ${CLASS_LABELS[EVENT_CLASSES[cls]].toLowerCase()} event${count === 1 ? "" : "s"}`,
              },
            ],
      );
    }),
  );
}
