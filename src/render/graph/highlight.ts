import type { AbstractGraph } from "graphology-types";
import type { ViewContents } from "../../model/time/window";
import { legible, mix } from "../style/colour";

/** What is selected: an entity, a relation, or nothing. */
export interface Selection {
  entity?: string;
  relation?: string;
}

export type Theme = "light" | "dark";

/** Graph colours per theme; they match --panel and --fg in app.css. */
export const GRAPH_THEME: Record<Theme, { background: string; label: string }> = {
  light: { background: "#ffffff", label: "#1b1f24" },
  dark: { background: "#171b21", label: "#e4e7eb" },
};

/** What to emphasise: null when nothing is selected (or the selection is out of view), so nothing dims. */
export interface Emphasis {
  nodes: Set<string>;
  edges: Set<string>;
  /** The node or edge selected itself. */
  selectedNode?: string;
  selectedEdge?: string;
}

/** The selected relation and its endpoints, or the selected entity with its relations and neighbours in view. */
export function emphasisOf(graph: AbstractGraph, contents: ViewContents, selection: Selection): Emphasis | null {
  if (selection.relation && contents.relations.has(selection.relation)) {
    const edge = selection.relation;
    return { nodes: new Set([graph.source(edge), graph.target(edge)]), edges: new Set([edge]), selectedEdge: edge };
  }
  if (selection.entity && contents.entities.has(selection.entity)) {
    const node = selection.entity;
    const nodes = new Set([node]);
    const edges = new Set<string>();
    graph.forEachEdge(node, (edge, _a, source, target) => {
      if (!contents.relations.has(edge)) return;
      edges.add(edge);
      nodes.add(source);
      nodes.add(target);
    });
    return { nodes, edges, selectedNode: node };
  }
  return null;
}

interface Drawn {
  color?: string;
  size?: number;
  label?: string | null;
  [key: string]: unknown;
}

/** Node look: selected node highlighted and labelled, neighbours as they are, everything else faded towards the background. */
export function styleNode<T extends Drawn>(node: string, data: T, emphasis: Emphasis | null, theme: Theme): T {
  // Light mode keeps the palette exactly; dark mode lifts colours that would vanish into the background.
  const color = theme === "dark" ? readable(data.color ?? "#888888", theme) : (data.color ?? "#888888");
  if (!emphasis) return color === data.color ? data : { ...data, color };
  if (node === emphasis.selectedNode) return { ...data, color, highlighted: true, forceLabel: true, zIndex: 2 };
  if (emphasis.nodes.has(node)) return { ...data, color, forceLabel: true, zIndex: 1 };
  return { ...data, color: mix(color, GRAPH_THEME[theme].background, 0.8), label: null, zIndex: 0 };
}

/** Edge look: the selected relation thicker and on top, relations of the selection as they are, the rest faded. */
export function styleEdge<T extends Drawn>(edge: string, data: T, emphasis: Emphasis | null, theme: Theme): T {
  if (!emphasis) return data;
  if (edge === emphasis.selectedEdge) return { ...data, size: (data.size ?? 1) * 2.5, zIndex: 2 };
  if (emphasis.edges.has(edge)) return { ...data, zIndex: 1 };
  return { ...data, color: mix(data.color ?? "#888888", GRAPH_THEME[theme].background, 0.85), zIndex: 0 };
}

/** A node colour lightened (or darkened) until it stands out from the theme's background (3:1, as for graphics). */
export function readable(color: string, theme: Theme): string {
  const { background, label } = GRAPH_THEME[theme];
  return legible(color, background, label, 3, 0.15);
}
