import type { CsvFixes, ImportResult, ImportStage } from "../../model/import";

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

export type ImportMessage = ({ type: "progress" } & ImportProgress) | { type: "done"; result: ImportResult };

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
  worker.onmessage = (event: MessageEvent<ImportMessage>) => {
    if (event.data.type === "progress") onProgress(event.data);
    else settle(event.data.result);
  };
  const failed = (message: string) => settle({ ok: false, problems: [{ file: files.map((f) => f.name).join(", "), message: `the import stopped: ${message}` }] });
  worker.onerror = (event) => failed(event.message || "the import worker failed (out of memory?)");
  worker.onmessageerror = () => failed("the import worker's answer could not be read");
  worker.postMessage({ files, fixes } satisfies ImportRequest);
  return { result, cancel: () => settle("cancelled") };
}
