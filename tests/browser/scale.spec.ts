import { expect, test, type Browser, type Page } from "@playwright/test";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generateDataset } from "../../src/model/dataset/generate";
import { openApp, waitForGraph } from "./helpers";

const RELATIONS = Number(process.env.SCALE_RELATIONS ?? 20_000);
/**
 * The longest the page's own script may hold the main thread at a time. The issue asks 200 ms; software WebGL on a
 * loaded 2-core machine is slower, so the bound is generous, yet a task of the kind that froze imports (841 ms,
 * seconds at 100k) fails it.
 */
const LONGEST_SCRIPT_MS = 600;
/** The bound on the tab's memory (at 100k relations). */
const TAB_MEMORY_MB = 600;

/** A valid bundle of generated relations (src/model/dataset/generate.ts), as "Export JSON" writes one. */
function generatedBundle(relations: number): string {
  const types = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../graph-data/relation-types.json"), "utf8"));
  const d = generateDataset(types, { relations });
  const file = join(mkdtempSync(join(tmpdir(), "entente-")), `generated-${relations}.json`);
  writeFileSync(file, JSON.stringify({ dataset: d.meta, entities: d.entities, relations: d.relations, sources: d.sources }));
  return file;
}

interface Watched {
  scripts: { duration: number; source: string }[];
  gaps: number[];
  /** Each state of the graph's layout seen (data-layout), with the dataset shown and whether the canvas could be seen. */
  layouts: { dataset: string; layout: string; visible: boolean; busy: boolean }[];
  /** Each layout progress status seen ("Laying out… N%"): recorded, as the last may clear before a check could see it. */
  progress: string[];
}

/**
 * Installed before every load of the page: records every script that ran in a long animation frame, every gap between
 * frames (they also hold the software renderer's commits, drawn in the GPU process while the page waits, so the bound
 * is on the scripts), and every layout state the graph passes through.
 */
function watchMainThread() {
  const w = window as unknown as { __watched: Watched };
  w.__watched = { scripts: [], gaps: [], layouts: [], progress: [] };
  new PerformanceObserver((list) =>
    list.getEntries().forEach((frame) => {
      type Script = { duration: number; invoker: string; sourceFunctionName: string; sourceURL: string; sourceCharPosition: number };
      for (const s of (frame as unknown as { scripts: Script[] }).scripts) {
        w.__watched.scripts.push({ duration: s.duration, source: `${s.invoker} ${s.sourceFunctionName} ${s.sourceURL.split("/").pop()}:${s.sourceCharPosition}` });
      }
    }),
  ).observe({ type: "long-animation-frame" });
  let last = performance.now();
  const tick = (now: number) => {
    w.__watched.gaps.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new MutationObserver(() => {
    for (const status of document.querySelectorAll('[role="status"]')) {
      const text = status.textContent ?? "";
      if (/Laying out… \d+%/.test(text) && w.__watched.progress.at(-1) !== text) w.__watched.progress.push(text);
    }
    const section = document.querySelector('section[aria-label="Graph"]');
    const canvas = section?.querySelector(".graph-canvas");
    const layout = section?.getAttribute("data-layout");
    if (!layout || !canvas) return;
    const visible = getComputedStyle(canvas).visibility !== "hidden";
    const dataset = document.querySelector("h1")?.textContent ?? "";
    const busy = section?.getAttribute("aria-busy") === "true";
    const previous = w.__watched.layouts.at(-1);
    if (previous?.dataset !== dataset || previous.layout !== layout || previous.visible !== visible || previous.busy !== busy) w.__watched.layouts.push({ dataset, layout, visible, busy });
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["data-layout", "class", "aria-busy"], childList: true, characterData: true });
}

/** A process's resident memory now and at its peak (VmHWM), in MB, from /proc (Linux); zeros where it cannot be read. */
function residentMB(pid: number): { now: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
    return { now: field("VmRSS"), peak: field("VmHWM") };
  } catch {
    return { now: 0, peak: 0 };
  }
}

interface TabMemory {
  /** The renderer's resident memory before and after a garbage collection, and its peak since the process started. */
  renderer: { before: number; after: number; peak: number };
  /** The JS heap after that collection. */
  heap: number;
}

/**
 * The tab's memory in MB: the largest renderer process (the test's only page; a spare renderer is small), read from
 * /proc before and after a garbage collection (CDP): most of what it holds before one is garbage of the build.
 */
async function tabMemory(page: Page, browser: Browser): Promise<TabMemory> {
  const session = await browser.newBrowserCDPSession();
  const renderer = async () => {
    const { processInfo } = (await session.send("SystemInfo.getProcessInfo")) as { processInfo: { type: string; id: number }[] };
    const pids = processInfo.filter((p) => p.type === "renderer").map((p) => p.id);
    return pids.map(residentMB).reduce((a, b) => (b.now > a.now ? b : a), { now: 0, peak: 0 });
  };
  const before = await renderer();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  const after = await renderer();
  await session.detach();
  const mb = (n: number) => Math.round(n);
  return { renderer: { before: mb(before.now), after: mb(after.now), peak: mb(Math.max(before.peak, after.peak)) }, heap: mb(usedSize / 2 ** 20) };
}

/** What was watched since the last call (which starts afresh), with the longest script, reported as an annotation. */
async function watched(page: Page, phase: string): Promise<Watched & { longest: { duration: number; source: string } }> {
  const w = await page.evaluate(() => {
    const win = window as unknown as { __watched: Watched };
    const seen = win.__watched;
    win.__watched = { scripts: [], gaps: [], layouts: [], progress: [] };
    return seen;
  });
  const longest = w.scripts.reduce((a, b) => (b.duration > a.duration ? b : a), { duration: 0, source: "" });
  const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  const over = w.scripts.filter((s) => s.duration > 200).map((s) => `${Math.round(s.duration)} ms ${s.source}`);
  const description = `${phase}: longest script ${Math.round(longest.duration)} ms (${longest.source}); scripts over 200 ms: ${over.length ? over.join(", ") : "none"}; longest gap between frames ${Math.round(Math.max(0, ...w.gaps))} ms; JS heap ${Math.round(heap / 2 ** 20)} MB`;
  test.info().annotations.push({ type: "main thread", description });
  console.log(description);
  return { ...w, longest };
}

test(`importing ${RELATIONS.toLocaleString("en")} relations keeps the page responsive, shows the layout as it converges, and reopens as responsively`, async ({ page, browser }) => {
  test.setTimeout(600_000);
  const file = generatedBundle(RELATIONS);
  await page.addInitScript(watchMainThread);
  await openApp(page);
  await watched(page, "opening");
  await page.getByLabel("Import data").setInputFiles(file);
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toContainText(`${RELATIONS.toLocaleString("en").replace(/,/g, "")} relations`, { timeout: 240_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Generated");
  // The layout streams in: a status says how far it has come (recorded as it changes), then clears.
  await expect(page.getByRole("region", { name: "Graph" })).toHaveAttribute("data-layout", "settled", { timeout: 240_000 });
  await expect(page.getByText("Laying out…")).toHaveCount(0, { timeout: 240_000 });
  await waitForGraph(page);
  const imported = await watched(page, "import");
  expect(imported.progress.length, "a 'Laying out… N%' status was shown").toBeGreaterThan(0);
  expect.soft(imported.longest.duration, imported.longest.source).toBeLessThan(LONGEST_SCRIPT_MS);
  // The first picture of the import is a draft of the layout, never the circle the entities start on.
  const generated = (w: Watched) => w.layouts.filter((l) => l.dataset.includes("Generated"));
  expect(generated(imported).filter((l) => l.visible).map((l) => l.layout)[0]).toBe("converging");
  // The graph is busy while its layout is a draft.
  expect(generated(imported).filter((l) => l.layout === "converging" && !l.busy)).toEqual([]);
  expect(generated(imported).at(-1)).toMatchObject({ layout: "settled", visible: true });

  // Reopening after a reload: the dataset read back from storage, its graphs built in slices, its layout kept.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Generated", { timeout: 240_000 });
  await expect(page.getByRole("region", { name: "Graph" })).toHaveAttribute("aria-busy", "false", { timeout: 240_000 });
  const reopened = await watched(page, "reopening");
  expect.soft(reopened.longest.duration, reopened.longest.source).toBeLessThan(LONGEST_SCRIPT_MS);
  expect(generated(reopened).map((l) => l.layout)).not.toContain("converging");
  expect(generated(reopened).at(-1)).toMatchObject({ layout: "settled", visible: true });

  const memory = await tabMemory(page, browser);
  const { renderer, heap } = memory;
  const description = `${RELATIONS} relations reopened: renderer process resident ${renderer.after} MB after a garbage collection (${renderer.before} MB before it, peak ${renderer.peak} MB since the process started; largest renderer, /proc VmRSS and VmHWM); JS heap ${heap} MB after the collection`;
  test.info().annotations.push({ type: "memory", description });
  console.log(description);
  expect(heap, "the JS heap was read").toBeGreaterThan(0);
  expect(renderer.after, "the renderer's memory was read").toBeGreaterThan(0);
  expect.soft(renderer.after, "the tab's resident memory once its garbage is collected").toBeLessThan(TAB_MEMORY_MB);
});

test("a large dataset's time index is built once when it is imported and once when it is reopened", async ({ page }) => {
  test.setTimeout(180_000);
  // Above LARGE_DATASET (5,000), so it takes the sliced path of large imports and reopenings, yet loads in seconds.
  const file = generatedBundle(6_000);
  const builds = () => page.evaluate(() => performance.getEntriesByName("entente:time-index").length);
  const graphReady = async () => {
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Generated", { timeout: 120_000 });
    await expect(page.getByRole("region", { name: "Graph" })).toHaveAttribute("aria-busy", "false", { timeout: 120_000 });
    await waitForGraph(page);
  };
  await openApp(page);
  const before = await builds();
  expect(before, "the default dataset's index was measured").toBe(1);
  await page.getByLabel("Import data").setInputFiles(file);
  await graphReady();
  // A render React throws away (a lazy part suspending while the explorer mounts) would build it a second time.
  expect(await builds(), "time index builds for the import").toBe(before + 1);
  await page.reload();
  await graphReady();
  expect(await builds(), "time index builds on reopening").toBe(1);
});
