import { readFileSync } from "node:fs";
import { GRAPH_DATA, readDatasetFolder, SHARED_TYPES_FILE } from "../../src/cli/datasets";
import { buildModel, type Model } from "../../src/model/graph";
import { validateDataset } from "../../src/model/validate";

/** The shipped Sahel dataset as a model, loaded as the validator does. */
export function sahelModel(): Model {
  const result = validateDataset(readDatasetFolder(`${GRAPH_DATA}/sahel`), { sharedRelationTypes: readFileSync(SHARED_TYPES_FILE, "utf8") });
  if (!result.ok) throw new Error("shipped dataset must validate");
  return buildModel(result.dataset);
}
