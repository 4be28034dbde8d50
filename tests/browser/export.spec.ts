import { expect, test, type Page } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import Papa from "papaparse";
import { bundleTexts, type DatasetBundle } from "../../src/model/export/bundle";
import { validateDataset } from "../../src/model/dataset/validate";
import { imageStats, openApp, waitForGraph } from "./helpers";

const GEXF_XSD = resolve(import.meta.dirname, "../fixtures/gexf-1.3/gexf.xsd");
const SAHEL = resolve(import.meta.dirname, "../../graph-data/sahel");

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string; data: Buffer }> {
  const pending = page.waitForEvent("download");
  await click();
  const file = await pending;
  const path = (await file.path())!;
  return { name: file.suggestedFilename(), path, data: readFileSync(path) };
}

/** Opens the PNG dialog, applies the choices and downloads. */
async function exportPng(page: Page, choices: { size?: string; scale?: string; background?: string; legend?: boolean } = {}) {
  const dialog = page.getByRole("dialog", { name: "Export image" });
  if (!(await dialog.isVisible())) await page.getByRole("button", { name: "Export PNG" }).click();
  if (choices.size) await dialog.getByRole("radio", { name: choices.size }).check();
  if (choices.scale) await dialog.getByRole("radio", { name: choices.scale, exact: true }).check();
  if (choices.background) await dialog.getByRole("radio", { name: choices.background, exact: true }).check();
  if (choices.legend !== undefined) {
    // No band at all: no headings, legend or sources.
    await dialog.getByRole("checkbox", { name: "Legend" }).setChecked(choices.legend);
    await dialog.getByRole("checkbox", { name: "Sources" }).setChecked(choices.legend);
    if (!choices.legend) for (const name of ["Title", "Subtitle"]) await dialog.getByRole("textbox", { name, exact: true }).fill("");
  }
  return download(page, () => dialog.getByRole("button", { name: "Download PNG" }).click());
}

/** Pixels of a PNG: share fully transparent, share light and opaque, share dark and opaque, and the corner pixel. */
async function pixels(page: Page, png: Buffer) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let [clear, light, dark] = [0, 0, 0];
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) clear++;
      else if (data[i + 3] === 255 && data[i] > 210 && data[i + 1] > 210 && data[i + 2] > 210) light++;
      else if (data[i + 3] > 200 && data[i] < 60 && data[i + 1] < 60 && data[i + 2] < 60) dark++;
    }
    const n = data.length / 4;
    return { clear: clear / n, light: light / n, dark: dark / n, corner: [...data.slice(0, 4)] };
  }, png.toString("base64"));
}

/** Width and height from the PNG header. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(12, 16).toString()).toBe("IHDR");
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** Mean absolute difference (0–1) of two PNGs drawn at the smaller one's size: the same picture at two scales is close to 0. */
async function difference(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([a64, b64]) => {
      const decode = async (b: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b}`;
        await img.decode();
        return img;
      };
      const [ia, ib] = [await decode(a64), await decode(b64)];
      const [w, h] = [Math.min(ia.naturalWidth, ib.naturalWidth), Math.min(ia.naturalHeight, ib.naturalHeight)];
      const pixelsOf = (img: HTMLImageElement) => {
        const c = document.createElement("canvas");
        [c.width, c.height] = [w, h];
        const ctx = c.getContext("2d")!;
        ctx.imageSmoothingQuality = "high";
        ctx.drawImage(img, 0, 0, w, h);
        return ctx.getImageData(0, 0, w, h).data;
      };
      const [pa, pb] = [pixelsOf(ia), pixelsOf(ib)];
      let sum = 0;
      for (let i = 0; i < pa.length; i++) sum += Math.abs(pa[i] - pb[i]);
      return sum / pa.length / 255;
    },
    [a.toString("base64"), b.toString("base64")],
  );
}

async function relationsInView(page: Page): Promise<string[]> {
  return page
    .getByRole("table", { name: "Relations in view" })
    .locator("tbody tr")
    .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.relation ?? ""));
}

test.describe("PNG", () => {
  test("Export PNG opens a dialog whose focused Download gives the default 1920×1080 image in one click", async ({ page }) => {
    await openApp(page);
    const opener = page.getByRole("button", { name: "Export PNG" });
    await opener.click();
    const dialog = page.getByRole("dialog", { name: "Export image" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Download PNG" })).toBeFocused();
    const file = await download(page, () => dialog.getByRole("button", { name: "Download PNG" }).click());
    expect(file.name).toBe("entente-sahel-2023-2025.png");
    expect(file.data.subarray(1, 4).toString()).toBe("PNG");
    const stats = await imageStats(page, file.data);
    expect([stats.width, stats.height]).toEqual([1920, 1080]);
    expect(stats.opaque).toBe(true);
    expect(stats.colors).toBeGreaterThan(20);
    expect(stats.inked).toBeGreaterThan(0.01);
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test("Escape closes the dialog and focus returns to Export PNG", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "Export PNG" }).click();
    await expect(page.getByRole("dialog", { name: "Export image" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toBeHidden();
    await expect(page.getByRole("button", { name: "Export PNG" })).toBeFocused();
  });

  test("the pixel size is the chosen size times the scale", async ({ page }) => {
    await openApp(page);
    const box = (await page.getByRole("region", { name: "Graph" }).boundingBox())!;
    const screen = await exportPng(page, { size: "Screen" });
    const s = await imageStats(page, screen.data);
    expect([s.width, s.height]).toEqual([Math.round(box.width), Math.round(box.height)]);
    expect(s.inked).toBeGreaterThan(0.01);

    const hd2 = await imageStats(page, (await exportPng(page, { size: "1920 × 1080", scale: "2×" })).data);
    expect([hd2.width, hd2.height, hd2.opaque]).toEqual([3840, 2160, true]);
    expect(hd2.colors).toBeGreaterThan(20);

    const square = await imageStats(page, (await exportPng(page, { size: "Square", scale: "1×" })).data);
    expect([square.width, square.height]).toEqual([2048, 2048]);
    expect(square.inked).toBeGreaterThan(0.01);
  });

  test("a size the browser cannot draw is refused with an alert", async ({ page }) => {
    await openApp(page);
    await page.getByRole("button", { name: "Export PNG" }).click();
    const dialog = page.getByRole("dialog", { name: "Export image" });
    await dialog.getByRole("radio", { name: "3840 × 2160" }).check();
    await dialog.getByRole("radio", { name: "4×", exact: true }).check();
    await expect(dialog.getByRole("alert")).toContainText("15360 × 8640 px");
    await expect(dialog.getByRole("button", { name: "Download PNG" })).toBeDisabled();
    // Headless Chromium's WebGL draws at most 8192 px a side and about 33 million pixels in all.
    await dialog.getByRole("radio", { name: "Square" }).check();
    await expect(dialog.getByRole("alert")).toContainText(/8192 × 8192 px image is larger than this browser can draw \(at most [\d.]+ million pixels\)/);
    await dialog.getByRole("radio", { name: "1×", exact: true }).check();
    await expect(dialog.getByRole("alert")).toHaveCount(0);
    await expect(dialog.getByRole("button", { name: "Download PNG" })).toBeEnabled();
  });

  test("the largest image this browser can draw (1920 × 1080 at 4×) is the same picture as at 1×", async ({ page }) => {
    test.setTimeout(120_000);
    await openApp(page);
    const one = await exportPng(page, { size: "1920 × 1080", scale: "1×" });
    const four = await exportPng(page, { size: "1920 × 1080", scale: "4×" });
    expect(pngSize(four.data)).toEqual([7680, 4320]);
    // Measured 0.003; misplaced layers (nodes against labels) or a shrunken drawing buffer would differ far more.
    expect(await difference(page, one.data, four.data)).toBeLessThan(0.008);
    const dark = await exportPng(page, { size: "1920 × 1080", scale: "1×", background: "Dark" });
    expect(await difference(page, one.data, dark.data)).toBeGreaterThan(0.3);
  });

  test("backgrounds: light and dark are opaque, dark has light labels, transparent keeps dark text", async ({ page }) => {
    await openApp(page);
    const light = await pixels(page, (await exportPng(page, { background: "Light" })).data);
    expect(light.clear).toBe(0);
    expect(light.corner).toEqual([255, 255, 255, 255]);

    const darkFile = await exportPng(page, { background: "Dark" });
    expect((await imageStats(page, darkFile.data)).opaque).toBe(true);
    const dark = await pixels(page, darkFile.data);
    expect(dark.corner).toEqual([0x16, 0x19, 0x1e, 255]);
    // Light text (labels, caption) on the dark ground.
    expect(dark.light).toBeGreaterThan(0.002);

    const clear = await pixels(page, (await exportPng(page, { background: "Transparent" })).data);
    expect(clear.corner[3]).toBe(0);
    expect(clear.clear).toBeGreaterThan(0.5);
    expect(clear.dark).toBeGreaterThan(0.002);
  });

  test("the legend band can be left out, and two windows give different images", async ({ page }) => {
    await openApp(page);
    const withLegend = await exportPng(page, { legend: true });
    const without = await exportPng(page, { legend: false });
    expect(without.data.equals(withLegend.data)).toBe(false);

    await openApp(page, "?from=1994&to=1998");
    const older = await exportPng(page, { legend: true });
    expect(older.name).toBe("entente-sahel-1994-1998.png");
    const [a, b] = [await imageStats(page, withLegend.data), await imageStats(page, older.data)];
    expect(b.inked).toBeGreaterThan(0.005);
    // Fewer relations are in view in the 1990s: less ink.
    expect(b.inked).toBeLessThan(a.inked);
  });

  test("Copy image puts the PNG on the clipboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openApp(page);
    await page.getByRole("button", { name: "Export PNG" }).click();
    const dialog = page.getByRole("dialog", { name: "Export image" });
    await dialog.getByRole("button", { name: "Copy image" }).click();
    await expect(dialog.getByRole("status", { name: "Image status" })).toHaveText("Image copied to the clipboard.");
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item.getType("image/png");
      const bitmap = await createImageBitmap(blob);
      return { types: item.types, width: bitmap.width, height: bitmap.height };
    });
    expect(copied).toEqual({ types: ["image/png"], width: 1920, height: 1080 });
  });

  test("without clipboard support, Copy image explains what to do instead", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, "ClipboardItem", { value: undefined }));
    await openApp(page);
    await page.getByRole("button", { name: "Export PNG" }).click();
    const dialog = page.getByRole("dialog", { name: "Export image" });
    await dialog.getByRole("button", { name: "Copy image" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("This browser does not let pages copy images. Use Download PNG instead.");
  });
});

test.describe("data", () => {
  test("Export GEXF passes the GEXF 1.3 schema and holds exactly the relations in view", async ({ page }) => {
    await openApp(page, "?from=2024&to=2024");
    const inView = await relationsInView(page);
    expect(inView.length).toBeGreaterThan(10);
    const file = await download(page, () => page.getByRole("button", { name: "Export GEXF" }).click());
    expect(file.name).toBe("entente-sahel-2024.gexf");
    const lint = spawnSync("xmllint", ["--noout", "--schema", GEXF_XSD, file.path], { encoding: "utf8" });
    expect(lint.error, "xmllint must be installed").toBeUndefined();
    expect(lint.stderr).toContain("validates");
    const xml = file.data.toString("utf8");
    expect(xml).toContain('mode="dynamic" timeformat="date"');
    const edges = [...xml.matchAll(/<edge id="([^"]+)"/g)].map((m) => m[1]);
    expect(edges.sort()).toEqual([...inView].sort());
    // Positions and colours come from the graph on screen.
    expect(xml.match(/<position /g)?.length).toBe(xml.match(/<node /g)?.length);
    expect(xml).toMatch(/<color r="\d+" g="\d+" b="\d+"\/>/);
  });

  test("Whole dataset switches every data export to the whole dataset", async ({ page }) => {
    await openApp(page, "?from=2024&to=2024");
    await page.getByRole("checkbox", { name: "Whole dataset" }).check();
    const gexf = await download(page, () => page.getByRole("button", { name: "Export GEXF" }).click());
    expect(gexf.name).toBe("entente-sahel-all.gexf");
    const relations = JSON.parse(readFileSync(`${SAHEL}/relations.json`, "utf8")) as { id: string }[];
    expect(gexf.data.toString("utf8").match(/<edge /g)).toHaveLength(relations.length);
    const json = await download(page, () => page.getByRole("button", { name: "Export JSON" }).click());
    expect(json.name).toBe("entente-sahel-all.json");
    const bundle = JSON.parse(json.data.toString("utf8")) as DatasetBundle;
    expect(bundle.relations).toEqual(relations);
    expect(bundle.entities).toEqual(JSON.parse(readFileSync(`${SAHEL}/entities.json`, "utf8")));
    expect(bundle.dataset).toEqual(JSON.parse(readFileSync(`${SAHEL}/dataset.json`, "utf8")));
  });

  test("Export CSV has one row per relation in view and keeps quotes, commas and new lines", async ({ page }) => {
    await openApp(page);
    const inView = await relationsInView(page);
    const file = await download(page, () => page.getByRole("button", { name: "Export CSV" }).click());
    expect(file.name).toBe("entente-sahel-2023-2025.csv");
    const text = file.data.toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    // Same rows, in the same order as the table.
    expect(parsed.data.map((r) => r.id)).toEqual(inView);
    const relations = JSON.parse(readFileSync(`${SAHEL}/relations.json`, "utf8")) as { id: string; label: string; citations: { source: string; quote?: string }[] }[];
    for (const row of parsed.data) {
      const original = relations.find((r) => r.id === row.id)!;
      expect(row.label).toBe(original.label);
      if (original.citations.length === 1) expect(row.quote).toBe(original.citations[0].quote ?? "");
      else for (const c of original.citations) if (c.quote) expect(row.quote).toContain(`[${c.source}] ${c.quote}`);
    }
    expect(parsed.data.some((r) => /,/.test(r.quote) && /[’“”]/.test(r.quote))).toBe(true);
    expect(parsed.data.some((r) => r.quote.includes("\n\n["))).toBe(true);
  });

  test("Export JSON of the view round-trips through validation, and importing it opens the same view", async ({ page }) => {
    await openApp(page, "?from=2023&to=2023&focus=niger");
    const inView = await relationsInView(page);
    const file = await download(page, () => page.getByRole("button", { name: "Export JSON" }).click());
    expect(file.name).toBe("entente-sahel-2023-niger.json");
    const bundle = JSON.parse(file.data.toString("utf8")) as DatasetBundle;
    expect(Object.keys(bundle)).toEqual(["dataset", "relationTypes", "entities", "relations", "sources", "view"]);
    const viewParams = new URLSearchParams(bundle.view);
    expect(["from", "to", "focus"].map((k) => viewParams.get(k))).toEqual(["2023", "2023", "niger"]);
    expect(bundle.relations.map((r) => r.id).sort()).toEqual([...inView].sort());
    expect(bundle.dataset.defaultView).toEqual({ from: 2023, to: 2023 });
    const again = validateDataset(bundleTexts(bundle));
    expect(again.ok ? [] : again.problems).toEqual([]);
    expect(again.ok && again.dataset.relations).toEqual(bundle.relations);
    await waitForGraph(page);

    // Dataset and view in one file: importing it elsewhere opens it at the view it was exported from.
    await page.goto("/?from=2010&to=2012");
    await waitForGraph(page);
    mkdirSync(test.info().outputDir, { recursive: true });
    const path = join(test.info().outputDir, file.name);
    writeFileSync(path, file.data);
    await page.getByLabel("Import data").setInputFiles(path);
    await expect(page.getByRole("status").filter({ hasText: "Imported" })).toBeVisible();
    const params = new URL(page.url()).searchParams;
    expect([params.get("from"), params.get("to"), params.get("focus")]).toEqual(["2023", "2023", "niger"]);
    expect(params.get("dataset")).toMatch(/^sahel-\d+$/);
    await expect(page.getByRole("heading", { level: 2, name: "Niger", exact: true })).toBeVisible();
    expect(await relationsInView(page)).toHaveLength(inView.length);
  });
});

test("the map layout exports with its country outlines", async ({ page }) => {
  /** Share of pixels in the map's land colour (MAP_COLORS.land, #ebe8e1). */
  const land = (png: Buffer) =>
    page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - 0xeb) < 3 && Math.abs(data[i + 1] - 0xe8) < 3 && Math.abs(data[i + 2] - 0xe1) < 3) n++;
      return n / (data.length / 4);
    }, png.toString("base64"));
  await openApp(page, "?layout=map");
  const map = await exportPng(page);
  await page.keyboard.press("Escape");
  await openApp(page, "?layout=force");
  const force = await exportPng(page);
  expect(await land(map.data)).toBeGreaterThan(0.05);
  expect(await land(force.data)).toBeLessThan(0.001);
});
