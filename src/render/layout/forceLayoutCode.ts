type ForceLayoutCode = typeof import("../../model/layout/forceLayout");

let loaded: ForceLayoutCode | null = null;

/**
 * ForceAtlas2 is not part of the first screen (the shipped datasets come laid out): its code loads the first
 * time a dataset without a kept layout is opened, and is at hand synchronously from then on.
 */
export function forceLayoutCode(): ForceLayoutCode | null {
  return loaded;
}

export async function loadForceLayoutCode(): Promise<ForceLayoutCode> {
  return (loaded ??= await import("../../model/layout/forceLayout"));
}
