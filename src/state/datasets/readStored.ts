import { DatasetAssembly, type DatasetPart } from "../../model/dataset/transfer";
import type { Dataset } from "../../model/dataset/schema";

/** What the stored-dataset worker answers: the dataset in parts, then `done`; or why it cannot be opened. */
export type StoredMessage = { type: "part"; part: DatasetPart } | { type: "done" } | { type: "failed"; message: string };

/**
 * Reads an imported dataset back from storage and validates it in a worker (both held the page for hundreds of
 * milliseconds at 20k relations); it arrives in parts, each a short task. `onProgress` hears relations in so far.
 */
export function readStoredInWorker(id: string, onProgress: (done: number, total: number) => void = () => {}): Promise<Dataset> {
  const worker = new Worker(new URL("../../workers/storedDataset.worker.ts", import.meta.url), { type: "module" });
  const assembly = new DatasetAssembly();
  return new Promise<Dataset>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<StoredMessage>) => {
      const message = event.data;
      if (message.type === "part") {
        assembly.add(message.part);
        return onProgress(assembly.progress.done, assembly.progress.total);
      }
      if (message.type === "failed") reject(new Error(message.message));
      else {
        try {
          resolve(assembly.complete());
        } catch (e) {
          reject(e);
        }
      }
    };
    worker.onerror = (event) => reject(new Error(`the dataset could not be read: ${event.message || "the worker failed (out of memory?)"}`));
    worker.onmessageerror = () => reject(new Error("the dataset could not be read back from its worker"));
    worker.postMessage(id);
  }).finally(() => worker.terminate());
}
