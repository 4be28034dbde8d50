/** A label's box on the image, in pixels: left, top, width, height. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedLabel extends LabelBox {
  id: string;
}

export interface LabelCandidate extends PlacedLabel {
  /** Higher is placed first: selected and emphasised entities, then the larger ones. */
  priority: number;
}

export function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Labels kept apart: each label is placed unless it overlaps one placed before it, and is dropped otherwise.
 * Boxes are bucketed in a grid of `cell` pixels, so a placement checks only its neighbours.
 */
export class LabelPlacer {
  readonly placed: PlacedLabel[] = [];
  private readonly cells = new Map<string, PlacedLabel[]>();

  constructor(private readonly cell = 64) {}

  private keys(box: LabelBox): string[] {
    const keys: string[] = [];
    for (let i = Math.floor(box.x / this.cell); i <= Math.floor((box.x + box.width) / this.cell); i++)
      for (let j = Math.floor(box.y / this.cell); j <= Math.floor((box.y + box.height) / this.cell); j++) keys.push(`${i},${j}`);
    return keys;
  }

  fits(box: LabelBox): boolean {
    return this.keys(box).every((key) => !this.cells.get(key)?.some((other) => overlaps(box, other)));
  }

  /** Places the label if it overlaps none placed; says whether it did. */
  place(label: PlacedLabel): boolean {
    if (!this.fits(label)) return false;
    this.placed.push(label);
    for (const key of this.keys(label)) {
      const bucket = this.cells.get(key);
      if (bucket) bucket.push(label);
      else this.cells.set(key, [label]);
    }
    return true;
  }

  clear(): void {
    this.placed.length = 0;
    this.cells.clear();
  }
}

/** The labels that can be drawn without overlapping, most important first (ties by id, so the result is stable). */
export function placeLabels(candidates: readonly LabelCandidate[]): PlacedLabel[] {
  const placer = new LabelPlacer();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const { priority: _, ...label } of ordered) placer.place(label);
  return placer.placed;
}
