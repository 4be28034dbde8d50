import { buildModel, type Model } from "../model/graph";
import type { DataFile } from "../model/schema";
import { formatProblem, validateDataset, type DatasetTexts } from "../model/validate";
import sharedRelationTypes from "../../graph-data/relation-types.json?raw";

/** The datasets shipped in graph-data/, loaded as raw text and validated exactly as `npm run validate` does. */
const files = import.meta.glob<string>(["../../graph-data/*/*.json", "!../../graph-data/schema/*"], { query: "?raw", import: "default" });

export const DEFAULT_DATASET = "sahel";

export function shippedDatasetIds(): string[] {
  const ids = new Set<string>();
  for (const path of Object.keys(files)) {
    const folder = path.split("/").at(-2)!;
    if (folder !== "schema") ids.add(folder);
  }
  return [...ids].sort();
}

export async function loadShippedDataset(id: string): Promise<Model> {
  const texts: DatasetTexts = {};
  await Promise.all(
    Object.entries(files)
      .filter(([path]) => path.split("/").at(-2) === id)
      .map(async ([path, load]) => {
        texts[path.split("/").at(-1) as DataFile] = await load();
      }),
  );
  const result = validateDataset(texts, { folder: `graph-data/${id}`, sharedRelationTypes });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return buildModel(result.dataset);
}
