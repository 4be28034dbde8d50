import Slider from "rc-slider";
import "rc-slider/assets/index.css";
import { useState } from "react";
import type { YearHistogram } from "../../model/histogram";
import { startView } from "../../state/playback";
import type { ViewState, YearBounds } from "../../state/view";
import { Histogram } from "../Histogram";
import { pageJump, PlayControls, usePlayback, viewLabel, yearMarks } from "../TimeControls";
import "../time.css";

interface Props {
  bounds: YearBounds;
  view: ViewState;
  histogram: YearHistogram;
  onChange: (view: ViewState) => void;
  playing: boolean;
  onPlayingChange: (playing: boolean) => void;
}

/**
 * The explorer's window controls for an event table: the same "From year"/"To year" slider, keys and
 * Play (a sliding window, one year a step) over a histogram of events per year. Events are single days,
 * so "as of" and "compare" (made for states that hold over time) are not offered.
 */
export function EventTimeControls({ bounds, view, histogram, onChange, playing, onPlayingChange }: Props) {
  const [pace, setPace] = useState(1000);
  usePlayback({ view, bounds, playing, pace, playback: "sliding", onChange, onPlayingChange });

  const change = (from: number, to: number) => {
    if (playing) onPlayingChange(false);
    onChange({ ...view, from, to });
  };
  const togglePlay = () => {
    if (playing) return onPlayingChange(false);
    onChange(startView(view, bounds));
    onPlayingChange(true);
  };
  const value = [view.from, view.to];
  return (
    <div className="time-controls" role="group" aria-label="Time">
      <div className="time-toolbar">
        <PlayControls playing={playing} onToggle={togglePlay} pace={pace} onPace={setPace} />
        <output className="window-label" aria-live="polite">
          {viewLabel(view)}
        </output>
      </div>
      <div
        className="time-track"
        onKeyDownCapture={(e) => {
          const next = pageJump(e, value, bounds.min, bounds.max, 5);
          if (next) change(next[0], next[1]);
        }}
      >
        <Histogram histogram={histogram} unitsPerYear={1} min={bounds.min} max={bounds.max} highlight={view} markers={[]} />
        <Slider
          range={{ draggableTrack: true }}
          min={bounds.min}
          max={bounds.max}
          step={1}
          marks={yearMarks(bounds, 1)}
          value={value}
          allowCross={false}
          ariaLabelForHandle={["From year", "To year"]}
          ariaValueTextFormatterForHandle={[(v) => `from ${v}`, (v) => `to ${v}`]}
          onChange={(v) => {
            const [a, b] = v as number[];
            if (a !== view.from || b !== view.to) change(a, b);
          }}
        />
      </div>
    </div>
  );
}
