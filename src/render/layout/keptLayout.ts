import { loadStoredLayout, saveStoredLayout } from "../../state/datasets/storedDatasets";
import { forceLayoutOf, iterationsFor, packPositions, unpackPositions, type LayoutInput, type PackedPositions, type Positions } from "../../model/layout/layout";

/** Runs the force layout in a web worker; resolves with the same positions as forceLayoutOf. */
export function forceLayoutInWorker(input: LayoutInput, signal?: AbortSignal): Promise<Positions> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("../../workers/layout.worker.ts", import.meta.url), { type: "module" });
    const stop = () => worker.terminate();
    signal?.addEventListener("abort", stop);
    worker.onmessage = (e: MessageEvent<PackedPositions>) => {
      stop();
      resolve(unpackPositions(e.data));
    };
    worker.onerror = (e) => {
      stop();
      reject(new Error(`Layout worker failed: ${e.message}`));
    };
    worker.postMessage(input);
  });
}

/** Names a layout's inputs: iterations and a hash of the links, so a changed dataset is laid out again. */
function versionOf(input: LayoutInput): string {
  let hash = 0x811c9dc5;
  const add = (s: string) => {
    for (let i = 0; i < s.length; i++) hash = Math.imul(hash ^ s.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x1f, 0x01000193);
  };
  for (const [source, target] of input.edges) {
    add(source);
    add(target);
  }
  return `force-${input.iterations ?? iterationsFor(input)}-${input.nodes.length}-${(hash >>> 0).toString(16)}`;
}

/**
 * A large dataset's force layout, kept with the dataset in IndexedDB: read back when it was computed
 * from the same links, else computed in the layout worker and kept. Null when aborted.
 */
export async function keptForceLayout(id: string, input: LayoutInput, signal: AbortSignal): Promise<Positions | null> {
  const version = versionOf(input);
  const kept = await loadStoredLayout(id, version).catch(() => undefined);
  const keptIds = new Set(kept?.ids);
  if (kept && keptIds.size === input.nodes.length && input.nodes.every((n) => keptIds.has(n))) return unpackPositions(kept);
  const started = performance.now();
  const computed = await forceLayoutInWorker(input, signal).catch((e: unknown) => {
    // A worker that cannot start (old browser, strict policy) must not leave the graph empty.
    console.error(e);
    return signal.aborted ? null : forceLayoutOf(input);
  });
  if (!computed) return null;
  performance.measure("entente:layout", { start: started });
  // Not kept is no loss: the next opening computes it again.
  saveStoredLayout(id, version, packPositions(computed)).catch(() => undefined);
  return computed;
}
