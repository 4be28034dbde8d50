import { chromium, type Browser, type Page } from "@playwright/test";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generateDataset } from "../model/dataset/generate";

/**
 * Browser figures for `npm run bench`: builds the bench page (tests/bench/), serves it, and drives
 * it in headless Chromium (Debian's, or CHROME_PATH) with the flags the browser tests use.
 */
const ROOT = resolve(import.meta.dirname, "../..");
const CONFIG = "tests/bench/vite.config.ts";
const PORT = Number(process.env.BENCH_PORT ?? 4390);
const URL = `http://127.0.0.1:${PORT}/`;

type Emit = (name: string, value: number, unit?: string) => void;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(URL)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`bench server did not start on ${URL}`);
}

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${URL}?${query}`);
  await page.waitForFunction("window.bench?.ready === true", null, { timeout: 600_000 });
  await page.waitForSelector('section[aria-label="Graph"][aria-busy="false"]', { timeout: 600_000 });
}

type Step = { drawn: number; mainThread: number };

/**
 * One-year steps of a 5-year window, 10 forward and 10 back, alternating between the two pages
 * (partial and full refresh) so both meet the same machine load. Each step is timed to the draw
 * calls being issued (main thread done) and to the drawn frame (GPU finished). Software WebGL takes
 * seconds per frame at 50k, hence few steps.
 */
async function stepTimes(pages: Page[], median: (v: number[]) => number): Promise<Step[]> {
  const times = pages.map(() => ({ drawn: [] as number[], mainThread: [] as number[] }));
  for (const years of [1, -1]) {
    for (let i = 0; i < 10; i++) {
      for (let p = 0; p < pages.length; p++) {
        const t = (await pages[p].evaluate(`window.bench.step(${years})`)) as Step;
        times[p].drawn.push(t.drawn);
        times[p].mainThread.push(t.mainThread);
      }
    }
  }
  return times.map((t) => ({ drawn: median(t.drawn.slice(2)), mainThread: median(t.mainThread.slice(2)) }));
}

/**
 * Scrubbing by keyboard in the whole explorer: a key press every 60 ms on "To year", while the page
 * records every animation frame. Reports the frame intervals (smoothness) and key-to-settled time.
 */
async function scrub(page: Page, median: (v: number[]) => number): Promise<{ p50: number; p95: number; max: number; long: number; settle: number }> {
  await page.getByRole("slider", { name: "To year" }).focus();
  // Strings, not functions: tsx would add helpers to compiled functions that the page does not have.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.stop_ = false;
    const loop = (t) => { window.frames_.push(t); if (!window.stop_) requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  })()`);
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(i < 20 ? "ArrowLeft" : "ArrowRight");
    await page.waitForTimeout(60);
  }
  const t0 = Date.now();
  await page.waitForSelector('section[aria-label="Graph"][aria-busy="false"]', { timeout: 120_000 });
  const settle = Date.now() - t0;
  const frames = (await page.evaluate("(window.stop_ = true, window.frames_)")) as number[];
  const gaps = frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b);
  return { p50: median(gaps), p95: gaps[Math.floor(gaps.length * 0.95)], max: gaps[gaps.length - 1], long: gaps.filter((g) => g > 50).length, settle };
}

/**
 * Software WebGL either way: SwiftShader (Chromium's own, what the browser tests use) or, with
 * BENCH_GL=llvmpipe, Mesa's llvmpipe through ANGLE's EGL backend, which rasterises several times
 * faster and, like a GPU, draws hidden items for next to nothing.
 */
function glFlags(): string[] {
  return process.env.BENCH_GL === "llvmpipe" ? ["--use-gl=angle", "--use-angle=gl-egl", "--ignore-gpu-blocklist"] : [];
}

async function rendererOf(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  const name = await page.evaluate(`(() => {
    const gl = document.createElement("canvas").getContext("webgl2");
    const info = gl && gl.getExtension("WEBGL_debug_renderer_info");
    return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : "unknown";
  })()`);
  await page.close();
  return String(name);
}

/**
 * "Export animation" in the explorer, as a user does it: 10 one-year steps (a sliding one-year window over
 * 2015–2024) at 1920 × 1080, as WebM and as GIF. Reports seconds per frame (showing the step, the off-screen
 * render, encoding) and the files' sizes.
 */
async function animationExport(page: Page, format: "WebM video" | "GIF"): Promise<{ perFrame: number; bytes: number }> {
  await page.getByRole("button", { name: "Export PNG" }).click();
  const dialog = page.getByRole("dialog", { name: "Export image" });
  await dialog.getByRole("spinbutton", { name: "From year" }).fill("2015");
  await dialog.getByRole("spinbutton", { name: "To year" }).fill("2024");
  await dialog.getByRole("radio", { name: "Sliding window" }).check();
  await dialog.getByRole("radio", { name: format }).check();
  const pending = page.waitForEvent("download", { timeout: 600_000 });
  const t0 = Date.now();
  await dialog.getByRole("button", { name: "Export animation" }).click();
  const file = await pending;
  const seconds = (Date.now() - t0) / 1000;
  const bytes = statSync((await file.path())!).size;
  await page.keyboard.press("Escape");
  return { perFrame: seconds / 10, bytes };
}

async function viewFigures(browser: Browser, emit: Emit, median: (v: number[]) => number): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const partialPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const fullPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await open(partialPage, "relations=50000&view=graph&refresh=partial");
  await open(fullPage, "relations=50000&view=graph&refresh=full");
  const [partial, full] = await stepTimes([partialPage, fullPage], median);
  const draws: number[] = [];
  for (let i = 0; i < 5; i++) draws.push((await partialPage.evaluate("window.bench.drawOnly()")) as number);
  emit("browser-draw-50k-same-frame", median(draws));
  await partialPage.close();
  await fullPage.close();
  emit("browser-step-50k-incremental", partial.drawn);
  emit("browser-step-50k-full-refresh", full.drawn);
  emit("browser-step-50k-incremental-over-full", partial.drawn / full.drawn, "x");
  emit("browser-step-50k-incremental-main-thread", partial.mainThread);
  emit("browser-step-50k-full-refresh-main-thread", full.mainThread);
  emit("browser-step-50k-incremental-over-full-main-thread", partial.mainThread / full.mainThread, "x");

  for (const [name, query] of [
    ["sahel", "dataset=sahel&from=2000&to=2025"],
    ["50k", "relations=50000&from=2015-01&to=2019-12"],
  ]) {
    await open(page, query);
    emit(`browser-load-${name}`, (await page.evaluate("window.bench.loadMs")) as number);
    const s = await scrub(page, median);
    emit(`scrub-${name}-frame-p50`, s.p50);
    emit(`scrub-${name}-frame-p95`, s.p95);
    emit(`scrub-${name}-frame-max`, s.max);
    emit(`scrub-${name}-frames-over-50ms`, s.long, "frames");
    emit(`scrub-${name}-settle-after-last-key`, s.settle);
  }
}

/**
 * A 50k-relation import in the app itself (built and served on the next port): from choosing the file to the dataset
 * opened (its graphs built), to the first draft of the layout on screen, and to the laid-out frame (the layout done and drawn, the graph no longer busy).
 */
async function importLayoutFigures(browser: Browser, emit: Emit): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "entente-bench-"));
  const port = PORT + 1;
  const built = spawnSync("npx", ["vite", "build", "--outDir", join(dir, "app"), "--logLevel", "error"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (built.status !== 0) throw new Error("app build failed");
  const server = spawn("npx", ["vite", "preview", "--outDir", join(dir, "app"), "--host", "127.0.0.1", "--port", String(port), "--strictPort"], { cwd: ROOT, stdio: "ignore", detached: true });
  try {
    const types = JSON.parse(readFileSync(join(ROOT, "graph-data/relation-types.json"), "utf8"));
    const d = generateDataset(types, { relations: 50_000, seed: 1 });
    const file = join(dir, "generated-50000.json");
    writeFileSync(file, JSON.stringify({ dataset: d.meta, entities: d.entities, relations: d.relations, sources: d.sources }));
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    for (let i = 0; ; i++) {
      try {
        await page.goto(`http://127.0.0.1:${port}/`);
        break;
      } catch (e) {
        if (i > 100) throw e;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    await page.waitForSelector('section[aria-label="Graph"][aria-busy="false"]', { timeout: 120_000 });
    const t0 = Date.now();
    await page.getByLabel("Import data").setInputFiles(file);
    await page.getByRole("heading", { level: 1 }).filter({ hasText: "Generated" }).waitFor({ timeout: 600_000 });
    emit("browser-import-50k-opened", Date.now() - t0);
    await page.waitForSelector('section[aria-label="Graph"][data-layout="converging"]', { timeout: 600_000 });
    emit("browser-layout-50k-first-draft", Date.now() - t0);
    await page.waitForSelector('section[aria-label="Graph"][data-layout="settled"][aria-busy="false"]', { timeout: 600_000 });
    emit("browser-layout-50k", Date.now() - t0);
    await page.close();
  } finally {
    if (server.pid) process.kill(-server.pid);
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runBrowserBench(emit: Emit, median: (v: number[]) => number): Promise<void> {
  const built = spawnSync("npx", ["vite", "build", "--config", CONFIG, "--logLevel", "error"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
  if (built.status !== 0) throw new Error("bench page build failed");
  const server = spawn("npx", ["vite", "preview", "--config", CONFIG, "--host", "127.0.0.1", "--port", String(PORT), "--strictPort"], { cwd: ROOT, stdio: "ignore", detached: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--enable-unsafe-swiftshader", ...glFlags()],
  });
  try {
    await waitForServer();
    console.error(`# chromium ${browser.version()}, node ${process.version}, WebGL renderer: ${await rendererOf(browser)}`);
    // BENCH_ONLY=layout measures the 50k import to its laid-out frame alone.
    if (process.env.BENCH_ONLY === "layout") return await importLayoutFigures(browser, emit);
    await importLayoutFigures(browser, emit);
    // BENCH_ONLY=animation measures the animation export alone (a minute instead of many).
    if (process.env.BENCH_ONLY !== "animation") await viewFigures(browser, emit, median);

    // Animation export at 1920 × 1080: the whole explorer, the dialog driven as a user does.
    const exportPage = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    for (const [name, query] of [
      ["sahel", "dataset=sahel&from=2015&to=2015"],
      ["5k", "relations=5000&from=2015&to=2015"],
    ]) {
      await open(exportPage, query);
      for (const [format, label] of [["webm", "WebM video"], ["gif", "GIF"]] as const) {
        const r = await animationExport(exportPage, label);
        emit(`animation-${name}-${format}-1920x1080-per-frame`, r.perFrame, "s");
        emit(`animation-${name}-${format}-10-steps-size`, r.bytes / 1024, "KiB");
      }
    }
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}
