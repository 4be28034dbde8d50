/**
 * A camera that shows every visible entity with its label. sigma fits node centres only, and
 * labels run to the right of nodes at a fixed pixel size, so the fit is solved here: the most
 * zoomed-in ratio at which nodes (drawn bigger or smaller with the zoom) and labels fit the viewport.
 */
export interface FitItem {
  /** Viewport position at the reference camera (ratio 1), in pixels. */
  x: number;
  y: number;
  /** Node radius at ratio 1, in pixels. */
  size: number;
  /** Label width in pixels (0 without a label). */
  labelWidth: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FitOptions {
  width: number;
  height: number;
  /** Room kept free at each side of the viewport (controls sit there). */
  padding: Padding;
  labelHeight: number;
  /** Gap between a node's edge and its label, as sigma draws it. */
  labelGap: number;
  minRatio: number;
  maxRatio: number;
  /** Label room counted at most this wide: on a phone, whole labels would shrink the graph to a strip (the rest may run off the edge). */
  maxLabelWidth?: number;
  /** How much bigger nodes are drawn at a camera ratio than at ratio 1 (sigma: 1 / zoomToSizeRatioFunction). */
  sizeScale?: (ratio: number) => number;
}

/** Ratio, and the reference-viewport point the camera centres on so the content sits inside the padding. */
export interface Fit {
  ratio: number;
  centre: { x: number; y: number };
}

function extents(items: FitItem[], ratio: number, o: FitOptions) {
  let left = Infinity;
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  const k = o.sizeScale ? o.sizeScale(ratio) : 1 / Math.sqrt(ratio);
  for (const it of items) {
    const r = it.size * k;
    const x = it.x / ratio;
    const y = it.y / ratio;
    const label = Math.min(it.labelWidth, o.maxLabelWidth ?? Infinity);
    const half = Math.max(r, label > 0 ? o.labelHeight / 2 : 0);
    left = Math.min(left, x - r);
    right = Math.max(right, x + r + (label > 0 ? o.labelGap + label : 0));
    top = Math.min(top, y - half);
    bottom = Math.max(bottom, y + half);
  }
  return { left, right, top, bottom };
}

function fits(items: FitItem[], ratio: number, o: FitOptions): boolean {
  const e = extents(items, ratio, o);
  const p = o.padding;
  return e.right - e.left <= o.width - p.left - p.right && e.bottom - e.top <= o.height - p.top - p.bottom;
}

export function fitItems(items: FitItem[], o: FitOptions): Fit | undefined {
  if (!items.length) return undefined;
  // The extent shrinks as the ratio grows: bisect on a log scale for the smallest ratio that fits.
  let lo = Math.log(o.minRatio);
  let hi = Math.log(o.maxRatio);
  if (!fits(items, o.maxRatio, o)) lo = hi;
  else if (fits(items, o.minRatio, o)) hi = lo;
  for (let i = 0; i < 40 && hi - lo > 1e-6; i++) {
    const mid = (lo + hi) / 2;
    if (fits(items, Math.exp(mid), o)) hi = mid;
    else lo = mid;
  }
  const ratio = Math.exp(hi);
  const e = extents(items, ratio, o);
  const p = o.padding;
  // Content's middle (in reference pixels / ratio) must land on the middle of the padded area.
  const shiftX = (p.left - p.right) / 2;
  const shiftY = (p.top - p.bottom) / 2;
  return { ratio, centre: { x: ((e.left + e.right) / 2 - shiftX) * ratio, y: ((e.top + e.bottom) / 2 - shiftY) * ratio } };
}
