import type Sigma from "sigma";
import type { CameraState } from "sigma/types";
import { fitItems, type FitItem, type Padding } from "./fit";

/** Room for the layout switch (top left) and the zoom buttons (right). */
const CONTROLS_PADDING: Padding = { top: 52, right: 60, bottom: 16, left: 16 };

const REFERENCE: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
let measurer: CanvasRenderingContext2D | null = null;

/** The camera that frames every visible entity with room for its label (sigma's own fit ignores labels). */
function labelAwareCamera(sigma: Sigma, padding: Padding = CONTROLS_PADDING): CameraState | undefined {
  const settings = sigma.getSettings();
  measurer ??= document.createElement("canvas").getContext("2d");
  if (measurer) measurer.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  const items: FitItem[] = [];
  sigma.getGraph().forEachNode((node) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const at = sigma.framedGraphToViewport(data, { cameraState: REFERENCE });
    const labelWidth = data.label && measurer ? measurer.measureText(data.label).width : 0;
    items.push({ x: at.x, y: at.y, size: data.size, labelWidth });
  });
  const { width, height } = sigma.getDimensions();
  const fit = fitItems(items, {
    width,
    height,
    padding,
    labelHeight: settings.labelSize * 1.3,
    labelGap: 3,
    maxLabelWidth: 0.3 * (width - padding.left - padding.right),
    minRatio: settings.minCameraRatio ?? 0.01,
    maxRatio: settings.maxCameraRatio ?? 100,
    sizeScale: (ratio) => 1 / settings.zoomToSizeRatioFunction(ratio),
  });
  if (!fit) return undefined;
  const centre = sigma.viewportToFramedGraph(fit.centre, { cameraState: REFERENCE });
  return { x: centre.x, y: centre.y, ratio: fit.ratio, angle: 0 };
}

/** Processes the entities now (the fit reads their display data), then moves the camera to frame what is in view. */
export function fitToView(sigma: Sigma, duration = 0): Promise<void> {
  // At once, even while FirstDraw holds the mount's redraws. Entities only: the relations' reducers (100k of them in a
  // large dataset, hundreds of ms) do not move the camera; sigma's processing still places every item.
  sigma.refresh({ partialGraph: { nodes: sigma.getGraph().nodes() }, schedule: false });
  const state = labelAwareCamera(sigma) ?? REFERENCE;
  const camera = sigma.getCamera();
  if (duration > 0) return camera.animate(state, { duration });
  camera.setState(state);
  sigma.scheduleRender();
  return Promise.resolve();
}
