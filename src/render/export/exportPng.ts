import { drawOnCanvas } from "@sigma/export-image";
import type { Settings } from "sigma/settings";
import { withPngText } from "../../model/export/pngText";
import { defaultComposition, type Composition, type SnapshotText } from "../../model/frame/snapshot";
import type { EntenteSigma } from "../graph/sigmaSettings";
import { canvasLimits, sizeProblem } from "../graph/canvasLimits";
import { bandIsEmpty, drawBand, layoutBand, type BandText } from "./legendBand";
import { legendEntries } from "./legendEntries";
import { haloLabels, keepLabelsApart } from "../graph/labels";
import type { PlacedLabel } from "../../model/layout/labelPlacement";
import { legibleOn, needsLegibleColours, PNG_THEMES, type PngBackground } from "../style/style";

export { canvasLimits, sizeProblem, type PngBackground };

/**
 * Draws under the graph, e.g. the map layout's country outlines. `ctx` is scaled so that one unit is one pixel of
 * the graph's viewport (`width` × `height`), the space of `renderer.graphToViewport()`; `renderer` is the
 * off-screen sigma that draws the image, with the live view's graph, settings and camera.
 */
export type BackgroundLayer = (
  ctx: CanvasRenderingContext2D,
  frame: { renderer: EntenteSigma; width: number; height: number; background: PngBackground },
) => void | Promise<void>;

export interface PngOptions {
  /** Size before scaling; the image is `width × scale` by `height × scale` pixels. */
  width: number;
  height: number;
  scale: number;
  background: PngBackground;
  /** A band below the graph with caption, legend and sources (what the composition keeps of them). */
  withLegend: boolean;
  /** The composer's headings, note and choices; without it, the text's own caption, note, legend and sources. */
  composition?: Composition;
  drawBackground?: BackgroundLayer;
}

export const DEFAULT_PNG: PngOptions = { width: 1920, height: 1080, scale: 1, background: "light", withLegend: true };

/** The image is composed as on a screen whose short side is at most this many pixels, then drawn at full resolution. */
const DESIGN_SHORT_SIDE = 900;

export function pixelSize(opts: Pick<PngOptions, "width" | "height" | "scale">): { width: number; height: number } {
  return { width: Math.round(opts.width * opts.scale), height: Math.round(opts.height * opts.scale) };
}

/** Set when the browser gave a WebGL layer a smaller buffer than asked for: the image would be wrong, not just blurry. */
function bufferProblem(renderer: EntenteSigma): string | undefined {
  for (const canvas of Object.values(renderer.getCanvases())) {
    const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
    if (gl && (gl.drawingBufferWidth < canvas.width || gl.drawingBufferHeight < canvas.height)) {
      return `this browser can only draw the graph at ${gl.drawingBufferWidth} × ${gl.drawingBufferHeight} px, not ${canvas.width} × ${canvas.height}. Choose a smaller size or scale.`;
    }
  }
  return undefined;
}

/** What the band states, from the view's text and the composer's choices. */
export function bandText(text: SnapshotText, composition: Composition = defaultComposition(text)): BandText {
  return {
    title: composition.title,
    subtitle: composition.subtitle,
    note: composition.note,
    entries: composition.legend ? legendEntries(text) : [],
    sources: composition.sources ? `${text.attribution} · Made with Entente` : undefined,
  };
}

// One image at a time: drawing swaps window.devicePixelRatio, so a preview must not overlap a download.
let drawing: Promise<unknown> = Promise.resolve();

/** Re-renders the current view off-screen (sigma's live canvas is not preserved) and adds the legend band. */
export function renderSnapshot(sigma: EntenteSigma, text: SnapshotText, opts: PngOptions): Promise<HTMLCanvasElement> {
  return oneAtATime(() => drawSnapshot(sigma, text, opts));
}

/** Runs `draw` once the images being drawn are done. */
export function oneAtATime<T>(draw: () => Promise<T>): Promise<T> {
  const next = drawing.then(draw, draw);
  drawing = next.catch(() => undefined);
  return next;
}

/** How an image is laid out: design pixels (what the layout sees) and `k`, the image pixels per design pixel. */
export interface ImageFrame {
  theme: { background: string; foreground: string };
  k: number;
  design: { width: number; height: number };
  graphHeight: number;
  band?: ReturnType<typeof layoutBand>;
}

/** Lays out the image: the band under the graph is measured with `ctx`, the graph takes the rest. */
export function frameImage(ctx: CanvasRenderingContext2D, text: SnapshotText, opts: PngOptions): ImageFrame {
  const theme = PNG_THEMES[opts.background];
  // Layout happens in "design" pixels; k maps them to image pixels.
  const density = Math.max(1, Math.min(opts.width, opts.height) / DESIGN_SHORT_SIDE);
  const k = density * opts.scale;
  const design = { width: Math.round(opts.width / density), height: Math.round(opts.height / density) };
  const content = bandText(text, opts.composition);
  const band = opts.withLegend && !bandIsEmpty(content) ? layoutBand(ctx, content, design.width, theme) : undefined;
  return { theme, k, design, graphHeight: Math.max(50, design.height - (band?.height ?? 0)), band };
}

/**
 * Draws the graph of `frame` off-screen with sigma at `k` pixels per design pixel, framed and with its labels kept
 * apart; `visit` sees the renderer as drawn (e.g. to draw under it, or to read its scene). Gives the graph layer
 * and the labels drawn, in design pixels.
 */
export async function drawGraphLayer(
  sigma: EntenteSigma,
  frame: ImageFrame,
  k: number,
  visit?: (renderer: EntenteSigma, labels: PlacedLabel[]) => void | Promise<void>,
): Promise<{ graph: HTMLCanvasElement; labels: PlacedLabel[] }> {
  const { design, graphHeight } = frame;
  let labels: PlacedLabel[] = [];
  // Failures inside the hook are kept until drawOnCanvas returns, so it can remove its off-screen renderer.
  let failure: unknown;
  const settings = themedSettings(sigma, frame.theme);
  const graph = await withPixelRatio(k, () =>
    drawOnCanvas(sigma, {
      width: design.width,
      height: graphHeight,
      backgroundColor: "transparent",
      sigmaSettings: settings,
      withTempRenderer: async (renderer) => {
        try {
          const problem = bufferProblem(renderer);
          if (problem) throw new Error(problem);
          if (showsWholeGraph(sigma)) fitLabels(renderer, design.width, graphHeight);
          const apart = keepLabelsApart(renderer, settings.defaultDrawNodeLabel!);
          renderer.refresh();
          labels = apart.drawn;
          await visit?.(renderer, labels);
        } catch (e) {
          failure = e;
        }
      },
    }),
  );
  if (failure) throw failure;
  return { graph, labels };
}

/** The labels drawn in each image, in design pixels: a test can check they do not overlap. */
const drawnLabels = new WeakMap<HTMLCanvasElement, PlacedLabel[]>();
export const labelsDrawnIn = (canvas: HTMLCanvasElement): PlacedLabel[] => drawnLabels.get(canvas) ?? [];

async function drawSnapshot(sigma: EntenteSigma, text: SnapshotText, opts: PngOptions): Promise<HTMLCanvasElement> {
  const out = pixelSize(opts);
  const problem = sizeProblem(out);
  if (problem) throw new Error(problem);
  const canvas = document.createElement("canvas");
  canvas.width = out.width;
  canvas.height = out.height;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("This browser could not create a canvas for the image.");
  const frame = frameImage(ctx, text, opts);
  const { theme, k, design, graphHeight, band } = frame;
  ctx.setTransform(k, 0, 0, k, 0, 0);

  let backgroundLayer: HTMLCanvasElement | undefined;
  const { graph, labels } = await drawGraphLayer(sigma, frame, k, async (renderer) => {
    if (opts.drawBackground) backgroundLayer = await drawBackgroundLayer(renderer, frame, k, opts.drawBackground, opts.background);
  });

  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (opts.background !== "transparent") {
    ctx.fillStyle = theme.background;
    ctx.fillRect(0, 0, out.width, out.height);
  }
  if (backgroundLayer) ctx.drawImage(backgroundLayer, 0, 0);
  // Drawn 1:1: resampling would blur it (sizes may differ by a rounding pixel).
  ctx.drawImage(graph, 0, 0);
  if (band) {
    ctx.setTransform(k, 0, 0, k, 0, 0);
    drawBand(ctx, band, graphHeight, design.width, theme);
  }
  drawnLabels.set(canvas, labels);
  return canvas;
}

/** What lies under the graph (the map), drawn at `k` pixels per design pixel. */
export async function drawBackgroundLayer(renderer: EntenteSigma, frame: ImageFrame, k: number, layer: BackgroundLayer, background: PngBackground) {
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(frame.design.width * k);
  canvas.height = Math.round(frame.graphHeight * k);
  const ctx = canvas.getContext("2d")!;
  ctx.scale(k, k);
  await layer(ctx, { renderer, width: frame.design.width, height: frame.graphHeight, background });
  return canvas;
}

/** The live camera shows the whole graph (not zoomed or panned by the user). */
function showsWholeGraph(sigma: EntenteSigma): boolean {
  const { x, y, ratio, angle } = sigma.getCamera().getState();
  return x === 0.5 && y === 0.5 && ratio === 1 && angle === 0;
}

/**
 * sigma fits nodes, not their labels, into the frame: long labels at the edge would be cut off. Zooms out and
 * recentres just enough that every visible node and its label stands inside the image.
 */
function fitLabels(renderer: EntenteSigma, width: number, height: number, margin = 20): void {
  const settings = renderer.getSettings();
  const measure = document.createElement("canvas").getContext("2d")!;
  measure.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
  for (let pass = 0; pass < 3; pass++) {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    renderer.getGraph().forEachNode((node) => {
      const d = renderer.getNodeDisplayData(node);
      if (!d || d.hidden) return;
      const { x, y } = renderer.framedGraphToViewport(d);
      const r = renderer.scaleSize(d.size);
      const right = d.label ? x + r + 3 + measure.measureText(d.label).width : x + r;
      [minX, minY, maxX, maxY] = [Math.min(minX, x - r), Math.min(minY, y - r), Math.max(maxX, right), Math.max(maxY, y + r)];
    });
    if (!Number.isFinite(minX)) return;
    if (minX >= margin && minY >= margin && maxX <= width - margin && maxY <= height - margin) return;
    const zoom = Math.min(1, (width - 2 * margin) / (maxX - minX), (height - 2 * margin) / (maxY - minY));
    const camera = renderer.getCamera();
    const centre = renderer.viewportToFramedGraph({ x: (minX + maxX) / 2, y: (minY + maxY) / 2 });
    camera.setState({ x: centre.x, y: centre.y, ratio: camera.ratio / zoom });
    renderer.refresh();
  }
}

/** The live settings with the image's colours: light labels on dark, node and edge colours that stay visible. */
function themedSettings(sigma: EntenteSigma, theme: { background: string; foreground: string }): Partial<Settings> {
  // Labels get a halo of the background (white on a transparent image, meant for light pages), so they stay
  // readable over edges, other nodes and the map's land.
  const halo = theme.background === "transparent" ? "#ffffff" : theme.background;
  const settings: Partial<Settings> = { labelColor: { color: theme.foreground }, defaultDrawNodeLabel: haloLabels(halo) };
  if (!needsLegibleColours(theme)) return settings;
  const nodeReducer = sigma.getSetting("nodeReducer");
  const edgeReducer = sigma.getSetting("edgeReducer");
  const legible = <T extends { color?: string }>(data: T): T =>
    data.color ? { ...data, color: legibleOn(data.color, theme.background, theme.foreground) } : data;
  settings.nodeReducer = (node, data) => legible(nodeReducer ? nodeReducer(node, data) : data);
  settings.edgeReducer = (edge, data) => legible(edgeReducer ? edgeReducer(edge, data) : data);
  return settings;
}

/** Encodes the image; `caption` goes into the file as its Title, so the PNG says what it shows wherever it ends up. */
export async function canvasToPng(canvas: HTMLCanvasElement, caption?: string): Promise<Blob> {
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the browser could not encode the PNG"))), "image/png"),
  );
  if (caption === undefined) return blob;
  const png = withPngText(new Uint8Array(await blob.arrayBuffer()), { Title: caption, Software: "Entente" });
  return new Blob([png as Uint8Array<ArrayBuffer>], { type: "image/png" });
}

/** sigma and @sigma/export-image read window.devicePixelRatio for their canvas resolution. */
async function withPixelRatio<T>(ratio: number, draw: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  Object.defineProperty(window, "devicePixelRatio", { configurable: true, get: () => ratio });
  try {
    return await draw();
  } finally {
    if (own) Object.defineProperty(window, "devicePixelRatio", own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}
