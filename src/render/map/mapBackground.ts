import type { BackgroundLayer } from "../export/exportPng";

// The outlines' code (topojson) and data load with the map layout, not with the page.
export const outlinesModule = () => import("./mapOutlines");

/** The map's outlines under an exported image (see BackgroundLayer). */
export const drawMapBackground: BackgroundLayer = async (ctx, frame) => (await outlinesModule()).drawMapBackground(ctx, frame);
