import { mix } from "../style/colour";
import { nodeSize } from "../style/style";

/**
 * What hovering does to the picture, as pure functions the reducers call: an entity keeps
 * itself, its neighbours in view and the relations between them; the rest dims.
 */
export type Hover =
  | { kind: "entity"; id: string; neighbours: ReadonlySet<string>; relations: ReadonlySet<string> }
  | { kind: "relation"; id: string }
  /** Relations a view beside the graph points at (an entity's timeline or partners grid). */
  | { kind: "relations"; ids: ReadonlySet<string> }
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
  return { ...data, color: mix(data.color ?? "", background, 0.8), label: null, zIndex: 0 };
}

export function hoveredEdge<T extends Look>(edge: string, data: T, hover: Hover, background: string): T {
  if (hover === null) return data;
  if (hover.kind === "relation") return edge === hover.id ? { ...data, size: (data.size ?? 1) + 2, zIndex: 3 } : data;
  if (hover.kind === "relations") return hover.ids.has(edge) ? { ...data, size: (data.size ?? 1) + 3, zIndex: 3 } : data;
  if (hover.relations.has(edge)) return { ...data, zIndex: 2 };
  return { ...data, color: mix(data.color ?? "", background, 0.88), zIndex: 0 };
}
