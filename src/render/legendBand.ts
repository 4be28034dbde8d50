import type { SnapshotText } from "../model/snapshot";
import { CHANGE_COLORS, CHANGE_LABELS } from "./changeStyle";
import { CLASS_COLORS, CLASS_LABELS, ENTITY_COLORS, ENTITY_TYPE_LABELS, legibleOn, needsLegibleColours } from "./style";

/** The band under an exported graph: caption, legend of the colours in use, sources; laid out in design pixels. */

const PAD = 22;
const CAPTION_FONT = "600 21px system-ui, sans-serif";
const LEGEND_FONT = "14px system-ui, sans-serif";
const SOURCE_FONT = "13px system-ui, sans-serif";

interface LegendItem extends LegendEntry {
  x: number;
  row: number;
}

interface BandLayout {
  height: number;
  caption: string[];
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

export interface LegendEntry {
  kind: "dot" | "line";
  color: string;
  label: string;
}

/** The colours drawn, in the order the legend lists them: entity types, then relation classes and change marks. */
export function legendEntries(text: Pick<SnapshotText, "entityTypes" | "classes" | "changes">): LegendEntry[] {
  return [
    ...text.entityTypes.map((t) => ({ kind: "dot" as const, color: ENTITY_COLORS[t], label: ENTITY_TYPE_LABELS[t] })),
    ...text.classes.map((c) => ({ kind: "line" as const, color: CLASS_COLORS[c], label: CLASS_LABELS[c] })),
    ...(text.changes ?? []).map((m) => ({ kind: "line" as const, color: CHANGE_COLORS[m], label: CHANGE_LABELS[m] })),
  ];
}

export function layoutBand(ctx: CanvasRenderingContext2D, text: SnapshotText, width: number, theme: { background: string; foreground: string }): BandLayout {
  const inner = width - 2 * PAD;
  ctx.font = CAPTION_FONT;
  const caption = wrap(ctx, text.caption, inner);
  ctx.font = SOURCE_FONT;
  const sources = wrap(ctx, `${text.attribution} · Made with Entente`, inner);
  const note = text.note ? wrap(ctx, text.note, inner) : [];
  ctx.font = LEGEND_FONT;
  const entries = legendEntries(text);
  const items: LegendItem[] = [];
  let x = 0;
  let row = 0;
  for (const entry of entries) {
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
  const height = PAD * 0.8 + caption.length * 27 + 6 + rows * 22 + 6 + (note.length + sources.length) * 18 + PAD * 0.6;
  return { height: Math.ceil(height), caption, items, rows, note, sources };
}

export function drawBand(ctx: CanvasRenderingContext2D, band: BandLayout, top: number, width: number, theme: { foreground: string }): void {
  ctx.fillStyle = theme.foreground;
  ctx.strokeStyle = theme.foreground;
  ctx.globalAlpha = 0.18;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(PAD, top + 0.5);
  ctx.lineTo(width - PAD, top + 0.5);
  ctx.stroke();
  ctx.globalAlpha = 1;
  ctx.textBaseline = "alphabetic";
  let y = top + PAD * 0.8;
  ctx.font = CAPTION_FONT;
  for (const line of band.caption) {
    y += 27;
    ctx.fillText(line, PAD, y - 6);
  }
  y += 6;
  ctx.font = LEGEND_FONT;
  for (const item of band.items) {
    const base = y + item.row * 22 + 16;
    const x = PAD + item.x;
    ctx.fillStyle = item.color;
    ctx.strokeStyle = item.color;
    if (item.kind === "dot") {
      ctx.beginPath();
      ctx.arc(x + 6, base - 5, 6, 0, 2 * Math.PI);
      ctx.fill();
    } else {
      ctx.lineWidth = 4;
      ctx.beginPath();
      ctx.moveTo(x, base - 5);
      ctx.lineTo(x + 22, base - 5);
      ctx.stroke();
    }
    ctx.fillStyle = theme.foreground;
    ctx.fillText(item.label, x + (item.kind === "dot" ? 18 : 28), base);
  }
  y += band.rows * 22 + 6;
  ctx.font = SOURCE_FONT;
  for (const line of band.note) {
    y += 18;
    ctx.fillText(line, PAD, y - 4);
  }
  ctx.globalAlpha = 0.8;
  for (const line of band.sources) {
    y += 18;
    ctx.fillText(line, PAD, y - 4);
  }
  ctx.globalAlpha = 1;
}
