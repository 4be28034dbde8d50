import { shipped } from "virtual:shipped-datasets";
import { buildModel, type Model } from "../../model/dataset/graph";
import { unpackPositions, type Positions } from "../../model/layout/layout";

/** The datasets shipped in graph-data/, validated and laid out when the app was built (src/build/shippedDatasets.ts). */
export const DEFAULT_DATASET = "sahel";

export function shippedDatasetIds(): string[] {
  return Object.keys(shipped).sort();
}

/** A shipped dataset's model, with its force layout as computed at build time (the same function, the same positions). */
export async function loadShippedDataset(id: string): Promise<{ model: Model; layout: Positions }> {
  const load = shipped[id];
  if (!load) throw new Error(`No dataset "${id}" is shipped with the app.`);
  const { default: dataset, layout } = await load();
  return { model: buildModel(dataset), layout: unpackPositions(layout) };
}
