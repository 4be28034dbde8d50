import { useMemo, useRef, useState, type ReactNode, type RefObject } from "react";
import type { SnapshotText } from "../model/snapshot";
import {
  canvasLimits,
  canvasToPng,
  DEFAULT_PNG,
  pixelSize,
  renderSnapshot,
  sizeProblem,
  type BackgroundLayer,
  type PngBackground,
} from "../render/exportPng";
import type { EntenteSigma } from "../render/GraphView";
import { downloadBlob } from "./download";
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

interface ExportDialogProps {
  sigmaRef: RefObject<EntenteSigma | null>;
  text: SnapshotText;
  /** Without extension, e.g. `entente-sahel-2023-2025`. */
  fileName: string;
  /** Drawn under the graph, e.g. the map layout's outlines (see BackgroundLayer). */
  drawBackground?: BackgroundLayer;
}

type Message = { kind: "status" | "error"; text: string };

/** "Export PNG": a dialog to choose size, scale, background and legend; Download is focused, so one click exports. */
export function ExportDialog({ sigmaRef, text, fileName, drawBackground }: ExportDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const downloadRef = useRef<HTMLButtonElement>(null);
  const [preset, setPreset] = useState<Preset>("1920x1080");
  const [scale, setScale] = useState(DEFAULT_PNG.scale);
  const [background, setBackground] = useState<PngBackground>(DEFAULT_PNG.background);
  const [withLegend, setWithLegend] = useState(DEFAULT_PNG.withLegend);
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

  async function draw(): Promise<Blob> {
    const sigma = sigmaRef.current;
    if (!sigma) throw new Error("the graph is not drawn yet");
    const canvas = await renderSnapshot(sigma, text, { ...base, scale, background, withLegend, drawBackground });
    return canvasToPng(canvas, text.caption);
  }

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

  return (
    <>
      <button type="button" ref={openerRef} onClick={open}>
        Export PNG
      </button>
      <dialog
        ref={dialogRef}
        className="export-dialog"
        aria-labelledby="export-png-title"
        aria-busy={busy}
        onClose={() => openerRef.current?.focus()}
      >
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            void download();
          }}
        >
          <h2 id="export-png-title">Export image</h2>
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
          <label className="check">
            <input type="checkbox" checked={withLegend} onChange={(e) => setWithLegend(e.target.checked)} />
            Caption, legend and sources
          </label>
          <p className="png-summary">
            {size.width} × {size.height} px · <span className="png-file">{fileName}.png</span>
          </p>
          <p className="png-caption">
            Caption: <span className="png-caption-text">{text.caption}</span>
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
          <p role="status" className="png-status">
            {message?.kind === "status" ? message.text : ""}
          </p>
          <div className="dialog-actions">
            <button type="submit" ref={downloadRef} disabled={busy || !!problem}>
              Download PNG
            </button>
            <button type="button" onClick={copy} disabled={busy || !!problem}>
              Copy image
            </button>
            <button type="button" onClick={() => dialogRef.current?.close()}>
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </>
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
