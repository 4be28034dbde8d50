import type { LayoutInput, Positions } from "../../model/layout/layout";

export interface GeoEntity {
  id: string;
  type?: string;
  location?: { lat: number; lon: number };
}

/**
 * Equirectangular (plate carrée) projection: x = longitude, y = latitude, in degrees. Simple,
 * invertible, and hardly distorted at the latitudes of most datasets; country outlines use it too.
 */
export function project(lat: number, lon: number): { x: number; y: number } {
  return { x: lon, y: lat };
}

/** A stable pseudo-random angle per id, so offsets never depend on input order. */
function angleOf(id: string): number {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return ((h >>> 0) / 2 ** 32) * 2 * Math.PI;
}

/** Points placed so far, bucketed by cell, to find a free spot without comparing against all of them. */
class Occupancy {
  private cells = new Map<string, Array<{ x: number; y: number }>>();
  constructor(private spacing: number) {}
  private key(x: number, y: number) {
    return `${Math.floor(x / this.spacing)},${Math.floor(y / this.spacing)}`;
  }
  add(p: { x: number; y: number }) {
    const k = this.key(p.x, p.y);
    const cell = this.cells.get(k);
    if (cell) cell.push(p);
    else this.cells.set(k, [p]);
  }
  isFree(p: { x: number; y: number }): boolean {
    const cx = Math.floor(p.x / this.spacing);
    const cy = Math.floor(p.y / this.spacing);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const q of this.cells.get(`${cx + dx},${cy + dy}`) ?? []) if (Math.hypot(p.x - q.x, p.y - q.y) < this.spacing) return false;
    return true;
  }
  /** The first free spot on a spiral around `centre`, starting at the id's own angle. */
  freeSpotNear(centre: { x: number; y: number }, id: string): { x: number; y: number } {
    const start = angleOf(id);
    let spot = centre;
    for (let k = 0; k < 400; k++) {
      const radius = this.spacing * (1 + k / 8);
      const angle = start + k * 2.399963; // golden angle: the spiral covers the ring evenly
      spot = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
      if (this.isFree(spot)) break;
    }
    return spot;
  }
}

/**
 * Entities at their projected location. Several at one place: a country keeps the spot, the
 * others move to the nearest free spot around it. Entities without a location go near the
 * mean of their placed neighbours (over every relation, so the window never moves them);
 * entities with no placed neighbour at all line up below the map.
 */
export function mapLayout(entities: GeoEntity[], edges: LayoutInput["edges"]): Positions {
  const sorted = [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const located = sorted.filter((e) => e.location);
  const points = located.map((e) => project(e.location!.lat, e.location!.lon));
  const box = bounds(points);
  const extent = box ? Math.max(box.maxX - box.minX, box.maxY - box.minY) : 0;
  const spacing = Math.max(0.5, extent * 0.04);
  const occupancy = new Occupancy(spacing);
  const positions: Positions = new Map();
  const place = (id: string, p: { x: number; y: number }) => {
    positions.set(id, p);
    occupancy.add(p);
  };

  // Located entities: one per place keeps the exact spot (countries first), the rest move aside.
  const byPlace = new Map<string, GeoEntity[]>();
  located.forEach((e, i) => {
    const key = `${points[i].x},${points[i].y}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), e]);
  });
  const crowded: Array<[GeoEntity, { x: number; y: number }]> = [];
  for (const group of byPlace.values()) {
    group.sort((a, b) => Number(b.type === "country") - Number(a.type === "country"));
    const p = project(group[0].location!.lat, group[0].location!.lon);
    place(group[0].id, p);
    for (const e of group.slice(1)) crowded.push([e, p]);
  }
  for (const [e, p] of crowded) place(e.id, occupancy.freeSpotNear(p, e.id));

  // Entities without a location, nearest to the located ones first.
  const neighbours = new Map<string, Set<string>>(sorted.map((e) => [e.id, new Set()]));
  for (const [s, t] of edges) {
    if (s === t) continue;
    neighbours.get(s)?.add(t);
    neighbours.get(t)?.add(s);
  }
  let pending = sorted.filter((e) => !positions.has(e.id));
  while (pending.length) {
    const ready = pending.filter((e) => [...neighbours.get(e.id)!].some((n) => positions.has(n)));
    if (!ready.length) break;
    // Each round places against the previous round's positions only, so order inside a round does not matter.
    const centres = ready.map((e) => {
      const placed = [...neighbours.get(e.id)!].filter((n) => positions.has(n)).map((n) => positions.get(n)!);
      return { x: mean(placed.map((p) => p.x)), y: mean(placed.map((p) => p.y)) };
    });
    ready.forEach((e, i) => place(e.id, occupancy.freeSpotNear(centres[i], e.id)));
    pending = pending.filter((e) => !positions.has(e.id));
  }
  const left = box?.minX ?? 0;
  const bottom = (box?.minY ?? 0) - 3 * spacing;
  pending.forEach((e, i) => place(e.id, { x: left + (i % 20) * 2 * spacing, y: bottom - Math.floor(i / 20) * 2 * spacing }));
  return positions;
}

function bounds(points: Array<{ x: number; y: number }>) {
  if (!points.length) return undefined;
  const box = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (const p of points) {
    box.minX = Math.min(box.minX, p.x);
    box.maxX = Math.max(box.maxX, p.x);
    box.minY = Math.min(box.minY, p.y);
    box.maxY = Math.max(box.maxY, p.y);
  }
  return box;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
