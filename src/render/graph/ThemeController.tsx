import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { drawDiscNodeLabel } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { GRAPH_THEME, type Theme } from "./highlight";

/** sigma's highlight box is hard-coded white; this one takes the theme's background so labels stay readable in dark mode. */
function hoverDrawer(theme: Theme): Settings["defaultDrawNodeHover"] {
  return (context, data, settings) => {
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    context.fillStyle = GRAPH_THEME[theme].background;
    context.shadowBlur = 8;
    context.shadowColor = theme === "dark" ? "#000000" : "rgba(0,0,0,0.5)";
    const pad = 2;
    const radius = Math.max(data.size, size / 2) + pad;
    context.beginPath();
    if (typeof data.label === "string") {
      const width = Math.round(context.measureText(data.label).width + 5);
      const height = Math.round(size + 2 * pad);
      const angle = Math.asin(height / 2 / radius);
      const dx = Math.sqrt(Math.abs(radius ** 2 - (height / 2) ** 2));
      context.moveTo(data.x + dx, data.y + height / 2);
      context.lineTo(data.x + radius + width, data.y + height / 2);
      context.lineTo(data.x + radius + width, data.y - height / 2);
      context.lineTo(data.x + dx, data.y - height / 2);
      context.arc(data.x, data.y, radius, angle, -angle);
    } else {
      context.arc(data.x, data.y, radius, 0, Math.PI * 2);
    }
    context.closePath();
    context.fill();
    context.shadowBlur = 0;
    drawDiscNodeLabel(context, data, settings);
  };
}

/** Label colour and highlight box follow the colour theme. Renders nothing. */
export function ThemeController({ theme }: { theme: Theme }) {
  const sigma = useSigma();
  useEffect(() => {
    sigma.setSetting("labelColor", { color: GRAPH_THEME[theme].label });
    sigma.setSetting("defaultDrawNodeHover", hoverDrawer(theme));
  }, [sigma, theme]);
  return null;
}
