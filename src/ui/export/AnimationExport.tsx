import { useMemo, useRef, useState } from "react";
import { animationFileName, planSteps, stepFileNames, type StepMode, type StepUnit } from "../../model/frame/steps";
import type { SnapshotText } from "../../model/frame/snapshot";
import { canEncodeVideo, gifSink, pngZipSink, webmSink, type FrameSink } from "../../render/export/animation";
import { renderFrames } from "../../render/export/frames";
import { downloadBlob } from "./download";
import type { FrameSource } from "./useFrameSource";

type VideoFormat = "webm" | "gif";
type Message = { kind: "status" | "error"; text: string };

interface AnimationExportProps {
  source: FrameSource;
  /** Draws one step's image as the PNG export would, with the composer's title and the step's own period. */
  draw: (text: SnapshotText) => Promise<HTMLCanvasElement>;
  /** Encodes a frame as a PNG carrying its caption. */
  png: (canvas: HTMLCanvasElement, text: SnapshotText) => Promise<Blob>;
  disabled: boolean;
  onBusy: (busy: boolean) => void;
}

const SECONDS_PER_STEP = 1;

/** "Export animation" and "Export PNG series": the view's time steps over a chosen range, one frame per step. */
export function AnimationExport({ source, draw, png, disabled, onBusy }: AnimationExportProps) {
  const video = useMemo(() => canEncodeVideo(), []);
  const [unit, setUnit] = useState<StepUnit>(source.view.fromMonth !== undefined ? "month" : "year");
  const [mode, setMode] = useState<StepMode>("sliding");
  const [from, setFrom] = useState(source.view.from);
  const [to, setTo] = useState(source.view.to);
  const [format, setFormat] = useState<VideoFormat>(video ? "webm" : "gif");
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const abort = useRef<AbortController | null>(null);

  const plan = { unit, mode, from: { year: from, month: 1 }, to: { year: to, month: 12 } };
  const periods = planSteps(source.view, plan);
  const problem = source.view.compare
    ? "A comparison of two days has no time steps: choose Window or As of to export an animation."
    : periods.length === 0
      ? "The range has no steps: its end comes before its start."
      : undefined;

  async function run(kind: "animation" | "series") {
    const texts: SnapshotText[] = [];
    const names = stepFileNames(source.label, periods, "png");
    const base = animationFileName(source.label, plan);
    const sink: FrameSink =
      kind === "series" ? await pngZipSink(names, (canvas, i) => png(canvas, texts[i])) : format === "webm" ? await webmSink() : await gifSink();
    const controller = new AbortController();
    abort.current = controller;
    onBusy(true);
    setMessage({ kind: "status", text: `Drawing ${periods.length} frames…` });
    setProgress({ done: 0, total: periods.length });
    try {
      const blob = await renderFrames({
        periods,
        show: async (period) => {
          const text = await source.show(period);
          texts.push(text);
          return text;
        },
        draw,
        sink,
        secondsPerStep: SECONDS_PER_STEP,
        signal: controller.signal,
        onProgress: (done, total) => setProgress({ done, total }),
      });
      if (!blob) setMessage({ kind: "status", text: "Export cancelled." });
      else {
        const ext = kind === "series" ? "zip" : format;
        downloadBlob(blob, `${base}${kind === "series" ? "-png" : ""}.${ext}`);
        setMessage({ kind: "status", text: `Exported ${periods.length} frames.` });
      }
    } catch (e) {
      setMessage({ kind: "error", text: `Animation export failed: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      source.restore();
      abort.current = null;
      setProgress(null);
      onBusy(false);
    }
  }

  const running = progress !== null;
  const years = { min: source.bounds.min, max: source.bounds.max };
  return (
    <fieldset className="animation">
      <legend>Animation</legend>
      <div className="row" role="radiogroup" aria-label="Step">
        <Choice name="anim-unit" checked={unit === "year"} onChange={() => setUnit("year")} label="By year" />
        <Choice name="anim-unit" checked={unit === "month"} onChange={() => setUnit("month")} label="By month" disabled={!source.monthly} />
      </div>
      <div className="row" role="radiogroup" aria-label="Window">
        <Choice name="anim-mode" checked={mode === "sliding"} onChange={() => setMode("sliding")} label="Sliding window" />
        <Choice name="anim-mode" checked={mode === "growing"} onChange={() => setMode("growing")} label="Growing window" />
      </div>
      <div className="row">
        <label className="field inline">
          <span>From year</span>
          <input type="number" {...years} value={from} onChange={(e) => setFrom(Number(e.target.value))} />
        </label>
        <label className="field inline">
          <span>To year</span>
          <input type="number" {...years} value={to} onChange={(e) => setTo(Number(e.target.value))} />
        </label>
        <span className="note">{periods.length} {periods.length === 1 ? "step" : "steps"}, {SECONDS_PER_STEP} s each; each frame's subtitle states its period</span>
      </div>
      <div className="row" role="radiogroup" aria-label="Format">
        <Choice name="anim-format" checked={format === "webm"} onChange={() => setFormat("webm")} label="WebM video" disabled={!video} />
        <Choice name="anim-format" checked={format === "gif"} onChange={() => setFormat("gif")} label="GIF" />
      </div>
      {!video && (
        <p className="note" role="note">
          This browser cannot encode video (it lacks WebCodecs): export a GIF or a PNG series instead.
        </p>
      )}
      {problem && <p className="note">{problem}</p>}
      {running && <progress aria-label="Export progress" value={progress.done} max={progress.total} />}
      {message?.kind === "error" && (
        <p role="alert" className="alert">
          {message.text}
        </p>
      )}
      <p role="status" className="png-status" aria-label="Animation status">
        {message?.kind === "status" ? message.text : ""}
      </p>
      <div className="dialog-actions">
        {running ? (
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel export
          </button>
        ) : (
          <>
            <button type="button" onClick={() => void run("animation")} disabled={disabled || !!problem}>
              Export animation
            </button>
            <button type="button" onClick={() => void run("series")} disabled={disabled || !!problem}>
              Export PNG series
            </button>
          </>
        )}
      </div>
    </fieldset>
  );
}

function Choice({ name, checked, onChange, label, disabled }: { name: string; checked: boolean; onChange: () => void; label: string; disabled?: boolean }) {
  return (
    <label className="radio">
      <input type="radio" name={name} checked={checked} onChange={onChange} disabled={disabled} />
      {label}
    </label>
  );
}
