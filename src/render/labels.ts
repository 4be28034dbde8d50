import { drawDiscNodeLabel } from "sigma/rendering";
import type { Settings } from "sigma/settings";

/**
 * sigma's label drawn over a halo of `halo` (the background colour): labels stay readable where they cross
 * edges, nodes or a map's land. Labels of entities fading out are drawn with their opacity.
 */
export function haloLabels(halo: string): Settings["defaultDrawNodeLabel"] {
  return (context, data, settings) => {
    if (!data.label) return;
    const opacity = (data as { opacity?: number }).opacity ?? 1;
    if (opacity <= 0) return;
    context.save();
    context.globalAlpha = opacity;
    context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    // Where sigma's own disc label goes: right of the node, a third of the text size below its centre.
    context.strokeStyle = halo;
    context.lineWidth = Math.max(3, settings.labelSize / 3.5);
    context.lineJoin = "round";
    context.strokeText(data.label, data.x + data.size + 3, data.y + settings.labelSize / 3);
    drawDiscNodeLabel(context, data, settings);
    context.restore();
  };
}
