import type { AbstractGraph } from "graphology-types";
import type { EntenteGraph } from "../dataset/graph";

/** A neighbour reached by keyboard, with the relations in view that join it to the entity it was reached from, oldest first. */
export interface NeighbourStep {
  id: string;
  relations: string[];
}

/**
 * The entities one relation in view away from `entity`, in the order the arrow keys visit them: clockwise
 * around it as drawn, starting at twelve o'clock (`at` gives positions, y growing upward as in sigma's
 * graph space), so Right and Left move round the picture the way it looks. Ties fall back to the label.
 * Any graph will do (an event table's display graph) given `label` and `order` (how its relations sort); by
 * default the model's entity labels and relations oldest first.
 */
export function neighboursAround(
  graph: AbstractGraph,
  entity: string,
  inView: ReadonlySet<string>,
  at: (id: string) => { x: number; y: number } | undefined,
  label = (id: string) => (graph as EntenteGraph).getNodeAttribute(id, "entity").label,
  order = (relation: string) => (graph as EntenteGraph).getEdgeAttribute(relation, "first"),
): NeighbourStep[] {
  const joined = new Map<string, string[]>();
  graph.forEachEdge(entity, (id, _attrs, source, target) => {
    const other = source === entity ? target : source;
    if (!inView.has(id) || other === entity) return;
    joined.set(other, [...(joined.get(other) ?? []), id]);
  });
  const centre = at(entity) ?? { x: 0, y: 0 };
  const angle = (id: string) => {
    const p = at(id) ?? centre;
    // 0 at twelve o'clock, growing clockwise.
    return (Math.atan2(p.x - centre.x, p.y - centre.y) + 2 * Math.PI) % (2 * Math.PI);
  };
  return [...joined]
    .map(([id, relations]) => ({ id, relations, angle: angle(id) }))
    .sort((a, b) => a.angle - b.angle || label(a.id).localeCompare(label(b.id)))
    .map(({ id, relations }) => ({ id, relations: relations.sort((a, b) => order(a) - order(b)) }));
}
