/** Colour arithmetic shared by the graph, hover, themes and exported images. */

/** `#rgb`, `#rrggbb` or `rgb(r, g, b)` (what getComputedStyle returns) as [r, g, b]; anything else undefined. */
export function parseColor(color: string): [number, number, number] | undefined {
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(color.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** `color` moved a share `t` of the way to `towards` (0 = unchanged, 1 = `towards`); unparseable colours are returned as they are. */
export function mix(color: string, towards: string, t: number): string {
  const a = parseColor(color);
  const b = parseColor(towards);
  if (!a || !b) return color;
  return `#${a.map((c, i) => Math.round(c + (b[i] - c) * t).toString(16).padStart(2, "0")).join("")}`;
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [la, lb] = [parseColor(a), parseColor(b)].map((c) => (c ? luminance(c) : 0));
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The colour, or the least blend of it toward `toward` (in steps of `step`) that reaches `minRatio` against `background`. */
export function legible(color: string, background: string, toward: string, minRatio: number, step: number): string {
  if (!parseColor(color) || !parseColor(toward) || !parseColor(background) || contrast(color, background) >= minRatio) return color;
  for (let t = step; t < 1; t += step) {
    const blended = mix(color, toward, t);
    if (contrast(blended, background) >= minRatio) return blended;
  }
  return mix(color, toward, 1);
}
