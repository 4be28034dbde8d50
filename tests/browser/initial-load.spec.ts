import { expect, test } from "@playwright/test";
import { gzipBytes, initialChunks, readManifest } from "./initialChunks";
import { openApp } from "./helpers";

/**
 * The first screen loads only what it needs (issue 18): the entry and its static imports stay within a
 * gzip budget, and opening the Sahel view fetches no other code than the dataset's own chunk. Import,
 * export, the editor, the event view, partners, the map outlines, the search index and the dataset validator load on demand.
 */

/**
 * kB of gzip (1000 bytes, as `vite build` reports them). The issue's target is 150 and is NOT met (about 195:
 * react-dom, sigma and graphology, and zod for the URL schema); this budget only stops it growing. See the README.
 */
const INITIAL_JS_BUDGET_KB = 200;

test("the initial JavaScript (entry and static imports) stays within its gzip budget", () => {
  const chunks = initialChunks();
  const sizes = chunks.map((c) => ({ file: c.file, kB: gzipBytes(c.file) / 1000 }));
  const total = sizes.reduce((sum, s) => sum + s.kB, 0);
  test.info().annotations.push({ type: "initial JS", description: `${total.toFixed(1)} kB gzip: ${sizes.map((s) => `${s.file} ${s.kB.toFixed(1)}`).join(", ")}` });
  expect(total).toBeLessThan(INITIAL_JS_BUDGET_KB);
});

test("the first paint of the Sahel view fetches only the initial chunks and the dataset", async ({ page }) => {
  const manifest = readManifest();
  const allowed = new Set([...initialChunks(manifest).map((c) => c.file), manifest["virtual:shipped-dataset/sahel"]?.file ?? ""]);
  expect(allowed.size).toBeGreaterThan(2);
  const fetched: string[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname.replace(/^\//, "");
    if (path.endsWith(".js")) fetched.push(path);
  });
  await openApp(page);
  expect(fetched.filter((f) => !allowed.has(f))).toEqual([]);
  expect(fetched.length).toBeGreaterThan(1);
});
