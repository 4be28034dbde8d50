/**
 * Entities a user dragged, kept per dataset and layout in this browser (localStorage), so an arranged
 * picture survives a reload. Positions are the layout's coordinates, never the window's.
 */
export interface Arrangement {
  /** The frame the graph had when it was arranged: kept, so moved entities do not rescale the rest. */
  bbox: { x: [number, number]; y: [number, number] };
  nodes: Record<string, [number, number]>;
}

const key = (dataset: string, layout: string) => `entente:arranged:${dataset}:${layout}`;

export function loadArrangement(dataset: string, layout: string): Arrangement | null {
  try {
    const value = JSON.parse(localStorage.getItem(key(dataset, layout)) ?? "null") as Arrangement | null;
    return value && typeof value.nodes === "object" && Array.isArray(value.bbox?.x) ? value : null;
  } catch {
    return null;
  }
}

/** Saving is best effort: a full or disabled storage leaves the arrangement on screen for this session. */
export function saveArrangement(dataset: string, layout: string, arrangement: Arrangement | null): void {
  try {
    if (arrangement) localStorage.setItem(key(dataset, layout), JSON.stringify(arrangement));
    else localStorage.removeItem(key(dataset, layout));
  } catch {
    // kept for the session only
  }
}
