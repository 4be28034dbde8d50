/// <reference lib="webworker" />
import { forceLayoutOf, packPositions, type LayoutInput } from "../model/layout/layout";

/** Runs the force layout off the main thread: the same code as the synchronous path. */
self.onmessage = (event: MessageEvent<LayoutInput>) => {
  const packed = packPositions(forceLayoutOf(event.data));
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(packed, [packed.xy.buffer]);
};
