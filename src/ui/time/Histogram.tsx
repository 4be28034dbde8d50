import { memo } from "react";
import { yearTotal, type YearHistogram } from "../../model/time/histogram";
import { RELATION_CLASSES } from "../../model/dataset/vocabulary";
import { CLASS_COLORS, CLASS_LABELS } from "../../render/style/style";

interface HistogramProps {
  histogram: YearHistogram;
  /** Slider units per year (1 at year resolution, 12 at month resolution) and the slider's range. */
  unitsPerYear: number;
  min: number;
  max: number;
  /** Years shown at full strength (the window); others are dimmed. */
  highlight: { from: number; to: number };
  /** Positions (in slider units) of day markers: the as-of day, the two compared days. */
  markers: number[];
}

const HEIGHT = 48;

/**
 * Relations per year, stacked by class, drawn in the slider's own units so each year's bar sits
 * above the slider positions of that year.
 */
export const Histogram = memo(function Histogram({ histogram, unitsPerYear, min, max, highlight, markers }: HistogramProps) {
  const span = Math.max(max - min, 1);
  const { counts, minYear, peak } = histogram;
  const busiest = counts.reduce((best, row, i) => (yearTotal(row) > yearTotal(counts[best]) ? i : best), 0);
  const label = `Relations per year by class, ${minYear}–${histogram.maxYear}${peak > 0 ? `; most in ${minYear + busiest} (${peak})` : ""}`;
  return (
    <svg className="histogram" role="img" aria-label={label} viewBox={`0 0 ${span} ${HEIGHT}`} preserveAspectRatio="none" height={HEIGHT}>
      {counts.map((row, i) => {
        const year = minYear + i;
        const total = yearTotal(row);
        if (total === 0) return null;
        // Year y covers slider units y*U … y*U + U - 1; each unit's position is its centre.
        const x = year * unitsPerYear - 0.5 - min;
        const width = unitsPerYear * 0.86;
        const inWindow = year >= highlight.from && year <= highlight.to;
        let y = HEIGHT;
        return (
          <g key={year} opacity={inWindow ? 1 : 0.35}>
            <title>{`${year}: ${total} relation${total === 1 ? "" : "s"} (${RELATION_CLASSES.filter((c) => row[c] > 0)
              .map((c) => `${row[c]} ${CLASS_LABELS[c].toLowerCase()}`)
              .join(", ")})`}</title>
            {RELATION_CLASSES.map((c) => {
              if (row[c] === 0) return null;
              const h = (row[c] / peak) * (HEIGHT - 2);
              y -= h;
              return <rect key={c} x={x + unitsPerYear * 0.07} y={y} width={width} height={h} fill={CLASS_COLORS[c]} />;
            })}
          </g>
        );
      })}
      {markers.map((m, i) => (
        <line key={i} className="histogram-marker" x1={m - min} x2={m - min} y1={0} y2={HEIGHT} vectorEffect="non-scaling-stroke" />
      ))}
    </svg>
  );
});
