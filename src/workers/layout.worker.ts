/// <reference lib="webworker" />
import { saveStoredLayout } from "../state/datasets/storedDatasets";
import type { LayoutInput } from "../model/layout/layout";
import { forceLayoutPacked } from "../model/layout/forceLayout";

/** What the page asks: the layout, batches every `everyMs`, and where to keep the result (IndexedDB works in workers). */
export interface LayoutRequest {
  input: LayoutInput;
  everyMs: number;
  keep?: { id: string; version: string };
}

/** Positions in layoutOrder, x and y per entity: part of the way (`batch`), then the result (`done`). */
export type LayoutMessage = { type: "batch"; xy: Float64Array; done: number; total: number } | { type: "done"; xy: Float64Array };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: LayoutMessage) => scope.postMessage(message, [message.xy.buffer]);

/**
 * Runs the force layout off the main thread (the same code as the synchronous path), streaming positions as it
 * converges. The result is kept here, before it is posted, so the page never clones it into storage itself and a
 * reload right after finds it. Only typed arrays cross to the page, moved rather than copied.
 */
scope.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { input, everyMs, keep } = event.data;
  const { ids, xy } = forceLayoutPacked(input, undefined, { everyMs, onBatch: (b) => post({ type: "batch", ...b }) });
  // Not kept is no loss: the next opening computes it again.
  if (keep) await saveStoredLayout(keep.id, keep.version, { ids, xy }).catch(() => undefined);
  post({ type: "done", xy });
  scope.close();
};
