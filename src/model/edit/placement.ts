export interface Point {
  x: number;
  y: number;
}

/** A turn in [0, 1) fixed by an id (FNV-1a), so the same edit places an entity the same way every time. */
function turnOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) / 2 ** 32;
}

/**
 * Where an entity new to a laid-out graph goes, without laying out the others again: beside `near`
 * (its first related entity), at `spacing` in a direction its id fixes; with nothing related, at the
 * centre of the others (their bounding box), or the origin when there are none.
 */
export function placeNew(id: string, near: Point | undefined, others: Iterable<Point>, spacing: number): Point {
  if (near) {
    const angle = 2 * Math.PI * turnOf(id);
    return { x: near.x + spacing * Math.cos(angle), y: near.y + spacing * Math.sin(angle) };
  }
  const box = boundsOf(others);
  return box ? { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 } : { x: 0, y: 0 };
}

/** The smallest box holding the points; undefined for none. */
export function boundsOf(points: Iterable<Point>): { minX: number; maxX: number; minY: number; maxY: number } | undefined {
  let box: { minX: number; maxX: number; minY: number; maxY: number } | undefined;
  for (const { x, y } of points) {
    if (!box) box = { minX: x, maxX: x, minY: y, maxY: y };
    else {
      box.minX = Math.min(box.minX, x);
      box.maxX = Math.max(box.maxX, x);
      box.minY = Math.min(box.minY, y);
      box.maxY = Math.max(box.maxY, y);
    }
  }
  return box;
}

/** A distance that reads as "beside" at the graph's scale: a twentieth of the box's larger side (1 for a point). */
export function besideDistance(points: Iterable<Point>): number {
  const box = boundsOf(points);
  return box ? Math.max(box.maxX - box.minX, box.maxY - box.minY) / 20 || 1 : 1;
}
