import type Sigma from "sigma";
import { drawDiscNodeLabel } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { placeLabels, type LabelBox, type LabelCandidate, type PlacedLabel } from "../../model/layout/labelPlacement";

type DrawLabel = Settings["defaultDrawNodeLabel"];

/**
 * sigma's label drawn over a halo of `halo` (the background colour): labels stay readable where they cross
 * edges, nodes or a map's land. Labels of entities fading out are drawn with their opacity.
 */
export function haloLabels(halo: string): DrawLabel {
  return (context, data, settings) => {
    if (!data.label) return;
    const opacity = (data as { opacity?: number }).opacity ?? 1;
    if (opacity <= 0) return;
    context.save();
    context.globalAlpha = opacity;
    context.font = labelFont(settings);
    // Where sigma's own disc label goes: right of the node, a third of the text size below its centre.
    context.strokeStyle = halo;
    context.lineWidth = haloWidth(settings);
    context.lineJoin = "round";
    context.strokeText(data.label, ...labelOrigin(data, settings));
    drawDiscNodeLabel(context, data, settings);
    context.restore();
  };
}

/** Labels fade with their entity; out of view they are not drawn. */
export const drawFadingLabel: DrawLabel = (context, data, settings) => {
  const opacity = (data as { opacity?: number }).opacity ?? 1;
  if (opacity <= 0) return;
  if (opacity >= 1) return drawDiscNodeLabel(context, data, settings);
  context.save();
  context.globalAlpha = opacity;
  drawDiscNodeLabel(context, data, settings);
  context.restore();
};

type LabelSettings = Pick<Settings, "labelSize" | "labelWeight" | "labelFont">;

export const labelFont = (s: LabelSettings) => `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;
export const haloWidth = (s: LabelSettings) => Math.max(3, s.labelSize / 3.5);

/** Where sigma's disc label starts its text (left, baseline), in viewport pixels. */
export function labelOrigin(data: { x: number; y: number; size: number }, s: LabelSettings): [number, number] {
  return [data.x + data.size + 3, data.y + s.labelSize / 3];
}

let measuring: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();

/** The box a label's text covers with its halo, in viewport pixels (ascenders to descenders). */
export function labelBox(data: { x: number; y: number; size: number; label: string }, s: LabelSettings): LabelBox {
  const font = labelFont(s);
  let width = widths.get(`${font}|${data.label}`);
  if (width === undefined) {
    measuring ??= document.createElement("canvas").getContext("2d")!;
    measuring.font = font;
    width = measuring.measureText(data.label).width;
    if (widths.size > 20_000) widths.clear();
    widths.set(`${font}|${data.label}`, width);
  }
  const [left, baseline] = labelOrigin(data, s);
  const pad = haloWidth(s) / 2;
  return { x: left - pad, y: baseline - s.labelSize * 0.8 - pad, width: width + 2 * pad, height: s.labelSize + 2 * pad };
}

const visible = (data: { label?: string | null; hidden?: boolean; opacity?: number }) => !!data.label && !data.hidden && ((data as { opacity?: number }).opacity ?? 1) > 0;

/** The labels a renderer drew in its last render, in viewport pixels. */
export interface DrawnLabels {
  readonly drawn: PlacedLabel[];
}

/**
 * Keeps `renderer`'s labels from overlapping. At each render's first label, every visible label is placed, most
 * important first: the selected entity, then the labels sigma forces (its neighbours), then the larger entities; a
 * label that would overlap one placed is left out. sigma's label grid still decides which labels are candidates
 * (labelDensity, labelGridCellSize): a label is drawn when sigma asks for it and it was placed.
 */
export function keepLabelsApart(renderer: Sigma, draw: DrawLabel): DrawnLabels {
  const result = { drawn: [] as PlacedLabel[] };
  let placed = new Map<string, PlacedLabel>();
  // Placed at the first label drawn, not on "beforeRender": positions are final only then.
  let fresh = false;
  const beforeRender = () => {
    fresh = true;
    result.drawn = [];
  };
  const place = (s: Settings) => {
    const { width, height } = renderer.getDimensions();
    const candidates: LabelCandidate[] = [];
    renderer.getGraph().forEachNode((key) => {
      const d = renderer.getNodeDisplayData(key);
      if (!d || !visible(d)) return;
      const { x, y } = renderer.framedGraphToViewport(d);
      if (x < -width || x > 2 * width || y < -height || y > 2 * height) return;
      const box = labelBox({ x, y, size: renderer.scaleSize(d.size), label: d.label! }, s);
      candidates.push({ id: key, ...box, priority: (d.highlighted ? 1e6 : 0) + (d.forceLabel ? 1e5 : 0) + (d.zIndex ?? 0) * 1e3 + d.size });
    });
    placed = new Map(placeLabels(candidates).map((l) => [l.id, l]));
  };
  renderer.on("beforeRender", beforeRender);
  renderer.once("kill", () => renderer.off("beforeRender", beforeRender));
  const apart: DrawLabel = (context, data, s) => {
    if (fresh) {
      fresh = false;
      place(s);
    }
    const label = placed.get((data as { key?: string }).key ?? "");
    if (!label || !visible(data)) return;
    result.drawn.push(label);
    draw(context, data, s);
  };
  renderer.setSetting("defaultDrawNodeLabel", apart);
  return result;
}
