import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type { BackgroundLayer } from "../export/exportPng";
import type { MapOutlines } from "./mapOutlines";
import { MAP_COLORS } from "../style/style";

// The outlines' code (topojson) and data load with the map layout, not with the page.
const outlinesModule = () => import("./mapOutlines");

/** The map's outlines under an exported image (see BackgroundLayer). */
export const drawMapBackground: BackgroundLayer = async (ctx, frame) => (await outlinesModule()).drawMapBackground(ctx, frame);

const MAP_LABEL_DENSITY = 1;

/** Country outlines on a canvas under sigma's own, redrawn after every frame so they follow the camera. */
export function MapLayer({ onBusy }: { onBusy: (busy: boolean) => void }) {
  const sigma = useSigma();
  useEffect(() => {
    let outlines: MapOutlines | null = null;
    let drawOutlines: (typeof import("./mapOutlines"))["drawMapOutlines"] | null = null;
    let live = true;
    const canvas = sigma.createCanvas("map", { beforeLayer: "edges" }) as HTMLCanvasElement;
    canvas.setAttribute("aria-hidden", "true");
    const draw = () => {
      if (!outlines || !drawOutlines) return;
      const { width, height } = sigma.getDimensions();
      const pixelRatio = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(width * pixelRatio)) canvas.width = Math.round(width * pixelRatio);
      if (canvas.height !== Math.round(height * pixelRatio)) canvas.height = Math.round(height * pixelRatio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
      const ctx = canvas.getContext("2d")!;
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      const css = getComputedStyle(sigma.getContainer());
      const land = css.getPropertyValue("--map-land").trim() || MAP_COLORS.land;
      const border = css.getPropertyValue("--map-border").trim() || MAP_COLORS.border;
      drawOutlines(ctx, sigma, outlines, { land, border, pixelRatio });
    };
    sigma.on("afterRender", draw);
    // Entities crowd where the map is busy: fewer labels per area until the user zooms in.
    const density = sigma.getSetting("labelDensity");
    sigma.setSetting("labelDensity", MAP_LABEL_DENSITY);
    onBusy(true);
    outlinesModule()
      .then(async (m) => {
        const o = await m.mapOutlines();
        if (!live) return;
        outlines = o;
        drawOutlines = m.drawMapOutlines;
        draw();
      })
      .catch((e: unknown) => console.error("Could not load the map outlines", e))
      .finally(() => live && onBusy(false));
    return () => {
      live = false;
      onBusy(false);
      sigma.off("afterRender", draw);
      sigma.setSetting("labelDensity", density);
      if (sigma.getCanvases().map) sigma.killLayer("map");
    };
  }, [sigma, onBusy]);
  return null;
}
