import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";

/** Attributes stay loosely typed at the sigma boundary: its plugins are typed for plain attributes. */
export type EntenteSigma = Sigma;

/** What every Entente graph shares: curved parallels, labels, stacking, and how zoom sizes things. */
export const BASE_SETTINGS: Partial<Settings> = {
  edgeProgramClasses: { curvedArrow: EdgeCurvedArrowProgram },
  enableEdgeEvents: true,
  labelRenderedSizeThreshold: 0,
  labelSize: 13,
  labelWeight: "600",
  zIndex: true,
  // Zooming out shrinks nodes and edges (as sigma does); zooming in keeps them at their size,
  // so crowded entities come apart instead of growing into each other.
  zoomToSizeRatioFunction: (ratio: number) => Math.sqrt(Math.max(ratio, 1)),
  // sigma's own framing (mouse reset); the initial camera and "Fit to view" also leave room for labels (camera.ts).
  stagePadding: 30,
  maxCameraRatio: 5,
};
