import { loadStoredLayout, saveStoredLayout } from "../../state/datasets/storedDatasets";
import { iterationsFor, layoutOrder, packPositions, unpackPositions, type LayoutInput, type Positions } from "../../model/layout/layout";
import { loadForceLayoutCode } from "./forceLayoutCode";
import type { LayoutMessage, LayoutRequest } from "../../workers/layout.worker";

/** Positions part of the way through a layout, after `done` of `total` iterations. */
export type LayoutDraft = { positions: Positions; done: number; total: number };

/** How often the worker sends the positions so far: often enough to watch, rarely enough that drawing them is not all the page does. */
const DRAFT_EVERY_MS = 600;

/**
 * Runs the force layout in a web worker; resolves with the same positions as forceLayoutOf, calling `onDraft`
 * with the positions so far as it converges. With `keep`, the worker stores the result before it answers.
 */
function forceLayoutInWorker(input: LayoutInput, signal?: AbortSignal, onDraft?: (draft: LayoutDraft) => void, keep?: LayoutRequest["keep"]): Promise<Positions> {
  const ids = layoutOrder(input.nodes);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("../../workers/layout.worker.ts", import.meta.url), { type: "module" });
    const stop = () => worker.terminate();
    signal?.addEventListener("abort", stop);
    worker.onmessage = (e: MessageEvent<LayoutMessage>) => {
      const positions = unpackPositions({ ids, xy: e.data.xy });
      if (e.data.type === "batch") return onDraft?.({ positions, done: e.data.done, total: e.data.total });
      stop();
      resolve(positions);
    };
    worker.onerror = (e) => {
      stop();
      reject(new Error(`Layout worker failed: ${e.message}`));
    };
    worker.postMessage({ input, everyMs: onDraft ? DRAFT_EVERY_MS : Infinity, keep } satisfies LayoutRequest);
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
 * from the same links, else computed in the layout worker (drafts on the way) and kept. Null when aborted.
 */
export async function keptForceLayout(id: string, input: LayoutInput, signal: AbortSignal, onDraft?: (draft: LayoutDraft) => void): Promise<Positions | null> {
  const version = versionOf(input);
  const kept = await loadStoredLayout(id, version).catch(() => undefined);
  const keptIds = new Set(kept?.ids);
  if (kept && keptIds.size === input.nodes.length && input.nodes.every((n) => keptIds.has(n))) return unpackPositions(kept);
  const started = performance.now();
  const inWorker = await forceLayoutInWorker(input, signal, onDraft, { id, version }).catch((e: unknown) => {
    // A worker that cannot start (old browser, strict policy) must not leave the graph empty.
    console.error(e);
    return null;
  });
  if (signal.aborted) return null;
  const computed = inWorker ?? (await loadForceLayoutCode()).forceLayoutOf(input);
  performance.measure("entente:layout", { start: started });
  // Not kept is no loss: the next opening computes it again.
  if (!inWorker) saveStoredLayout(id, version, packPositions(computed)).catch(() => undefined);
  return computed;
}
