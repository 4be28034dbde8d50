import { buildModelInSlices, type Model } from "../../model/dataset/graph";
import type { Dataset } from "../../model/dataset/schema";
import { buildDisplayGraphInSlices, type DisplayGraph } from "../../render/graph/displayGraph";

/** From this many relations a dataset's graphs are built in slices, so a large import never freezes the page. */
export const LARGE_DATASET = 5000;

/** How far the building of a large dataset's graphs has come. */
export interface Building {
  /** "reading": a stored dataset arriving from the worker that read and checked it. */
  stage: "reading" | "model" | "display";
  done: number;
  total: number;
}

/** Hands the main thread back to the browser (input, drawing) before the next slice. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The model and the display graph of a large dataset, built a slice at a time with progress. */
export async function buildInSlices(dataset: Dataset, onProgress: (b: Building) => void): Promise<{ model: Model; display: DisplayGraph }> {
  const model = await buildModelInSlices(dataset, (done, total) => (onProgress({ stage: "model", done, total }), nextTask()));
  const display = await buildDisplayGraphInSlices(model, (done, total) => (onProgress({ stage: "display", done, total }), nextTask()));
  return { model, display };
}
