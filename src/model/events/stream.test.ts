import { describe, expect, it } from "vitest";
import { importEventTable } from "./bundle";
import { ICEWS_PRESET } from "./columns";
import { importEventStream, type StreamProgress } from "./stream";
import { icewsText } from "../../../tests/fixtures/eventFixtures";

/** The bytes of a text as a stream of small chunks, so UTF-8 characters get split between chunks. */
function chunked(text: string, size: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

describe("streamed import (what the worker runs)", () => {
  const head = icewsText().slice(0, 200_000);
  const text = head.slice(0, head.lastIndexOf("\n") + 1) + "Oluṣẹgun Ọbasanjọ\tConsult\tCôte d'Ivoire\t2010-01-01\n";

  it("gives the same import as the whole text, across split UTF-8 characters, with progress", { timeout: 30_000 }, async () => {
    const progress: StreamProgress[] = [];
    const streamed = await importEventStream(chunked(text, 4093), ICEWS_PRESET, { onProgress: (p) => progress.push(p) });
    const whole = importEventTable(text, ICEWS_PRESET);
    expect(streamed.table).toEqual(whole.table);
    expect(streamed.report).toEqual(whole.report);
    expect(streamed.table.actors).toContain("Oluṣẹgun Ọbasanjọ");
    expect(progress.at(-1)!.bytes).toBe(new TextEncoder().encode(text).length);
    expect(progress.every((p, i) => i === 0 || (p.bytes > progress[i - 1].bytes && p.rows >= progress[i - 1].rows))).toBe(true);
  });

  it("stops when cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(importEventStream(chunked(text, 1000), ICEWS_PRESET, { signal: controller.signal })).rejects.toThrow("import cancelled");
  });
});
