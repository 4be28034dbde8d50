/** The datasets in graph-data/, validated and laid out at build time (src/build/shippedDatasets.ts), each loaded on demand. */
declare module "virtual:shipped-datasets" {
  import type { Dataset } from "../model/dataset/schema";
  export const shipped: Record<string, () => Promise<{ default: Dataset; layout: { ids: string[]; xy: number[] } }>>;
}
