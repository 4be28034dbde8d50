import { useRef, type KeyboardEvent, type PointerEvent } from "react";

interface RangeSliderProps {
  min: number;
  max: number;
  value: readonly [number, number];
  /** Labels under the rail, by value. */
  marks: Record<number, string>;
  /** The thumbs' accessible names, low then high. */
  labels: readonly [string, string];
  valueText: (thumb: 0 | 1, value: number) => string;
  /** What aria-valuenow, -min and -max say for a value (at month steps, its year). */
  announced?: (value: number) => number;
  /** How far Page Up and Page Down move a thumb. */
  pageStep: number;
  onChange: (value: [number, number]) => void;
}

/** A thumb being dragged (its pointer's distance from its centre kept, so it does not jump), or the range between them. */
type Drag = { thumb: 0 | 1; offset: number } | { thumb: "range"; startX: number; start: readonly [number, number] };

const STEP_KEYS: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, Home: -Infinity, End: Infinity };

/**
 * Two thumbs on one rail, the ARIA slider pattern: each thumb a focusable role="slider", arrows step, Page Up/Down
 * jump, Home/End go to the ends, thumbs never cross; a pointer drags a thumb, the range between them, or moves the
 * nearer thumb to where the rail was pressed. Written here instead of rc-slider: the first screen loads it (issue 18).
 */
export function RangeSlider({ min, max, value, marks, labels, valueText, announced = (v) => v, pageStep, onChange }: RangeSliderProps) {
  const root = useRef<HTMLDivElement>(null);
  const thumbs = useRef<(HTMLDivElement | null)[]>([]);
  const drag = useRef<Drag | null>(null);
  const latest = useRef(value);
  latest.current = value;
  const span = Math.max(max - min, 1);
  const percent = (v: number) => ((v - min) / span) * 100;

  /** A thumb set to `v`, kept between the rail's end and the other thumb. */
  const move = (thumb: 0 | 1, v: number) => {
    const [a, b] = latest.current;
    const next: [number, number] = thumb === 0 ? [Math.min(Math.max(v, min), b), b] : [a, Math.max(Math.min(v, max), a)];
    if (next[0] !== a || next[1] !== b) onChange(next);
  };
  /** The rail's value under a pointer's x (unrounded). */
  const valueAt = (x: number) => {
    const rail = root.current!.getBoundingClientRect();
    return min + ((x - rail.left) / rail.width) * span;
  };

  const onKeyDown = (thumb: 0 | 1) => (e: KeyboardEvent) => {
    const delta = e.key === "PageUp" ? pageStep : e.key === "PageDown" ? -pageStep : STEP_KEYS[e.key];
    if (delta === undefined) return;
    e.preventDefault();
    move(thumb, latest.current[thumb] + delta);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault(); // no text selection, and the thumb takes focus below
    const target = e.target as HTMLElement;
    const thumb = thumbs.current.findIndex((t) => t?.contains(target));
    if (thumb === 0 || thumb === 1) {
      const box = thumbs.current[thumb]!.getBoundingClientRect();
      drag.current = { thumb, offset: e.clientX - (box.left + box.width / 2) };
    } else if (target.classList.contains("range-track")) {
      drag.current = { thumb: "range", startX: e.clientX, start: latest.current };
    } else {
      const at = valueAt(e.clientX);
      const [a, b] = latest.current;
      const nearer = Math.abs(at - a) < Math.abs(at - b) || (a === b && at < a) ? 0 : 1;
      drag.current = { thumb: nearer, offset: 0 };
      move(nearer, Math.round(at));
    }
    const d = drag.current;
    if (d.thumb !== "range") thumbs.current[d.thumb]?.focus();
    root.current!.setPointerCapture(e.pointerId);
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    if (d.thumb !== "range") return move(d.thumb, Math.round(valueAt(e.clientX - d.offset)));
    const [a, b] = d.start;
    const shift = Math.round(valueAt(e.clientX) - valueAt(d.startX));
    const from = Math.min(Math.max(a + shift, min), max - (b - a));
    if (from !== latest.current[0]) onChange([from, from + b - a]);
  };
  const endDrag = () => {
    drag.current = null;
  };

  return (
    <div className="range-slider" ref={root} onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={endDrag} onPointerCancel={endDrag}>
      <div className="range-rail" />
      <div className="range-track" style={{ left: `${percent(value[0])}%`, width: `${percent(value[1]) - percent(value[0])}%` }} />
      {Object.entries(marks).map(([v, text]) => {
        const inRange = Number(v) >= value[0] && Number(v) <= value[1];
        return (
          <span key={v} className={inRange ? "range-mark in-range" : "range-mark"} style={{ left: `${percent(Number(v))}%` }}>
            {text}
          </span>
        );
      })}
      {([0, 1] as const).map((i) => (
        <div
          key={i}
          ref={(el) => {
            thumbs.current[i] = el;
          }}
          className="range-thumb"
          role="slider"
          tabIndex={0}
          aria-label={labels[i]}
          aria-orientation="horizontal"
          aria-valuemin={announced(min)}
          aria-valuemax={announced(max)}
          aria-valuenow={announced(value[i])}
          aria-valuetext={valueText(i, value[i])}
          style={{ left: `${percent(value[i])}%` }}
          onKeyDown={onKeyDown(i)}
        />
      ))}
    </div>
  );
}
