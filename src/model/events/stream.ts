import { EventTableImporter, type EventImport } from "./bundle";
import type { EventFormat } from "./columns";

export interface StreamProgress {
  bytes: number;
  rows: number;
}

/**
 * Imports a tab-separated event file from a byte stream (a File's `stream()` in a worker), decoding UTF-8
 * across chunk edges, reporting progress per chunk, and stopping when `signal` is aborted.
 */
export async function importEventStream(
  stream: ReadableStream<Uint8Array>,
  format: EventFormat,
  options: { onProgress?: (p: StreamProgress) => void; signal?: AbortSignal } = {},
): Promise<EventImport> {
  const importer = new EventTableImporter(format);
  const decoder = new TextDecoder("utf-8");
  const reader = stream.getReader();
  let bytes = 0;
  try {
    for (;;) {
      if (options.signal?.aborted) throw new DOMException("import cancelled", "AbortError");
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      importer.push(decoder.decode(value, { stream: true }));
      options.onProgress?.({ bytes, rows: importer.rows });
    }
    importer.push(decoder.decode());
  } finally {
    reader.releaseLock();
  }
  return importer.end();
}
