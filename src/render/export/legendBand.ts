import { legibleOn, needsLegibleColours } from "../style/style";
import type { LegendEntry } from "./legendEntries";

/** The band under an exported graph: caption, legend of the colours in use, sources; laid out in design pixels. */

const PAD = 22;
const CAPTION_FONT = "600 21px system-ui, sans-serif";
const SUBTITLE_FONT = "17px system-ui, sans-serif";
const LEGEND_FONT = "14px system-ui, sans-serif";
const SOURCE_FONT = "13px system-ui, sans-serif";

interface LegendItem extends LegendEntry {
  x: number;
  row: number;
}

export interface BandLayout {
  height: number;
  title: string[];
  subtitle: string[];
  items: LegendItem[];
  rows: number;
  note: string[];
  sources: string[];
}

/** Wraps text into lines no wider than `width` (a single over-long word stays on its own line). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** What the band states: the composer's headings and note, the legend's entries, the sources line (each may be left out). */
export interface BandText {
  title: string;
  subtitle: string;
  note: string;
  entries: LegendEntry[];
  sources?: string;
}

/** True when the band would be empty: no band is drawn at all. */
export function bandIsEmpty(text: BandText): boolean {
  return !text.title.trim() && !text.subtitle.trim() && !text.note.trim() && text.entries.length === 0 && !text.sources;
}

export function layoutBand(ctx: CanvasRenderingContext2D, text: BandText, width: number, theme: { background: string; foreground: string }): BandLayout {
  const inner = width - 2 * PAD;
  ctx.font = CAPTION_FONT;
  const title = text.title.trim() ? wrap(ctx, text.title.trim(), inner) : [];
  ctx.font = SUBTITLE_FONT;
  const subtitle = text.subtitle.trim() ? wrap(ctx, text.subtitle.trim(), inner) : [];
  ctx.font = SOURCE_FONT;
  const sources = text.sources ? wrap(ctx, text.sources, inner) : [];
  const note = text.note.trim() ? wrap(ctx, text.note.trim(), inner) : [];
  ctx.font = LEGEND_FONT;
  const items: LegendItem[] = [];
  let x = 0;
  let row = 0;
  for (const entry of text.entries) {
    const w = (entry.kind === "dot" ? 20 : 30) + ctx.measureText(entry.label).width;
    if (x > 0 && x + w > inner) {
      x = 0;
      row++;
    }
    const color = needsLegibleColours(theme) ? legibleOn(entry.color, theme.background, theme.foreground) : entry.color;
    items.push({ ...entry, color, x, row });
    x += w + 18;
  }
  const rows = items.length ? row + 1 : 0;
  const height = PAD * 0.8 + title.length * 27 + subtitle.length * 22 + 6 + rows * 22 + 6 + (note.length + sources.length) * 18 + PAD * 0.6;
  return { height: Math.ceil(height), title, subtitle, items, rows, note, sources };
}

/** What draws a band: a canvas for PNG images, SVG elements for vector ones. */
export interface BandPainter {
  rule(x1: number, x2: number, y: number, color: string, alpha: number): void;
  text(text: string, x: number, y: number, font: string, color: string, alpha: number): void;
  dot(cx: number, cy: number, r: number, color: string): void;
  line(x1: number, x2: number, y: number, color: string, width: number): void;
}

export function drawBand(ctx: CanvasRenderingContext2D, band: BandLayout, top: number, width: number, theme: { foreground: string }): void {
  ctx.textBaseline = "alphabetic";
  paintBand(canvasPainter(ctx), band, top, width, theme);
  ctx.globalAlpha = 1;
}

function canvasPainter(ctx: CanvasRenderingContext2D): BandPainter {
  return {
    rule(x1, x2, y, color, alpha) {
      ctx.globalAlpha = alpha;
      ctx.strokeStyle = color;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.moveTo(x1, y);
      ctx.lineTo(x2, y);
      ctx.stroke();
    },
    text(text, x, y, font, color, alpha) {
      ctx.globalAlpha = alpha;
      ctx.font = font;
      ctx.fillStyle = color;
      ctx.fillText(text, x, y);
    },
    dot(cx, cy, r, color) {
      ctx.globalAlpha = 1;
      ctx.fillStyle = color;
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, 2 * Math.PI);
      ctx.fill();
    },
    line(x1, x2, y, color, width) {
      ctx.globalAlpha = 1;
      ctx.strokeStyle = color;
      ctx.lineWidth = width;
      ctx.beginPath();
      ctx.moveTo(x1, y);
      ctx.lineTo(x2, y);
      ctx.stroke();
    },
  };
}

/** The band's drawing, the same for every painter: rule, title, subtitle, legend rows, note, sources. */
export function paintBand(paint: BandPainter, band: BandLayout, top: number, width: number, theme: { foreground: string }): void {
  const fg = theme.foreground;
  paint.rule(PAD, width - PAD, top + 0.5, fg, 0.18);
  let y = top + PAD * 0.8;
  for (const line of band.title) {
    y += 27;
    paint.text(line, PAD, y - 6, CAPTION_FONT, fg, 1);
  }
  for (const line of band.subtitle) {
    y += 22;
    paint.text(line, PAD, y - 5, SUBTITLE_FONT, fg, 1);
  }
  y += 6;
  for (const item of band.items) {
    const base = y + item.row * 22 + 16;
    const x = PAD + item.x;
    if (item.kind === "dot") paint.dot(x + 6, base - 5, 6, item.color);
    else paint.line(x, x + 22, base - 5, item.color, 4);
    paint.text(item.label, x + (item.kind === "dot" ? 18 : 28), base, LEGEND_FONT, fg, 1);
  }
  y += band.rows * 22 + 6;
  for (const line of band.note) {
    y += 18;
    paint.text(line, PAD, y - 4, SOURCE_FONT, fg, 1);
  }
  for (const line of band.sources) {
    y += 18;
    paint.text(line, PAD, y - 4, SOURCE_FONT, fg, 0.8);
  }
}
