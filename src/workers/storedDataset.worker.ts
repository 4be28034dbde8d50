/// <reference lib="webworker" />
import sharedRelationTypes from "../../graph-data/relation-types.json?raw";
import type { Dataset } from "../model/dataset/schema";
import { datasetParts } from "../model/dataset/transfer";
import { formatProblem, validateDatasetData } from "../model/dataset/validate";
import type { StoredMessage } from "../state/datasets/readStored";
import { loadStored } from "../state/datasets/storedDatasets";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: StoredMessage) => scope.postMessage(message);

/** Reads an imported dataset from IndexedDB and validates it again (it may come from an older version of the app), off the page. */
scope.onmessage = async (event: MessageEvent<string>) => {
  const id = event.data;
  try {
    const stored = (await loadStored(id)) as Partial<Dataset> | undefined;
    if (!stored) return post({ type: "failed", message: `The imported dataset "${id}" is no longer stored in this browser.` });
    const result = validateDatasetData(
      {
        "dataset.json": stored.meta,
        "entities.json": stored.entities,
        "relations.json": stored.relations,
        "sources.json": stored.sources,
        "relation-types.json": stored.relationTypes,
      },
      { folder: `stored dataset ${id}`, sharedRelationTypes },
    );
    if (!result.ok) return post({ type: "failed", message: result.problems.slice(0, 10).map(formatProblem).join("\n") });
    for (const part of datasetParts(result.dataset)) post({ type: "part", part });
    post({ type: "done" });
  } catch (e) {
    post({ type: "failed", message: e instanceof Error ? e.message : String(e) });
  }
};
