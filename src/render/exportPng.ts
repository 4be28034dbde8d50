import { drawOnCanvas } from "@sigma/export-image";
import type { SnapshotText } from "../model/snapshot";
import type { EntenteSigma } from "./GraphView";
import { CLASS_COLORS, CLASS_LABELS, ENTITY_COLORS, ENTITY_TYPE_LABELS } from "./style";

export interface PngOptions {
  /** Output size in image pixels. */
  width: number;
  height: number;
  background: string;
  foreground: string;
  /** Draw caption, legend and attribution in a band below the graph. */
  withLegend: boolean;
}

export const DEFAULT_PNG: PngOptions = { width: 1920, height: 1080, background: "#ffffff", foreground: "#1b1f24", withLegend: true };

/** Re-renders the current view off-screen (sigma's live canvas is not preserved) and adds the legend band. */
export async function renderSnapshot(sigma: EntenteSigma, text: SnapshotText, opts: PngOptions): Promise<HTMLCanvasElement> {
  const band = opts.withLegend ? Math.round(Math.max(110, opts.height * 0.11)) : 0;
  // Draw as a ~1600 px wide screen would, at a higher pixel ratio: labels and nodes keep their proportions.
  const ratio = Math.max(1, opts.width / 1600);
  const graphCanvas = await withPixelRatio(ratio, () =>
    drawOnCanvas(sigma, {
      width: Math.round(opts.width / ratio),
      height: Math.round((opts.height - band) / ratio),
      backgroundColor: opts.background,
      sigmaSettings: { labelColor: { color: opts.foreground } },
    }),
  );
  const out = document.createElement("canvas");
  out.width = opts.width;
  out.height = opts.height;
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = opts.background;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(graphCanvas, 0, 0, opts.width, opts.height - band);
  if (band > 0) drawBand(ctx, text, opts, opts.height - band, band);
  return out;
}

function drawBand(ctx: CanvasRenderingContext2D, text: SnapshotText, opts: PngOptions, top: number, height: number): void {
  const unit = height / 110;
  const pad = 24 * unit;
  ctx.fillStyle = opts.foreground;
  ctx.textBaseline = "alphabetic";
  ctx.font = `600 ${22 * unit}px system-ui, sans-serif`;
  ctx.fillText(text.caption, pad, top + 34 * unit);
  ctx.font = `${14 * unit}px system-ui, sans-serif`;
  ctx.globalAlpha = 0.8;
  ctx.fillText(`${text.attribution} · made with Entente`, pad, top + height - 16 * unit);
  ctx.globalAlpha = 1;
  let x = pad;
  const y = top + 64 * unit;
  ctx.font = `${14 * unit}px system-ui, sans-serif`;
  for (const type of text.entityTypes) {
    ctx.fillStyle = ENTITY_COLORS[type];
    ctx.beginPath();
    ctx.arc(x + 7 * unit, y - 5 * unit, 7 * unit, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = opts.foreground;
    ctx.fillText(ENTITY_TYPE_LABELS[type], x + 20 * unit, y);
    x += 28 * unit + ctx.measureText(ENTITY_TYPE_LABELS[type]).width;
  }
  x += 16 * unit;
  for (const cls of text.classes) {
    ctx.strokeStyle = CLASS_COLORS[cls];
    ctx.lineWidth = 4 * unit;
    ctx.beginPath();
    ctx.moveTo(x, y - 5 * unit);
    ctx.lineTo(x + 24 * unit, y - 5 * unit);
    ctx.stroke();
    ctx.fillStyle = opts.foreground;
    ctx.fillText(CLASS_LABELS[cls], x + 30 * unit, y);
    x += 44 * unit + ctx.measureText(CLASS_LABELS[cls]).width;
  }
}

export async function downloadPng(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"));
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = `${fileName}.png`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** sigma and @sigma/export-image read window.devicePixelRatio for their canvas resolution. */
async function withPixelRatio<T>(ratio: number, draw: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  try {
    return await draw();
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}
