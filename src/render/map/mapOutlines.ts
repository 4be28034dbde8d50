import type Sigma from "sigma";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { project } from "./mapLayout";
import { MAP_COLORS, MAP_THEMES, type PngBackground } from "../style/style";

/** Country outlines (Natural Earth 1:110m via world-atlas, bundled: no request leaves the app) in graph coordinates. */
export interface MapOutlines {
  land: Path2D;
  borders: Path2D;
}

let loading: Promise<MapOutlines> | null = null;

/** Loads the outlines once (a separate chunk, fetched from the app's own origin only when the map is shown). */
export function mapOutlines(): Promise<MapOutlines> {
  loading ??= import("world-atlas/countries-110m.json").then((m) => outlinesOf(m.default as unknown as Topology));
  return loading;
}

type Ring = number[][];

/**
 * Adds rings to a path. Natural Earth rings cross the antimeridian (Fiji, Chukotka, Antarctica):
 * longitudes are unwrapped so no line runs across the whole map, and a ring that goes round a
 * pole is closed along that pole.
 */
function addRings(path: Path2D, rings: Ring[], close: boolean) {
  for (const ring of rings) {
    let shift = 0;
    let previous = 0;
    let latSum = 0;
    ring.forEach(([rawLon, lat], i) => {
      let lon = rawLon + shift;
      if (i > 0 && lon - previous > 180) (shift -= 360), (lon -= 360);
      else if (i > 0 && lon - previous < -180) (shift += 360), (lon += 360);
      previous = lon;
      latSum += lat;
      const p = project(lat, lon);
      if (i === 0) path.moveTo(p.x, p.y);
      else path.lineTo(p.x, p.y);
    });
    if (!close || ring.length === 0) continue;
    if (shift !== 0) {
      const pole = latSum < 0 ? -90 : 90;
      const last = project(pole, previous);
      const first = project(pole, ring[0][0]);
      path.lineTo(last.x, last.y);
      path.lineTo(first.x, first.y);
    }
    path.closePath();
  }
}

function outlinesOf(world: Topology): MapOutlines {
  const countries = world.objects.countries as GeometryCollection;
  const land = new Path2D();
  const shapes = feature(world, world.objects.land as GeometryCollection);
  for (const f of shapes.features) {
    const g = f.geometry;
    if (g.type === "Polygon") addRings(land, g.coordinates, true);
    else if (g.type === "MultiPolygon") for (const polygon of g.coordinates) addRings(land, polygon, true);
  }
  const borders = new Path2D();
  const lines = mesh(world, countries);
  addRings(borders, lines.type === "MultiLineString" ? lines.coordinates : [lines.coordinates as unknown as Ring], false);
  return { land, borders };
}

export interface MapStyle {
  land: string;
  border: string;
  /** Canvas pixels per CSS pixel. */
  pixelRatio: number;
}

/**
 * Draws the outlines as `sigma` currently frames the graph, onto a 2D context of the sigma's size
 * times `pixelRatio`: used by the live map layer and by image export (with its own renderer).
 */
export function drawMapOutlines(ctx: CanvasRenderingContext2D, sigma: Sigma, outlines: MapOutlines, style: Partial<MapStyle> = {}): void {
  const { land = MAP_COLORS.land, border = MAP_COLORS.border, pixelRatio = 1 } = style;
  // Graph → viewport is affine: read it off three points, then let the canvas apply it to the paths.
  const o = sigma.graphToViewport({ x: 0, y: 0 });
  const ex = sigma.graphToViewport({ x: 1, y: 0 });
  const ey = sigma.graphToViewport({ x: 0, y: 1 });
  const a = [ex.x - o.x, ex.y - o.y];
  const b = [ey.x - o.x, ey.y - o.y];
  const scale = Math.hypot(a[0], a[1]);
  if (!Number.isFinite(scale) || scale === 0) return;
  ctx.save();
  ctx.setTransform(pixelRatio * a[0], pixelRatio * a[1], pixelRatio * b[0], pixelRatio * b[1], pixelRatio * o.x, pixelRatio * o.y);
  ctx.fillStyle = land;
  ctx.fill(outlines.land);
  ctx.strokeStyle = border;
  ctx.lineWidth = 1 / scale;
  ctx.lineJoin = "round";
  ctx.stroke(outlines.borders);
  ctx.restore();
}

/** Export hook (see exportPng's BackgroundLayer): the map's outlines under the exported graph. */
export async function drawMapBackground(ctx: CanvasRenderingContext2D, frame: { renderer: Sigma; background?: PngBackground }): Promise<void> {
  // The exporter has already scaled the context to its pixel ratio; drawMapOutlines sets its own transform.
  drawMapOutlines(ctx, frame.renderer, await mapOutlines(), { ...MAP_THEMES[frame.background ?? "light"], pixelRatio: ctx.getTransform().a });
}
