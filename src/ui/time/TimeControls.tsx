import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from "react";
import type { YearHistogram } from "../../model/time/histogram";
import { CHANGE_MARKS, monthNumber, monthYear, type ChangeMark } from "../../model/time/timeModes";
import { CHANGE_COLORS, CHANGE_DESCRIPTIONS, CHANGE_LABELS } from "../../render/style/changeStyle";
import { nextView, startView, type PlaybackMode } from "../../state/view/playback";
import type { ViewState, YearBounds } from "../../state/view/view";
import { Histogram } from "./Histogram";
import { RangeSlider } from "./RangeSlider";
import { YearAxis } from "./YearAxis";
import "./time.css";

// Typed days belong to As of and Compare: their fields load when one of those modes is chosen.
const DateField = lazy(() => import("./DateField").then((m) => ({ default: m.DateField })));

interface TimeControlsProps {
  bounds: YearBounds;
  view: ViewState;
  /** Relations (or events) per year and class, drawn over the slider. */
  histogram: YearHistogram;
  /** Whether stepping by month means something (some dates are months or days). */
  canMonth: boolean;
  /** Compare mode: the mark of each drawn relation or edge, counted in the bar. */
  marks?: ReadonlyMap<unknown, ChangeMark>;
  /** The marks this kind of dataset can have (an event table has no "came and went"). */
  markKinds?: readonly ChangeMark[];
  /** What "As of" shows, in a sentence. */
  asOfNote?: string;
  onChange: (view: ViewState) => void;
  playing: boolean;
  onPlayingChange: (playing: boolean) => void;
}

type Mode = "window" | "asof" | "compare";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const PACES = [250, 500, 1000, 2000];
const pad = (n: number) => String(n).padStart(2, "0");

function modeOf(view: ViewState): Mode {
  return view.compare ? "compare" : view.at ? "asof" : "window";
}

/** "1 Mar 2024" */
function dayLabel(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function viewLabel(view: ViewState): string {
  if (view.compare) return `${dayLabel(view.compare[0])} → ${dayLabel(view.compare[1])}`;
  if (view.at) return `as of ${dayLabel(view.at)}`;
  if (view.fromMonth !== undefined && view.toMonth !== undefined) {
    const a = `${MONTHS[view.fromMonth - 1]} ${view.from}`;
    const b = `${MONTHS[view.toMonth - 1]} ${view.to}`;
    return a === b ? a : `${a} – ${b}`;
  }
  return view.from === view.to ? String(view.from) : `${view.from}–${view.to}`;
}

/** The years the view shows: the window's, the as-of day's, or the two compared days'. */
function yearsShown(view: ViewState): YearBounds {
  const year = (d: string) => Number(d.slice(0, 4));
  if (view.compare) return { min: year(view.compare[0]), max: year(view.compare[1]) };
  if (view.at) return { min: year(view.at), max: year(view.at) };
  return { min: view.from, max: view.to };
}

/** First and last day of the window, as ISO days. */
function windowDays(view: ViewState): [string, string] {
  const lastDay = new Date(Date.UTC(view.to, view.toMonth ?? 12, 0)).getUTCDate();
  return [`${view.from}-${pad(view.fromMonth ?? 1)}-01`, `${view.to}-${pad(view.toMonth ?? 12)}-${pad(lastDay)}`];
}

/**
 * Time: mode (window, as of, compare), step (year or month), playback, the histogram of relations
 * per year and the two-thumb "From year"/"To year" slider aligned under it.
 */
export function TimeControls(props: TimeControlsProps) {
  const { bounds, view, histogram, canMonth, marks, markKinds = CHANGE_MARKS, onChange, playing, onPlayingChange } = props;
  const asOfNote = props.asOfNote ?? "States that hold on that day, and events of the 12 months up to it.";
  const mode = modeOf(view);
  const monthly = view.fromMonth !== undefined && view.toMonth !== undefined;
  const [pace, setPace] = useState(1000);
  const [playback, setPlayback] = useState<PlaybackMode>("sliding");
  const [optionsOpen, setOptionsOpen] = useState(false);
  const optionsId = useId();
  usePlayback({ view, bounds, playing, pace, playback, onChange, onPlayingChange });

  /** A change by hand stops playback. */
  const change = (next: ViewState) => {
    if (playing) onPlayingChange(false);
    onChange(next);
  };
  const togglePlay = () => {
    if (playing) return onPlayingChange(false);
    onChange(startView(view, bounds));
    onPlayingChange(true);
  };
  const setMode = (m: Mode) => {
    const { at: _a, compare: _c, ...window } = view;
    const [first, last] = windowDays(window);
    if (m === "window") change(window);
    else if (m === "asof") change({ ...window, at: last });
    else change({ ...window, compare: [first, last] });
  };
  const setStep = (step: "year" | "month") => {
    const { fromMonth: _f, toMonth: _t, ...years } = view;
    change(step === "month" ? { ...years, fromMonth: 1, toMonth: 12 } : years);
  };

  // The axis spans the data, or the years around the window when zoomed (so months are wide enough to use).
  const [zoom, setZoom] = useState<YearBounds | null>(null);
  const shownYears = yearsShown(view);
  const axis = zoom && zoom.min <= shownYears.min && shownYears.max <= zoom.max ? zoom : bounds;
  const zoomable = axis === bounds && (shownYears.min - 1 > bounds.min || shownYears.max + 1 < bounds.max);

  // Slider units: years, or months at month resolution.
  const unitsPerYear = monthly ? 12 : 1;
  const min = monthly ? monthNumber(axis.min, 1) : axis.min;
  const max = monthly ? monthNumber(axis.max, 12) : axis.max;
  const value: [number, number] = monthly ? [monthNumber(view.from, view.fromMonth!), monthNumber(view.to, view.toMonth!)] : [view.from, view.to];
  const setWindow = (a: number, b: number) => {
    if (!monthly) return change({ ...view, from: a, to: b });
    const f = monthYear(a);
    const t = monthYear(b);
    change({ ...view, from: f.year, fromMonth: f.month, to: t.year, toMonth: t.month });
  };
  const unitText = (u: number) => (monthly ? `${MONTHS[monthYear(u).month - 1]} ${monthYear(u).year}` : String(u));

  const markers = mode === "asof" ? [view.at!] : mode === "compare" ? view.compare! : [];
  const markerUnits = markers.map((d) => {
    const [y, m, day] = d.split("-").map(Number);
    return monthly ? monthNumber(y, m) - 0.5 + (day - 1) / 31 : y + (monthNumber(0, m) + (day - 1) / 31) / 12 - 0.5;
  });
  const counts = useMemo(() => {
    const c = Object.fromEntries(CHANGE_MARKS.map((m) => [m, 0])) as Record<(typeof CHANGE_MARKS)[number], number>;
    for (const mark of marks?.values() ?? []) c[mark]++;
    return c;
  }, [marks]);
  const dayInput = (label: string, pickerLabel: string, day: string, set: (d: string) => void, check?: (d: string) => string | undefined) => (
    <Suspense fallback={null}>
      <DateField label={label} pickerLabel={pickerLabel} value={day} min={`${bounds.min}-01-01`} max={`${bounds.max}-12-31`} onChange={set} check={check} />
    </Suspense>
  );

  return (
    <div className="time-controls" role="group" aria-label="Time">
      <div className="time-toolbar">
        <fieldset className="segmented">
          <legend className="visually-hidden">Time mode</legend>
          {(["window", "asof", "compare"] as const).map((m) => (
            <label key={m} className={m === mode ? "on" : undefined}>
              <input type="radio" name="time-mode" value={m} checked={m === mode} onChange={() => setMode(m)} />
              {m === "window" ? "Window" : m === "asof" ? "As of" : "Compare"}
            </label>
          ))}
        </fieldset>
        {mode !== "compare" && (
          <button type="button" className="play" onClick={togglePlay}>
            <span aria-hidden="true">{playing ? "❚❚ " : "▶ "}</span>
            <span className="play-text">{playing ? "Pause" : "Play"}</span>
          </button>
        )}
        {mode === "asof" && dayInput("As of date", "Choose the day on a calendar", view.at!, (at) => change({ ...view, at }))}
        {mode === "compare" && (
          <>
            {dayInput("Compare from", "Choose the first day on a calendar", view.compare![0], (d) => change({ ...view, compare: [d, view.compare![1]] }), (d) =>
              d < view.compare![1] ? undefined : `Must be before ${dayLabel(view.compare![1])} (Compare to).`,
            )}
            {dayInput("Compare to", "Choose the second day on a calendar", view.compare![1], (d) => change({ ...view, compare: [view.compare![0], d] }), (d) =>
              d > view.compare![0] ? undefined : `Must be after ${dayLabel(view.compare![0])} (Compare from).`,
            )}
          </>
        )}
        <button type="button" className="time-options-toggle" aria-expanded={optionsOpen} aria-controls={optionsId} onClick={() => setOptionsOpen((o) => !o)}>
          <span aria-hidden="true">⋯</span>
          <span className="toggle-text"> Time options</span>
        </button>
        {/* On narrow screens these fold behind "Time options" so the bar stays one row (layout.css). */}
        <div className="time-options" id={optionsId} data-open={optionsOpen}>
          {canMonth && mode !== "compare" && (
            <label>
              Step{" "}
              <select aria-label="Step" value={monthly ? "month" : "year"} onChange={(e) => setStep(e.target.value as "year" | "month")}>
                <option value="year">Year</option>
                <option value="month">Month</option>
              </select>
            </label>
          )}
          {mode !== "compare" && <PaceSelect pace={pace} onPace={setPace} />}
          {mode === "window" && (
            <label>
              Playback{" "}
              <select aria-label="Playback" value={playback} onChange={(e) => setPlayback(e.target.value as PlaybackMode)}>
                <option value="sliding">Sliding window</option>
                <option value="growing">Growing window</option>
              </select>
            </label>
          )}
          {zoomable && (
            <button type="button" onClick={() => setZoom({ min: Math.max(bounds.min, shownYears.min - 1), max: Math.min(bounds.max, shownYears.max + 1) })}>
              Zoom to the window
            </button>
          )}
          {axis !== bounds && (
            <button type="button" onClick={() => setZoom(null)}>
              Show all years
            </button>
          )}
        </div>
        <output className="window-label" aria-live="polite">
          {viewLabel(view)}
        </output>
      </div>
      {mode === "asof" && <p className="time-note">{asOfNote}</p>}
      {mode === "compare" && (
        <ul className="change-counts" aria-label="Changes">
          {markKinds.map((m) => (
            <li key={m} title={CHANGE_DESCRIPTIONS[m]}>
              <span className="swatch line" style={{ background: CHANGE_COLORS[m] }} aria-hidden="true" />
              {CHANGE_LABELS[m]} <strong>{counts[m]}</strong>
            </li>
          ))}
        </ul>
      )}
      <div className="time-track">
        <Histogram
          histogram={histogram}
          unitsPerYear={unitsPerYear}
          min={min}
          max={max}
          highlight={mode === "window" ? { from: view.from, to: view.to } : { from: axis.min, to: axis.max }}
          markers={markerUnits}
        />
        {mode !== "window" && <YearAxis marks={yearMarks(bounds, unitsPerYear)} min={min} max={max} />}
        {mode === "window" && (
          <RangeSlider
            min={min}
            max={max}
            value={value}
            marks={yearMarks(axis, unitsPerYear)}
            labels={["From year", "To year"]}
            valueText={(thumb, v) => `${thumb === 0 ? "from" : "to"} ${unitText(v)}`}
            // The contract: aria-valuenow is the year, whatever the step; the text says the month.
            announced={monthly ? (v) => monthYear(v).year : undefined}
            // Page Up/Down: 5 years, or a year at month resolution.
            pageStep={monthly ? 12 : 5}
            onChange={([a, b]) => setWindow(a, b)}
          />
        )}
      </div>
    </div>
  );
}

interface PlaybackProps {
  view: ViewState;
  bounds: YearBounds;
  playing: boolean;
  pace: number;
  playback: PlaybackMode;
  onChange: (view: ViewState) => void;
  onPlayingChange: (playing: boolean) => void;
}

/** Playback: one step per `pace`; each new view schedules the next step, the end stops it. */
function usePlayback({ view, bounds, playing, pace, playback, onChange, onPlayingChange }: PlaybackProps): void {
  const latest = useRef(view);
  latest.current = view;
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const next = nextView(latest.current, bounds, playback, latest.current.fromMonth !== undefined);
      if (next) onChange(next);
      else onPlayingChange(false);
    }, pace);
    return () => clearTimeout(timer);
  }, [playing, view, pace, playback, bounds, onChange, onPlayingChange]);
}

/** How long each step of playback stays on screen. */
function PaceSelect({ pace, onPace }: { pace: number; onPace: (ms: number) => void }) {
  return (
    <label>
      Pace{" "}
      <select aria-label="Pace" value={pace} onChange={(e) => onPace(Number(e.target.value))}>
        {PACES.map((p) => (
          <option key={p} value={p}>
            {p / 1000} s per step
          </option>
        ))}
      </select>
    </label>
  );
}

/** A mark every 1, 5 or 10 years depending on the span, plus both ends. */
function yearMarks(bounds: YearBounds, unitsPerYear: number): Record<number, string> {
  const span = bounds.max - bounds.min;
  const every = span > 40 ? 10 : span > 15 ? 5 : 1;
  const marks: Record<number, string> = {};
  for (let y = Math.ceil(bounds.min / every) * every; y <= bounds.max; y += every) marks[y * unitsPerYear] = String(y);
  marks[bounds.min * unitsPerYear] = String(bounds.min);
  marks[bounds.max * unitsPerYear] = String(bounds.max);
  return marks;
}
