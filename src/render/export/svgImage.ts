import type { SnapshotText } from "../../model/frame/snapshot";
import { bandText } from "./exportPng";
import { drawBand, layoutBand } from "./legendBand";
import { PNG_THEMES } from "../style/style";

/** Properties a drawn SVG takes from the page's stylesheet, copied onto it so it looks the same as an image. */
const STYLED = ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "opacity", "font-size", "font-family", "font-weight", "text-anchor", "dominant-baseline"];

function inlineStyles(source: Element, copy: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLED.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(";");
  copy.setAttribute("style", style);
  for (let i = 0; i < source.children.length; i++) inlineStyles(source.children[i], copy.children[i]);
}

/**
 * A view drawn as SVG on the page (an entity's timeline) as a PNG, on the page's background (its
 * text colours come with it) with the same band under it as the graph's images: caption, the
 * colours in use, sources.
 */
export async function svgToPng(svg: SVGSVGElement, text: SnapshotText, scale = 2): Promise<Blob> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  const width = Number(svg.getAttribute("width"));
  const height = Number(svg.getAttribute("height"));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const theme = getComputedStyle(svg).colorScheme === "dark" ? PNG_THEMES.dark : PNG_THEMES.light;
    return await withBand(width, height, theme, text, scale, (ctx) => ctx.drawImage(image, 0, 0, width, height));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A picture `width`×`height` drawn by `draw`, on the theme's background, with the graph images' band under it, as PNG. */
export async function withBand(
  width: number,
  height: number,
  theme: { background: string; foreground: string },
  text: SnapshotText,
  scale: number,
  draw: (ctx: CanvasRenderingContext2D) => void,
): Promise<Blob> {
  const imageWidth = Math.max(width, 560);
  const canvas = document.createElement("canvas");
  const ctx = canvas.getContext("2d")!;
  const band = layoutBand(ctx, bandText(text), imageWidth, theme);
  canvas.width = imageWidth * scale;
  canvas.height = (height + band.height) * scale;
  ctx.scale(scale, scale);
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, imageWidth, height + band.height);
  draw(ctx);
  drawBand(ctx, band, height, imageWidth, theme);
  return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the image could not be encoded"))), "image/png"));
}
