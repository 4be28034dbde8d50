import type { CsvFixes, ImportResult, ImportStage } from "../../model/import";
import { DatasetAssembly, type DatasetPart } from "../../model/dataset/transfer";

export interface ImportRequest {
  files: File[];
  /** What the user settled in the import dialog after a first attempt. */
  fixes?: CsvFixes;
}

export interface ImportProgress {
  stage: ImportStage;
  loaded: number;
  total: number;
}

/** A valid import's dataset comes in parts (see DatasetPart), then `done` with the rest of the result. */
export type ImportMessage =
  | ({ type: "progress" } & ImportProgress)
  | { type: "part"; part: DatasetPart }
  | { type: "done"; result: Exclude<ImportResult, { ok: true }> | { ok: true; notes: string[]; view?: string } };

export interface RunningImport {
  /** The import's outcome, or "cancelled". */
  result: Promise<ImportResult | "cancelled">;
  cancel(): void;
}

/** Imports files in a web worker so parsing a large file never freezes the page; cancel terminates it. */
export function runImport(files: File[], onProgress: (p: ImportProgress) => void, fixes?: CsvFixes): RunningImport {
  const worker = new Worker(new URL("../../workers/import.worker.ts", import.meta.url), { type: "module" });
  let settle: (r: ImportResult | "cancelled") => void = () => {};
  const result = new Promise<ImportResult | "cancelled">((resolve) => {
    settle = (r) => {
      worker.terminate();
      resolve(r);
    };
  });
  const assembly = new DatasetAssembly();
  worker.onmessage = (event: MessageEvent<ImportMessage>) => {
    const message = event.data;
    if (message.type === "progress") return onProgress(message);
    if (message.type === "part") return assembly.add(message.part);
    if (!message.result.ok) return settle(message.result);
    try {
      settle({ ...message.result, dataset: assembly.complete() });
    } catch (e) {
      failed(e instanceof Error ? e.message : String(e));
    }
  };
  const failed = (message: string) => settle({ ok: false, problems: [{ file: files.map((f) => f.name).join(", "), message: `the import stopped: ${message}` }] });
  worker.onerror = (event) => failed(event.message || "the import worker failed (out of memory?)");
  worker.onmessageerror = () => failed("the import worker's answer could not be read");
  worker.postMessage({ files, fixes } satisfies ImportRequest);
  return { result, cancel: () => settle("cancelled") };
}
