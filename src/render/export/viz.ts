import type { EdgeViz, NodeViz } from "../../model/export/gexf";
import type { EntenteSigma } from "../graph/sigmaSettings";

/** Positions, sizes and colours of the graph sigma draws, as plain data for the GEXF export. */
export function vizFrom(sigma: EntenteSigma): { nodeViz: (id: string) => NodeViz | undefined; edgeViz: (id: string) => EdgeViz | undefined } {
  const graph = sigma.getGraph();
  return {
    nodeViz: (id) => {
      if (!graph.hasNode(id)) return undefined;
      const a = graph.getNodeAttributes(id);
      return { x: a.x, y: a.y, size: a.size, color: a.color };
    },
    edgeViz: (id) => {
      if (!graph.hasEdge(id)) return undefined;
      const a = graph.getEdgeAttributes(id);
      return { color: a.color, thickness: a.size };
    },
  };
}
