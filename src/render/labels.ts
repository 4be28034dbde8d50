import type Sigma from "sigma";
import { drawDiscNodeLabel } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { LabelPlacer, type LabelBox } from "../model/labelPlacement";

type DrawLabel = Settings["defaultDrawNodeLabel"];
type LabelData = Parameters<DrawLabel>[1];

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

/** The box a label covers with its halo, in viewport pixels. */
export function labelBox(data: { x: number; y: number; size: number; label: string }, s: LabelSettings): LabelBox {
  measuring ??= document.createElement("canvas").getContext("2d")!;
  measuring.font = labelFont(s);
  const [left, baseline] = labelOrigin(data, s);
  const pad = haloWidth(s) / 2;
  return { x: left - pad, y: baseline - s.labelSize - pad, width: measuring.measureText(data.label).width + 2 * pad, height: s.labelSize * 1.25 + 2 * pad };
}

const visible = (data: { label?: string | null; hidden?: boolean; opacity?: number }) => !!data.label && !data.hidden && ((data as { opacity?: number }).opacity ?? 1) > 0;

/**
 * Keeps `renderer`'s labels from overlapping: on each render, labels sigma forces (the selected entity and its
 * neighbours, selected first) are placed first, then the others in sigma's own order (its label grid); a label
 * that would overlap one placed is not drawn. Gives the placer, whose `placed` are the labels of the last render.
 */
export function keepLabelsApart(renderer: Sigma, draw: DrawLabel): LabelPlacer {
  const placer = new LabelPlacer();
  const forcedIds = new Set<string>();
  // The forced labels are placed at the first label drawn, not on "beforeRender": positions are final only then.
  let fresh = false;
  const beforeRender = () => {
    placer.clear();
    forcedIds.clear();
    fresh = true;
  };
  const placeForced = (s: Settings) => {
    const forced: (LabelData & { key: string; label: string; rank: number })[] = [];
    renderer.getGraph().forEachNode((key) => {
      const d = renderer.getNodeDisplayData(key);
      if (!d?.forceLabel || !visible(d)) return;
      const { x, y } = renderer.framedGraphToViewport(d);
      forced.push({ ...d, key, x, y, size: renderer.scaleSize(d.size), label: d.label!, rank: (d.highlighted ? 1e6 : 0) + (d.zIndex ?? 0) * 1e3 + d.size });
    });
    forced.sort((a, b) => b.rank - a.rank || (a.key < b.key ? -1 : 1));
    for (const d of forced) if (placer.place({ id: d.key, ...labelBox(d, s) })) forcedIds.add(d.key);
  };
  renderer.on("beforeRender", beforeRender);
  renderer.once("kill", () => renderer.off("beforeRender", beforeRender));
  const apart: DrawLabel = (context, data, s) => {
    if (fresh) {
      fresh = false;
      placeForced(s);
    }
    const key = (data as { key?: string }).key ?? "";
    if (!visible(data)) return;
    if (data.forceLabel) {
      if (!forcedIds.has(key)) return;
    } else if (!placer.place({ id: key, ...labelBox(data as LabelData & { label: string }, s) })) return;
    draw(context, data, s);
  };
  renderer.setSetting("defaultDrawNodeLabel", apart);
  return placer;
}
