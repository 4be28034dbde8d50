/// <reference lib="webworker" />
import sharedRelationTypes from "../../graph-data/relation-types.json?raw";
import { datasetParts } from "../model/dataset/transfer";
import { checkFiles, importFiles, type ImportFile } from "../model/import";
import type { ImportMessage, ImportRequest } from "../state/import/runImport";

/** Reads, decodes, parses and validates the chosen files off the main thread, reporting progress. */
const post = (message: ImportMessage) => self.postMessage(message);

async function read(files: File[]): Promise<ImportFile[]> {
  const total = files.reduce((n, f) => n + f.size, 0);
  let loaded = 0;
  let reported = 0;
  const out: ImportFile[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(file.size);
    let at = 0;
    const reader = file.stream().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes.set(value.subarray(0, Math.max(0, file.size - at)), at); // a file that grew while read is cut at its size
      at += value.byteLength;
      loaded += value.byteLength;
      if (loaded - reported >= total / 100) {
        reported = loaded;
        post({ type: "progress", stage: "reading", loaded: Math.min(loaded, total), total });
      }
    }
    out.push({ name: file.name, bytes: bytes.subarray(0, Math.min(at, file.size)) });
  }
  return out;
}

self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { files, fixes } = event.data;
  const total = files.reduce((n, f) => n + f.size, 0);
  // Refuse oversized or unsupported files before reading a byte of them.
  const refused = checkFiles(files.map((f) => ({ name: f.name, size: f.size })));
  if (refused.length > 0) return post({ type: "done", result: { ok: false, problems: refused } });
  post({ type: "progress", stage: "reading", loaded: 0, total });
  const contents = await read(files);
  const result = importFiles(contents, sharedRelationTypes, (stage) => post({ type: "progress", stage, loaded: total, total }), fixes);
  if (!result.ok) return post({ type: "done", result });
  // In parts: one message of the whole dataset is deserialised on the page in one long task.
  const { dataset, ...rest } = result;
  for (const part of datasetParts(dataset)) post({ type: "part", part });
  post({ type: "done", result: rest });
};
