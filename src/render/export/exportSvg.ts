import type { PlacedLabel } from "../../model/layout/labelPlacement";
import type { SnapshotText } from "../../model/frame/snapshot";
import { drawBackgroundLayer, drawGraphLayer, frameImage, oneAtATime, pixelSize, sizeProblem, type PngOptions } from "./exportPng";
import type { EntenteSigma } from "../graph/sigmaSettings";
import { labelOrigin } from "../graph/labels";
import { paintBand, type BandPainter } from "./legendBand";

/** Text for XML: attribute values and character data alike. */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const num = (n: number) => String(Math.round(n * 100) / 100);

/**
 * The image of the view as SVG: the same framing, labels and band as the PNG (the graph is drawn off-screen by the
 * same code, then read back), with entities as circles, relations as paths and text as text. A map's land is
 * embedded as a picture under the graph. `caption` is its title, as the PNG's.
 */
export function renderSvg(sigma: EntenteSigma, text: SnapshotText, opts: PngOptions, caption: string): Promise<string> {
  return oneAtATime(async () => {
    const out = pixelSize(opts);
    const problem = sizeProblem(out);
    if (problem) throw new Error(problem);
    const measure = document.createElement("canvas").getContext("2d")!;
    const frame = frameImage(measure, text, opts);
    const { design, graphHeight, band, theme } = frame;
    const parts: string[] = [];
    if (opts.background !== "transparent") parts.push(`<rect width="${design.width}" height="${design.height}" fill="${theme.background}"/>`);
    await drawGraphLayer(sigma, frame, 1, async (renderer, labels) => {
      if (opts.drawBackground) {
        const land = await drawBackgroundLayer(renderer, frame, 2, opts.drawBackground, opts.background);
        parts.push(`<image width="${design.width}" height="${graphHeight}" href="${land.toDataURL("image/png")}"/>`);
      }
      parts.push(...graphElements(renderer, labels, theme.background === "transparent" ? "#ffffff" : theme.background));
    });
    if (band) {
      const painter = svgPainter();
      paintBand(painter, band, graphHeight, design.width, theme);
      parts.push(`<g id="band">${painter.elements.join("")}</g>`);
    }
    return [
      `<?xml version="1.0" encoding="UTF-8"?>`,
      `<svg xmlns="http://www.w3.org/2000/svg" width="${out.width}" height="${out.height}" viewBox="0 0 ${design.width} ${design.height}">`,
      `<title>${esc(caption)}</title>`,
      `<desc>Made with Entente</desc>`,
      ...parts,
      `</svg>`,
    ].join("\n");
  });
}

interface Point {
  x: number;
  y: number;
}

/** Relations (paths with their arrow heads), entities (circles) and labels, in sigma's stacking order. */
function graphElements(renderer: EntenteSigma, labels: PlacedLabel[], halo: string): string[] {
  const graph = renderer.getGraph();
  const settings = renderer.getSettings();
  const nodes = new Map<string, Point & { r: number; color: string; z: number; label: string }>();
  graph.forEachNode((node) => {
    const d = renderer.getNodeDisplayData(node);
    if (!d || d.hidden || ((d as { opacity?: number }).opacity ?? 1) <= 0) return;
    nodes.set(node, { ...renderer.framedGraphToViewport(d), r: renderer.scaleSize(d.size), color: d.color, z: d.zIndex ?? 0, label: d.label ?? "" });
  });
  const edges: { z: number; svg: string }[] = [];
  graph.forEachEdge((edge, _attrs, source, target) => {
    const d = renderer.getEdgeDisplayData(edge);
    const [s, t] = [nodes.get(source), nodes.get(target)];
    if (!d || d.hidden || !s || !t) return;
    // @sigma/edge-curve draws a curve half as wide as its thickness (it measures from the centre line).
    const width = Math.max(settings.minEdgeThickness, renderer.scaleSize(d.size)) / 2;
    const curvature = (d as { curvature?: number }).curvature ?? 0;
    const control = { x: (s.x + t.x) / 2 + (t.y - s.y) * curvature, y: (s.y + t.y) / 2 - (t.x - s.x) * curvature };
    const arrow = d.type === "arrow" || d.type === "curvedArrow";
    edges.push({ z: d.zIndex ?? 0, svg: relationSvg(edge, s, t, control, width, d.color, arrow) });
  });
  const byZ = <T extends { z: number }>(a: T, b: T) => a.z - b.z;
  const circles = [...nodes]
    .sort((a, b) => byZ(a[1], b[1]))
    .map(([id, n]) => `<circle data-entity="${esc(id)}" cx="${num(n.x)}" cy="${num(n.y)}" r="${num(n.r)}" fill="${esc(n.color)}"/>`);
  const font = `font-family="${esc(settings.labelFont)}" font-size="${settings.labelSize}" font-weight="${esc(settings.labelWeight)}"`;
  const texts = labels.flatMap(({ id }) => {
    const n = nodes.get(id);
    if (!n) return [];
    const [x, y] = labelOrigin({ ...n, size: n.r }, settings);
    return [`<text data-entity="${esc(id)}" x="${num(x)}" y="${num(y)}">${esc(n.label)}</text>`];
  });
  const labelColor = settings.labelColor.attribute ? "#1b1f24" : (settings.labelColor.color ?? "#1b1f24");
  return [
    `<g id="relations" fill="none" stroke-linecap="round">${edges.sort(byZ).map((e) => e.svg).join("")}</g>`,
    `<g id="entities">${circles.join("")}</g>`,
    `<g id="labels" ${font} fill="${esc(labelColor)}" stroke="${esc(halo)}" stroke-width="${Math.max(3, settings.labelSize / 3.5)}" stroke-linejoin="round" paint-order="stroke">${texts.join("")}</g>`,
  ];
}

/** A relation's curve (a quadratic Bézier, as @sigma/edge-curve draws it) ending at its target's rim with an arrow head. */
function relationSvg(id: string, s: Point & { r: number }, t: Point & { r: number }, control: Point, width: number, color: string, arrow: boolean): string {
  const dx = t.x - control.x;
  const dy = t.y - control.y;
  const len = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / len, dy / len];
  const tip = { x: t.x - ux * t.r, y: t.y - uy * t.r };
  const head = arrow ? Math.max(5, width * 4) : 0;
  const end = { x: tip.x - ux * head, y: tip.y - uy * head };
  const path = `<path data-relation="${esc(id)}" d="M${num(s.x)} ${num(s.y)}Q${num(control.x)} ${num(control.y)} ${num(end.x)} ${num(end.y)}" stroke="${esc(color)}" stroke-width="${num(width)}"/>`;
  if (!arrow) return path;
  const half = head * 0.6;
  const points = [tip, { x: end.x - uy * half, y: end.y + ux * half }, { x: end.x + uy * half, y: end.y - ux * half }];
  return `${path}<polygon points="${points.map((p) => `${num(p.x)},${num(p.y)}`).join(" ")}" fill="${esc(color)}"/>`;
}

/** The band as SVG elements, text as text. */
function svgPainter(): BandPainter & { elements: string[] } {
  const elements: string[] = [];
  const alpha = (a: number) => (a < 1 ? ` opacity="${a}"` : "");
  return {
    elements,
    rule: (x1, x2, y, color, a) => elements.push(`<line x1="${x1}" x2="${x2}" y1="${y}" y2="${y}" stroke="${esc(color)}" stroke-width="1"${alpha(a)}/>`),
    text: (text, x, y, font, color, a) => elements.push(`<text x="${num(x)}" y="${num(y)}" style="font: ${esc(font)}" fill="${esc(color)}"${alpha(a)}>${esc(text)}</text>`),
    dot: (cx, cy, r, color) => elements.push(`<circle cx="${num(cx)}" cy="${num(cy)}" r="${r}" fill="${esc(color)}"/>`),
    line: (x1, x2, y, color, width) => elements.push(`<line x1="${num(x1)}" x2="${num(x2)}" y1="${num(y)}" y2="${num(y)}" stroke="${esc(color)}" stroke-width="${width}"/>`),
  };
}
