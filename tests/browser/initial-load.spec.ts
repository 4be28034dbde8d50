import { expect, test } from "@playwright/test";
import { resolve } from "node:path";
import { gzipBytes, initialChunks, readManifest } from "./initialChunks";
import { openApp, waitForGraph } from "./helpers";

/**
 * The first screen loads only what it needs (issue 18): the entry and its static imports stay within a
 * gzip budget, and opening the Sahel view fetches no other code than the dataset's own chunk. Import,
 * export, the editor, the event view, partners, the map layout and outlines, the force layout, the entity and relation
 * panels, the date fields of As of and Compare, the search index and the dataset validator load on demand.
 */

/**
 * kB of gzip (1000 bytes, as `vite build` reports them). The issue asks under 150: 131.7 measured (react-dom 42,
 * sigma 22, the app's own first-screen code about 38, graphology 11, @sigma/edge-curve 3.4, react 2.6, events 2.1).
 * React is 18.3 (react-dom 19 was 64 kB of it; the app uses no React 19 API). The URL is read by plain parsers (no
 * zod), the shipped datasets come laid out (ForceAtlas2 loads with the first dataset that needs laying out), and
 * everything the Sahel view does not show loads on demand. The budget is the issue's target.
 */
const INITIAL_JS_BUDGET_KB = 150;

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

/** Code the Sahel view does not show, by its module: each is its own chunk, fetched only when its part of the page is asked for. */
const ON_DEMAND = {
  panel: "src/ui/explorer/EntityPanel.tsx",
  dateField: "src/ui/time/DateField.tsx",
  mapLayout: "src/render/map/mapLayout.ts",
  mapLayer: "src/render/map/MapLayer.tsx",
  importFiles: "src/state/import/importFiles.ts",
  newDataset: "src/ui/edit/NewDatasetDialog.tsx",
} as const;

test("what the Sahel view does not show loads when it is asked for, and works", async ({ page }) => {
  const manifest = readManifest();
  const initial = new Set(initialChunks(manifest).map((c) => c.file));
  const keys = Object.keys(ON_DEMAND) as (keyof typeof ON_DEMAND)[];
  // A module imported statically somewhere has no chunk of its own (it joins the first screen's).
  for (const key of keys) expect(manifest[ON_DEMAND[key]], `${ON_DEMAND[key]} is a chunk of its own`).toBeDefined();
  const file = (key: keyof typeof ON_DEMAND) => manifest[ON_DEMAND[key]].file;
  for (const key of keys) expect(initial.has(file(key)), key).toBe(false);
  const fetched = new Set<string>();
  page.on("request", (r) => fetched.add(new URL(r.url()).pathname.replace(/^\//, "")));
  await openApp(page);
  for (const key of keys) expect(fetched.has(file(key)), key).toBe(false);

  const search = page.getByRole("combobox", { name: "Search entities" });
  await search.fill("Niger");
  await expect(search).toHaveAttribute("aria-expanded", "true");
  await search.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Niger" })).toBeVisible();
  expect(fetched.has(file("panel"))).toBe(true);

  await page.getByRole("radio", { name: "As of" }).check();
  await expect(page.getByRole("textbox", { name: "As of date" })).toBeVisible();
  expect(fetched.has(file("dateField"))).toBe(true);

  await page.goto("/?layout=map");
  await waitForGraph(page);
  await expect(page.getByText("Map: Natural Earth")).toBeVisible();
  expect(fetched.has(file("mapLayout")) && fetched.has(file("mapLayer"))).toBe(true);

  await page.getByRole("button", { name: "New dataset" }).click();
  await expect(page.getByRole("dialog", { name: "New dataset" }).getByRole("textbox", { name: "Title" })).toBeFocused();
  expect(fetched.has(file("newDataset"))).toBe(true);
});

test("the import's code loads with the first import, and imports", async ({ page }) => {
  const importFiles = readManifest()[ON_DEMAND.importFiles].file;
  const fetched = new Set<string>();
  page.on("request", (r) => fetched.add(new URL(r.url()).pathname.replace(/^\//, "")));
  await openApp(page);
  expect(fetched.has(importFiles)).toBe(false);
  const fixture = (name: string) => resolve(import.meta.dirname, "../fixtures", name);
  // A failed import lists its problems with the vocabulary to choose from (loaded with the import's code).
  await page.getByLabel("Import data").setInputFiles(fixture("relations-unknown-types.csv"));
  await expect(page.getByRole("alert")).toContainText('unknown relation type "invaded"');
  expect(fetched.has(importFiles)).toBe(true);
  await page.getByLabel("Import data").setInputFiles(fixture("bundle.json"));
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toContainText("Imported “Nordic NATO accession”: 4 entities, 5 relations, 1 source.");
});
