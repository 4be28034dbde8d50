import Slider from "rc-slider";
import "rc-slider/assets/index.css";
import type { YearBounds } from "../state/view";

interface TimeSliderProps {
  bounds: YearBounds;
  from: number;
  to: number;
  onChange: (from: number, to: number) => void;
}

/** Two-thumb year slider ("From year", "To year"); the range between the thumbs drags as one. */
export function TimeSlider({ bounds, from, to, onChange }: TimeSliderProps) {
  const span = bounds.max - bounds.min;
  const step = span > 40 ? 10 : span > 15 ? 5 : 1;
  const marks: Record<number, string> = {};
  for (let y = Math.ceil(bounds.min / step) * step; y <= bounds.max; y += step) marks[y] = String(y);
  marks[bounds.min] = String(bounds.min);
  marks[bounds.max] = String(bounds.max);
  return (
    <div className="time-slider" role="group" aria-label="Time window">
      <Slider
        range={{ draggableTrack: true }}
        min={bounds.min}
        max={bounds.max}
        step={1}
        marks={marks}
        value={[from, to]}
        allowCross={false}
        ariaLabelForHandle={["From year", "To year"]}
        ariaValueTextFormatterForHandle={[(v) => `from ${v}`, (v) => `to ${v}`]}
        onChange={(v) => {
          const [a, b] = v as number[];
          if (a !== from || b !== to) onChange(a, b);
        }}
      />
      <output className="window-label" aria-live="polite">
        {from === to ? from : `${from}–${to}`}
      </output>
    </div>
  );
}
