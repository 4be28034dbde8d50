/// <reference lib="webworker" />
import { GDELT2_PRESET, ICEWS_PRESET, type EventFormat } from "../model/events/columns";
import { importEventStream } from "../model/events/stream";
import { importEventTable } from "../model/events/bundle";

/**
 * Imports an event table off the main thread. Messages in: `{ type: "import", file, format }` (format: a
 * preset name or an EventFormat), `{ type: "cancel" }`. Out: `{ type: "progress", bytes, total, rows }`,
 * `{ type: "done", result }` (an EventImport; its typed arrays are transferred), `{ type: "error", message }`.
 * Create with `new Worker(new URL("./workers/eventImport.worker.ts", import.meta.url), { type: "module" })`.
 */
declare const self: DedicatedWorkerGlobalScope;
let controller: AbortController | undefined;

self.onmessage = async (e: MessageEvent<{ type: "import"; file: File; format: "icews" | "gdelt" | EventFormat } | { type: "cancel" }>) => {
  const msg = e.data;
  if (msg.type === "cancel") {
    controller?.abort();
    return;
  }
  controller = new AbortController();
  const format = msg.format === "icews" ? ICEWS_PRESET : msg.format === "gdelt" ? GDELT2_PRESET : msg.format;
  const total = msg.file.size;
  try {
    // Comma-separated files need quote handling (papaparse) on the whole text; tab-separated ones stream.
    const result =
      format.delimiter === "\t"
        ? await importEventStream(msg.file.stream(), format, {
            signal: controller.signal,
            onProgress: ({ bytes, rows }) => self.postMessage({ type: "progress", bytes, total, rows }),
          })
        : importEventTable(await msg.file.text(), format);
    const t = result.table;
    const buffers = [t.day, t.subject, t.object, t.root, t.cls, t.goldstein, t.label, t.code, t.url, t.row, result.actors.detailed, result.actors.folded].map((a) => a.buffer as ArrayBuffer);
    self.postMessage({ type: "done", result }, buffers);
  } catch (err) {
    self.postMessage({ type: "error", message: err instanceof Error ? err.message : String(err) });
  }
};
