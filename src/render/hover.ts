import { nodeSize } from "./style";

/**
 * What hovering does to the picture, as pure functions the reducers call: an entity keeps
 * itself, its neighbours in view and the relations between them; the rest dims.
 */
export type Hover =
  | { kind: "entity"; id: string; neighbours: ReadonlySet<string>; relations: ReadonlySet<string> }
  | { kind: "relation"; id: string }
  | null;

/** The part of sigma's display data hovering changes (reducers see it loosely typed). */
interface Look {
  color?: string;
  size?: number;
  label?: string | null;
  zIndex?: number;
}

export function sizedNode<T extends Look>(data: T, degree: number): T {
  return { ...data, size: nodeSize(degree) };
}

export function hoveredNode<T extends Look>(node: string, data: T, hover: Hover, background: string): T {
  if (hover?.kind !== "entity") return data;
  if (node === hover.id || hover.neighbours.has(node)) return { ...data, zIndex: 2 };
  return { ...data, color: dimColor(data.color ?? "", background), label: null, zIndex: 0 };
}

export function hoveredEdge<T extends Look>(edge: string, data: T, hover: Hover, background: string): T {
  if (hover === null) return data;
  if (hover.kind === "relation") return edge === hover.id ? { ...data, size: (data.size ?? 1) + 2, zIndex: 3 } : data;
  if (hover.relations.has(edge)) return { ...data, zIndex: 2 };
  return { ...data, color: dimColor(data.color ?? "", background, 0.88), zIndex: 0 };
}

/** `color` mixed towards `background` by `amount` (0 = unchanged, 1 = background). */
export function dimColor(color: string, background: string, amount = 0.8): string {
  const a = parseColor(color);
  const b = parseColor(background);
  if (!a || !b) return color;
  const mix = a.map((v, i) => Math.round(v + (b[i] - v) * amount));
  return `#${mix.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

/** `#rgb`, `#rrggbb` or `rgb(r, g, b)` (what getComputedStyle returns) as [r, g, b]. */
function parseColor(color: string): number[] | undefined {
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(color.trim());
  if (rgb) return rgb.slice(1, 4).map(Number);
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
}
