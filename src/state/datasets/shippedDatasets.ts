import { shipped } from "virtual:shipped-datasets";
import { buildModel, type Model } from "../../model/dataset/graph";

/** The datasets shipped in graph-data/, validated when the app was built (src/build/shippedDatasets.ts). */
export const DEFAULT_DATASET = "sahel";

export function shippedDatasetIds(): string[] {
  return Object.keys(shipped).sort();
}

export async function loadShippedDataset(id: string): Promise<Model> {
  const load = shipped[id];
  if (!load) throw new Error(`No dataset "${id}" is shipped with the app.`);
  return buildModel((await load()).default);
}
