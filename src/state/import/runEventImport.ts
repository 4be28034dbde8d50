import type { EventImport } from "../../model/events/bundle";
import type { EventFormat } from "../../model/events/columns";

type EventMessage = { type: "progress"; bytes: number; total: number; rows: number } | { type: "done"; result: EventImport } | { type: "error"; message: string };

export type EventImportOutcome = { ok: true; events: EventImport } | { ok: false; message: string } | "cancelled";

/** Imports an event table in its worker (src/workers/eventImport.worker.ts); cancel terminates it at once. */
export function runEventImport(file: File, format: EventFormat, onProgress: (loaded: number, total: number) => void) {
  const worker = new Worker(new URL("../../workers/eventImport.worker.ts", import.meta.url), { type: "module" });
  let settle: (r: EventImportOutcome) => void = () => {};
  const result = new Promise<EventImportOutcome>((resolve) => {
    settle = (r) => {
      worker.terminate();
      resolve(r);
    };
  });
  worker.onmessage = (event: MessageEvent<EventMessage>) => {
    const m = event.data;
    if (m.type === "progress") onProgress(m.bytes, m.total);
    else settle(m.type === "done" ? { ok: true, events: m.result } : { ok: false, message: m.message });
  };
  worker.onerror = (event) => settle({ ok: false, message: `the import stopped: ${event.message || "the import worker failed (out of memory?)"}` });
  worker.postMessage({ type: "import", file, format });
  return { result, cancel: () => settle("cancelled") };
}
