import type { SnapshotText } from "../../model/frame/snapshot";
import { PNG_THEMES } from "../style/style";
import { withBand } from "./svgImage";

/** A part of a summary in words: a heading and its lines. */
export interface TextSection {
  heading: string;
  lines: string[];
}

const LINE = 18;
const PAD = 14;
const WIDTH = 720;

/** A summary in words ("What changed") as a PNG: its sections one under the other, then the band of the graph's images. */
export function linesPng(sections: readonly TextSection[], text: SnapshotText, dark: boolean, scale = 2): Promise<Blob> {
  const theme = dark ? PNG_THEMES.dark : PNG_THEMES.light;
  const measure = document.createElement("canvas").getContext("2d")!;
  measure.font = "13px system-ui, sans-serif";
  // Long lines wrap at the image's width, at spaces.
  const wrapped = sections.map((s) => ({ heading: s.heading, lines: s.lines.flatMap((l) => wrap(measure, l, WIDTH - 2 * PAD - 12)) }));
  const height = PAD * 2 + wrapped.reduce((h, s) => h + LINE * (1.3 + s.lines.length), 0);
  return withBand(WIDTH, height, theme, text, scale, (ctx) => {
    ctx.fillStyle = theme.foreground;
    ctx.textBaseline = "top";
    let y = PAD;
    for (const s of wrapped) {
      ctx.font = "600 13px system-ui, sans-serif";
      ctx.fillText(s.heading, PAD, y + LINE * 0.3);
      y += LINE * 1.3;
      ctx.font = "13px system-ui, sans-serif";
      for (const line of s.lines) {
        ctx.fillText(line, PAD + 12, y);
        y += LINE;
      }
    }
  });
}

function wrap(ctx: CanvasRenderingContext2D, line: string, max: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const word of line.split(" ")) {
    const next = current ? `${current} ${word}` : word;
    if (current && ctx.measureText(next).width > max) {
      out.push(current);
      current = `  ${word}`;
    } else current = next;
  }
  return [...out, current];
}
