import { expect, type Locator, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";

/** Opens the app and waits until sigma has drawn the current view. */
export async function openApp(page: Page, query = ""): Promise<void> {
  await page.goto(`/${query}`);
  await waitForGraph(page);
}

/** `timeout` for a first picture that waits on a layout (a fresh import on a busy machine). */
export async function waitForGraph(page: Page, timeout?: number): Promise<void> {
  await expect(page.getByRole("region", { name: "Graph" })).toHaveAttribute("aria-busy", "false", { timeout });
}

export interface ImageStats {
  width: number;
  height: number;
  /** Distinct colours, quantised, in the image: 1 means blank. */
  colors: number;
  /** Share of pixels that differ from the top-left pixel. */
  inked: number;
  opaque: boolean;
}

/** `window.decodePng` in the page: a PNG's pixels, decoded by the browser (no image library needed). */
export interface PngDecoder {
  decodePng: (b64: string) => Promise<ImageData>;
}

/** Defines `window.decodePng` in the page (again after each navigation), for helpers that read screenshots and exported images. */
export async function installPngDecoder(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as PngDecoder).decodePng = async (b64: string) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, canvas.width, canvas.height);
    };
  });
}

/** Decodes a PNG in the page and measures it. */
export async function imageStats(page: Page, png: Buffer): Promise<ImageStats> {
  await installPngDecoder(page);
  return page.evaluate(async (b64) => {
    const { data, width, height } = await (window as unknown as PngDecoder).decodePng(b64);
    const colors = new Set<number>();
    let inked = 0;
    let opaque = true;
    for (let i = 0; i < data.length; i += 4) {
      colors.add(((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4));
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) inked++;
      if (data[i + 3] !== 255) opaque = false;
    }
    return { width, height, colors: colors.size, inked: inked / (data.length / 4), opaque };
  }, png.toString("base64"));
}

export async function tableRows(table: Locator): Promise<string[][]> {
  return table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent ?? "")));
}

/** Clicks something that downloads a file; resolves with the file's suggested name, path and bytes. */
export async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string; data: Buffer }> {
  const pending = page.waitForEvent("download");
  await click();
  const file = await pending;
  const path = (await file.path())!;
  return { name: file.suggestedFilename(), path, data: readFileSync(path) };
}

/** Rows counted in the table's heading ("(N grouped by …)"): the table pages its rows. */
export async function rowCount(page: Page): Promise<number> {
  const text = await page.locator(".relations h2 .count").textContent();
  return Number(/\(([\d,]+)/.exec(text ?? "")![1].replace(/,/g, ""));
}

/** Imports an event table with the preset the column mapping guesses, then waits for its first picture (the layout). */
export async function importEvents(page: Page, file: string, id: string): Promise<void> {
  await openApp(page);
  await page.getByLabel("Import data").setInputFiles(file);
  await page.getByRole("dialog", { name: "Map event columns" }).getByRole("button", { name: "Import events" }).click();
  await expect(page).toHaveURL(new RegExp(`dataset=${id}`), { timeout: 30_000 });
  await waitForGraph(page, 60_000);
}
