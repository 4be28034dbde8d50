import type { PartnerGrid, Period } from "../../model/partners";
import { RELATION_CLASSES } from "../../model/dataset/schema";
import type { SnapshotText } from "../../model/frame/snapshot";
import { CLASS_COLORS, PNG_THEMES } from "../style/style";
import { withBand } from "./svgImage";

const FONT = "12px system-ui, sans-serif";
const ROW = 20;
const COLUMN = 30;
const HEAD = 64;
const PAD = 12;
const MAX_LABEL = 220;

/**
 * "Partners of <entity> by year" as a PNG, drawn as the panel draws it: a row per partner, a column per
 * period (the window's shaded), events as dots and states as bars in their class colours, then the band
 * (caption, classes, sources) of the graph's images.
 */
export function partnersGridPng(grid: PartnerGrid, inWindow: (p: Period) => boolean, text: SnapshotText, dark: boolean, scale = 2): Promise<Blob> {
  const theme = dark ? PNG_THEMES.dark : PNG_THEMES.light;
  const measure = document.createElement("canvas").getContext("2d")!;
  measure.font = FONT;
  const labelWidth = Math.min(MAX_LABEL, Math.max(60, ...grid.rows.map((r) => measure.measureText(r.label).width))) + 8;
  const width = PAD * 2 + labelWidth + COLUMN * grid.periods.length;
  const height = PAD * 2 + HEAD + ROW * grid.rows.length;
  return withBand(width, height, theme, text, scale, (ctx) => {
    ctx.font = FONT;
    ctx.textBaseline = "middle";
    const left = PAD + labelWidth;
    const top = PAD + HEAD;
    grid.periods.forEach((p, i) => {
      const x = left + i * COLUMN;
      if (inWindow(p)) {
        ctx.fillStyle = theme.foreground;
        ctx.globalAlpha = 0.08;
        ctx.fillRect(x, PAD, COLUMN, HEAD + ROW * grid.rows.length);
        ctx.globalAlpha = 1;
      }
      ctx.save();
      ctx.translate(x + COLUMN / 2, top - 4);
      ctx.rotate(-Math.PI / 2);
      ctx.fillStyle = theme.foreground;
      ctx.fillText(p.label, 0, 0);
      ctx.restore();
    });
    grid.rows.forEach((row, r) => {
      const y = top + r * ROW;
      ctx.fillStyle = theme.foreground;
      ctx.fillText(fitted(ctx, row.label, labelWidth - 8), PAD, y + ROW / 2);
      row.cells.forEach((cell, i) => {
        if (!cell) return;
        const x = left + i * COLUMN;
        let dot = x + 5;
        RELATION_CLASSES.forEach((c, k) => {
          ctx.fillStyle = CLASS_COLORS[c];
          if (cell.events[k] > 0) {
            ctx.beginPath();
            ctx.arc(dot, y + 7, 3, 0, 2 * Math.PI);
            ctx.fill();
            dot += 7;
          }
          // States join up across columns, as on the page.
          if (cell.states[k] > 0) ctx.fillRect(x, y + ROW - 6 + (k % 2) * 2, COLUMN, 2);
        });
      });
    });
  });
}

/** The label cut with "…" to fit `max` pixels. */
function fitted(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > max) cut = cut.slice(0, -1);
  return `${cut}…`;
}
