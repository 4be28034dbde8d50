import { useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from "react";
import { compositionCaption, defaultComposition, type Composition, type SnapshotText } from "../../model/frame/snapshot";
import {
  canvasLimits,
  canvasToPng,
  DEFAULT_PNG,
  labelsDrawnIn,
  pixelSize,
  renderSnapshot,
  sizeProblem,
  type BackgroundLayer,
  type PngBackground,
} from "../../render/export/exportPng";
import { renderSvg } from "../../render/export/exportSvg";
import type { EntenteSigma } from "../../render/graph/sigmaSettings";
import type { PlacedLabel } from "../../model/layout/labelPlacement";
import { downloadBlob } from "./download";
import { AnimationExport } from "./AnimationExport";
import { Composer } from "./Composer";
import { PREVIEW_WIDTH, usePreview } from "./usePreview";
import type { FrameSource } from "./useFrameSource";
import "./export.css";

type Preset = "screen" | "1920x1080" | "3840x2160" | "square";
const PRESETS: Record<Exclude<Preset, "screen">, { width: number; height: number; label: string }> = {
  "1920x1080": { width: 1920, height: 1080, label: "1920 × 1080" },
  "3840x2160": { width: 3840, height: 2160, label: "3840 × 2160" },
  square: { width: 2048, height: 2048, label: "Square 2048 × 2048" },
};
const SCALES = [1, 2, 4];
const BACKGROUNDS: { id: PngBackground; label: string }[] = [
  { id: "light", label: "Light" },
  { id: "dark", label: "Dark" },
  { id: "transparent", label: "Transparent" },
];

export interface ExportDialogProps {
  sigmaRef: RefObject<EntenteSigma | null>;
  text: SnapshotText;
  /** Without extension, e.g. `entente-sahel-2023-2025`. */
  fileName: string;
  /** Drawn under the graph, e.g. the map layout's outlines (see BackgroundLayer). */
  drawBackground?: BackgroundLayer;
  /** The view's time steps, for "Export animation" and "Export PNG series" (left out where the view cannot step). */
  frames?: FrameSource;
}

type Message = { kind: "status" | "error"; text: string };

interface PngDialogProps extends ExportDialogProps {
  /** Counts the presses of "Export PNG": each one opens the dialog. */
  request: number;
  /** "Export PNG", which has the focus back when the dialog closes. */
  openerRef: RefObject<HTMLButtonElement | null>;
}

/**
 * The dialog behind "Export PNG" (ExportDialog), loaded on its first press: size, scale, background and
 * legend; Download is focused, so one click exports. It stays mounted, keeping its choices.
 */
export default function PngDialog({ sigmaRef, text, fileName, drawBackground, frames, request, openerRef }: PngDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const downloadRef = useRef<HTMLButtonElement>(null);
  const [preset, setPreset] = useState<Preset>("1920x1080");
  const [scale, setScale] = useState(DEFAULT_PNG.scale);
  const [background, setBackground] = useState<PngBackground>(DEFAULT_PNG.background);
  // The composer's edits, kept while the view states the same; a new view brings its own defaults.
  const defaults = useMemo(() => defaultComposition(text), [text]);
  const defaultsKey = JSON.stringify(defaults);
  const [edits, setEdits] = useState<{ for: string; patch: Partial<Composition> }>({ for: defaultsKey, patch: {} });
  const patch = edits.for === defaultsKey ? edits.patch : {};
  const composition: Composition = { ...defaults, ...patch };
  const edited = (["title", "subtitle", "note"] as const).some((k) => composition[k] !== defaults[k]);
  const compose = (p: Partial<Composition>) => setEdits({ for: defaultsKey, patch: { ...patch, ...p } });
  const [animating, setAnimating] = useState(false);
  const [screen, setScreen] = useState({ width: 800, height: 600 });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [opened, setOpened] = useState(false);
  const limits = useMemo(() => (opened ? canvasLimits() : undefined), [opened]);

  const base = preset === "screen" ? screen : PRESETS[preset];
  const size = pixelSize({ ...base, scale });
  const problem = limits ? sizeProblem(size, limits) : undefined;

  function open() {
    const sigma = sigmaRef.current;
    if (sigma) {
      const { width, height } = sigma.getDimensions();
      setScreen({ width: Math.round(width), height: Math.round(height) });
    }
    setMessage(null);
    setOpened(true);
    dialogRef.current?.showModal();
    // React keeps `autoFocus` to itself (no attribute), so the dialog cannot find it: focus Download here.
    downloadRef.current?.focus();
  }

  function drawCanvas(frameText: SnapshotText, frameComposition: Composition, size: { width: number; height: number; scale: number }) {
    const sigma = sigmaRef.current;
    if (!sigma) throw new Error("the graph is not drawn yet");
    return renderSnapshot(sigma, frameText, { ...size, background, withLegend: true, composition: frameComposition, drawBackground });
  }

  // The labels of the last image downloaded, on the dialog for tests and tools to check that none overlap.
  const [drawnLabels, setDrawnLabels] = useState<PlacedLabel[] | null>(null);
  async function draw(): Promise<Blob> {
    const canvas = await drawCanvas(text, composition, { ...base, scale });
    setDrawnLabels(labelsDrawnIn(canvas));
    return canvasToPng(canvas, compositionCaption(composition));
  }

  const preview = usePreview(opened && !busy && !animating && !problem, JSON.stringify([composition, base, background, text, drawBackground !== undefined]), async () =>
    canvasToPng(await drawCanvas(text, composition, { ...base, scale: PREVIEW_WIDTH / base.width })),
  );

  // A frame of an animation: the composer's title, note and choices, the step's own subtitle (its period).
  const frameComposition = (frameText: SnapshotText): Composition => ({ ...composition, subtitle: frameText.subtitle ?? defaultComposition(frameText).subtitle });
  // Video frames need even sides (VP9's 4:2:0 chroma): an odd screen size loses its last pixel column or row.
  const even = (n: number) => (scale % 2 === 0 ? n : n - (n % 2));
  const drawFrame = (frameText: SnapshotText) => drawCanvas(frameText, frameComposition(frameText), { width: even(base.width), height: even(base.height), scale });
  const framePng = (canvas: HTMLCanvasElement, frameText: SnapshotText) => canvasToPng(canvas, compositionCaption(frameComposition(frameText)));

  async function run(action: () => Promise<string | undefined>, failure: string) {
    setBusy(true);
    setMessage({ kind: "status", text: "Drawing the image…" });
    try {
      const done = await action();
      setMessage(done ? { kind: "status", text: done } : null);
    } catch (e) {
      setMessage({ kind: "error", text: `${failure}: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
    }
  }

  const download = () =>
    run(async () => {
      downloadBlob(await draw(), `${fileName}.png`);
      dialogRef.current?.close();
      return undefined;
    }, "Export failed");

  const downloadSvg = () =>
    run(async () => {
      const sigma = sigmaRef.current;
      if (!sigma) throw new Error("the graph is not drawn yet");
      const svg = await renderSvg(sigma, text, { ...base, scale, background, withLegend: true, composition, drawBackground }, compositionCaption(composition));
      downloadBlob(new Blob([svg], { type: "image/svg+xml" }), `${fileName}.svg`);
      dialogRef.current?.close();
      return undefined;
    }, "SVG export failed");

  const copy = () => {
    if (!navigator.clipboard?.write || typeof ClipboardItem === "undefined") {
      setMessage({ kind: "error", text: "This browser does not let pages copy images. Use Download PNG instead." });
      return;
    }
    // The item is created at once, inside the click, with the image still being drawn (Safari requires this).
    const item = new ClipboardItem({ "image/png": draw() });
    void run(async () => {
      await navigator.clipboard.write([item]);
      return "Image copied to the clipboard.";
    }, "Could not copy the image (use Download PNG instead)");
  };

  // Each press opens it once (StrictMode's second run finds it open); open reads the latest view.
  useEffect(() => {
    if (!dialogRef.current?.open) open();
  }, [request]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <dialog
      ref={dialogRef}
      className="export-dialog"
      aria-labelledby="export-png-title"
      aria-busy={busy || animating}
      data-drawn-labels={drawnLabels ? JSON.stringify(drawnLabels) : undefined}
      onClose={() => {
        setOpened(false);
        openerRef.current?.focus();
      }}
      onCancel={(e) => animating && e.preventDefault()}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void download();
        }}
      >
        <h2 id="export-png-title">Export image</h2>
        <figure className="png-preview" aria-busy={preview.drawing}>
          {preview.url ? <img src={preview.url} alt="Preview of the image" /> : <span className="note">Drawing the preview…</span>}
        </figure>
        <Composer value={composition} onChange={compose} onReset={() => setEdits({ for: defaultsKey, patch: {} })} edited={edited} />
        <fieldset>
          <legend>Size</legend>
          <Radio name="png-size" checked={preset === "screen"} onChange={() => setPreset("screen")}>
            Screen ({screen.width} × {screen.height})
          </Radio>
          {(Object.keys(PRESETS) as (keyof typeof PRESETS)[]).map((id) => (
            <Radio key={id} name="png-size" checked={preset === id} onChange={() => setPreset(id)}>
              {PRESETS[id].label}
            </Radio>
          ))}
        </fieldset>
        <fieldset>
          <legend>Scale</legend>
          {SCALES.map((s) => (
            <Radio key={s} name="png-scale" checked={scale === s} onChange={() => setScale(s)}>
              {s}×
            </Radio>
          ))}
        </fieldset>
        <fieldset aria-describedby="png-background-note">
          <legend>Background</legend>
          {BACKGROUNDS.map((b) => (
            <Radio key={b.id} name="png-background" checked={background === b.id} onChange={() => setBackground(b.id)}>
              {b.label}
            </Radio>
          ))}
          <small id="png-background-note" className="note">
            Transparent images keep dark text: place them on a light page.
          </small>
        </fieldset>
        <p className="png-summary">
          {size.width} × {size.height} px · <span className="png-file">{fileName}.png</span>
        </p>
        <p className="png-caption">
          Caption: <span className="png-caption-text">{compositionCaption(composition)}</span>
        </p>
        {problem && (
          <p role="alert" className="alert">
            {problem}
          </p>
        )}
        {message?.kind === "error" && (
          <p role="alert" className="alert">
            {message.text}
          </p>
        )}
        <p role="status" className="png-status" aria-label="Image status">
          {message?.kind === "status" ? message.text : ""}
        </p>
        <div className="dialog-actions">
          <button type="submit" ref={downloadRef} disabled={busy || animating || !!problem}>
            Download PNG
          </button>
          <button type="button" onClick={() => void downloadSvg()} disabled={busy || animating || !!problem}>
            Download SVG
          </button>
          <button type="button" onClick={copy} disabled={busy || animating || !!problem}>
            Copy image
          </button>
          <button type="button" onClick={() => dialogRef.current?.close()} disabled={animating}>
            Cancel
          </button>
        </div>
        {frames && opened && (
          <AnimationExport source={frames} draw={drawFrame} png={framePng} disabled={busy || !!problem} onBusy={setAnimating} />
        )}
      </form>
    </dialog>
  );
}

function Radio({ name, checked, onChange, children }: { name: string; checked: boolean; onChange: () => void; children: ReactNode }) {
  return (
    <label className="radio">
      <input type="radio" name={name} checked={checked} onChange={onChange} />
      {children}
    </label>
  );
}
