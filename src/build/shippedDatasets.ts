import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { Plugin } from "vite";
import { readDatasetFolder, SHARED_TYPES_FILE, shippedDatasetFolders } from "../cli/datasets";
import { decodeUtf8 } from "../model/import/encoding";
import { formatProblem, validateDataset } from "../model/dataset/validate";
import { buildModel } from "../model/dataset/graph";
import { forceLayoutPacked } from "../model/layout/forceLayout";
import { layoutInput } from "../model/layout/layout";

const LIST = "virtual:shipped-datasets";
const ONE = "virtual:shipped-dataset/";

/**
 * The datasets in graph-data/, validated when the app is built (exactly as `npm run validate` does: the
 * same reader and checks), so the page gets them as validated data and does not load the validator, and
 * zod with it, to show them. Each comes with its force layout, computed by the function the page would run
 * (deterministic: the same positions), so the first screen does not load ForceAtlas2 either. A problem in a shipped dataset fails the build (and shows in the dev server).
 * Imported and stored datasets are still validated in the browser.
 */
export function shippedDatasets(): Plugin {
  return {
    name: "entente-shipped-datasets",
    resolveId: (id) => (id === LIST || id.startsWith(ONE) ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${LIST}`) {
        // One chunk per dataset, loaded when it is opened.
        const ids = shippedDatasetFolders().map((folder) => basename(folder));
        return `export const shipped = {${ids.map((d) => `${JSON.stringify(d)}: () => import(${JSON.stringify(ONE + d)})`).join(",")}};`;
      }
      if (!id.startsWith(`\0${ONE}`)) return undefined;
      const name = id.slice(ONE.length + 1);
      const folder = shippedDatasetFolders().find((f) => basename(f) === name);
      if (!folder) return this.error(`graph-data/${name} is not a dataset folder`);
      for (const file of ["dataset.json", "entities.json", "relations.json", "sources.json", "relation-types.json"]) this.addWatchFile(join(folder, file));
      this.addWatchFile(SHARED_TYPES_FILE);
      const sharedRelationTypes = decodeUtf8(readFileSync(SHARED_TYPES_FILE), "relation-types.json");
      if (typeof sharedRelationTypes !== "string") return this.error(`graph-data/${formatProblem(sharedRelationTypes)}`);
      const result = validateDataset(readDatasetFolder(folder), { folder: `graph-data/${name}`, sharedRelationTypes });
      if (!result.ok) return this.error(`graph-data/${name} does not validate:\n${result.problems.map(formatProblem).join("\n")}`);
      // JSON.parse of a string literal is faster for the browser than the same data as an object literal.
      const { ids, xy } = forceLayoutPacked(layoutInput(buildModel(result.dataset).graph));
      const layout = JSON.stringify({ ids, xy: [...xy] });
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.dataset))});\nexport const layout = JSON.parse(${JSON.stringify(layout)});`;
    },
  };
}
