import { expect, test, type Page } from "@playwright/test";
import { unzipSync } from "fflate";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPngText } from "../../src/model/export/pngText";
import { imageStats, openApp } from "./helpers";

/** Composer, readable map exports, and animations of time (issue 15). Downloads are checked by ffprobe and tesseract. */

const has = (tool: string) => spawnSync(tool, ["-version"]).error === undefined;
const OCR = has("tesseract");
const FFPROBE = has("ffprobe");
const OUT = process.env.PUBLISH_SHOTS;

async function download(page: Page, click: () => Promise<void>, timeout = 120_000) {
  const pending = page.waitForEvent("download", { timeout });
  await click();
  const file = await pending;
  const path = (await file.path())!;
  return { name: file.suggestedFilename(), path, data: readFileSync(path) };
}

async function openDialog(page: Page) {
  await page.getByRole("button", { name: "Export PNG" }).click();
  const dialog = page.getByRole("dialog", { name: "Export image" });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The words tesseract reads in an image. */
function ocr(png: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "entente-ocr-"));
  writeFileSync(join(dir, "in.png"), png);
  // Tesseract reads the 14 px labels reliably only at twice their size.
  const scaled = spawnSync("ffmpeg", ["-y", "-v", "error", "-i", join(dir, "in.png"), "-vf", "scale=iw*2:ih*2:flags=lanczos", join(dir, "up.png")]);
  const input = scaled.status === 0 ? join(dir, "up.png") : join(dir, "in.png");
  const run = spawnSync("tesseract", [input, "stdout", "--psm", "11"], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

interface Probe {
  width: number;
  height: number;
  frames: number;
  codec: string;
}

function probe(path: string): Probe {
  const run = spawnSync("ffprobe", ["-v", "error", "-count_frames", "-select_streams", "v:0", "-show_entries", "stream=codec_name,width,height,nb_read_frames", "-of", "json", path], {
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  const s = JSON.parse(run.stdout).streams[0];
  return { width: s.width, height: s.height, frames: Number(s.nb_read_frames), codec: s.codec_name };
}

/** Each decoded frame as grey pixels at 1/8 size, to tell frames apart. */
function decodedFrames(path: string, width: number, height: number): Buffer[] {
  const [w, h] = [width / 8, height / 8];
  const run = spawnSync("ffmpeg", ["-v", "error", "-i", path, "-vf", `scale=${w}:${h}`, "-f", "rawvideo", "-pix_fmt", "gray", "-"], { maxBuffer: 1 << 28 });
  expect(run.status, String(run.stderr)).toBe(0);
  const frames: Buffer[] = [];
  for (let at = 0; at + w * h <= run.stdout.length; at += w * h) frames.push(run.stdout.subarray(at, at + w * h));
  return frames;
}

/** Mean absolute difference of two grey frames, 0–255. */
const distance = (a: Buffer, b: Buffer) => a.reduce((sum, v, i) => sum + Math.abs(v - b[i]), 0) / a.length;

test.describe("composer", () => {
  test("title and subtitle default to what the view is; an edited title is in the image, its caption and its PNG Title", async ({ page }) => {
    await openApp(page);
    const dialog = await openDialog(page);
    const title = dialog.getByRole("textbox", { name: "Title", exact: true });
    const subtitle = dialog.getByRole("textbox", { name: "Subtitle" });
    await expect(title).toHaveValue("Sahel security relations");
    await expect(subtitle).toHaveValue("2023–2025");
    await expect(dialog.getByRole("img", { name: "Preview of the image" })).toBeVisible();
    const before = await dialog.getByRole("img", { name: "Preview of the image" }).getAttribute("src");

    await title.fill("Niger turns to new partners");
    await dialog.getByRole("textbox", { name: "Note" }).fill("Relations as cited in the press");
    await expect(dialog.locator(".png-caption-text")).toHaveText("Niger turns to new partners, 2023–2025");
    // The preview follows the edit.
    await expect(dialog.getByRole("img", { name: "Preview of the image" })).not.toHaveAttribute("src", before!);
    if (OUT) await dialog.screenshot({ path: `${OUT}/composer-dialog.png` });

    const file = await download(page, () => dialog.getByRole("button", { name: "Download PNG" }).click());
    expect(file.name).toBe("entente-sahel-2023-2025.png");
    expect(readPngText(new Uint8Array(file.data)).Title).toBe("Niger turns to new partners, 2023–2025");
    if (OUT) writeFileSync(`${OUT}/composed.png`, file.data);
    test.skip(!OCR, "tesseract-ocr is not installed (apt-get install -y tesseract-ocr): the image's text was not read back");
    const words = ocr(file.data);
    expect(words).toContain("Niger turns to new partners");
    expect(words).toContain("Relations as cited in the press");
  });

  test("the edit is kept when the dialog reopens on the same view, and Reset caption restores the view's words", async ({ page }) => {
    await openApp(page);
    let dialog = await openDialog(page);
    await dialog.getByRole("textbox", { name: "Title", exact: true }).fill("My title");
    await page.keyboard.press("Escape");
    dialog = await openDialog(page);
    await expect(dialog.getByRole("textbox", { name: "Title", exact: true })).toHaveValue("My title");
    await dialog.getByRole("button", { name: "Reset caption" }).click();
    await expect(dialog.getByRole("textbox", { name: "Title", exact: true })).toHaveValue("Sahel security relations");
  });

  test("legend and sources can be left out, and the band with them", async ({ page }) => {
    await openApp(page);
    const dialog = await openDialog(page);
    const full = await download(page, () => dialog.getByRole("button", { name: "Download PNG" }).click());
    await page.getByRole("button", { name: "Export PNG" }).click();
    await dialog.getByRole("checkbox", { name: "Legend" }).uncheck();
    await dialog.getByRole("checkbox", { name: "Sources" }).uncheck();
    const bare = await download(page, () => dialog.getByRole("button", { name: "Download PNG" }).click());
    expect(bare.data.equals(full.data)).toBe(false);
    test.skip(!OCR, "tesseract-ocr is not installed");
    expect(ocr(full.data)).toContain("Sources");
    expect(ocr(bare.data)).not.toContain("Sources");
  });
});

test("a dark export of the map has readable labels (OCR finds Niger) and dark land", async ({ page }) => {
  await openApp(page, "?layout=map");
  const dialog = await openDialog(page);
  await dialog.getByRole("radio", { name: "Dark", exact: true }).check();
  const file = await download(page, () => dialog.getByRole("button", { name: "Download PNG" }).click());
  if (OUT) writeFileSync(`${OUT}/map-dark.png`, file.data);
  const stats = await imageStats(page, file.data);
  expect([stats.width, stats.height]).toEqual([1920, 1080]);
  // No light land left: the share of near-white pixels is text only.
  const light = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] > 200 && data[i + 1] > 200 && data[i + 2] > 190) n++;
    return n / (data.length / 4);
  }, file.data.toString("base64"));
  expect(light).toBeLessThan(0.03);
  test.skip(!OCR, "tesseract-ocr is not installed (apt-get install -y tesseract-ocr)");
  expect(ocr(file.data)).toMatch(/\bNiger\b/);
});

test.describe("animation", () => {
  test.setTimeout(240_000);

  /** Sets the animation's range and window in the dialog. */
  async function plan(page: Page, opts: { from: number; to: number; window: "Sliding window" | "Growing window"; format?: "WebM video" | "GIF" }) {
    const dialog = await openDialog(page);
    await dialog.getByRole("spinbutton", { name: "From year" }).fill(String(opts.from));
    await dialog.getByRole("spinbutton", { name: "To year" }).fill(String(opts.to));
    await dialog.getByRole("radio", { name: opts.window }).check();
    if (opts.format) await dialog.getByRole("radio", { name: opts.format }).check();
    return dialog;
  }

  test("Export animation gives a WebM of one 1920×1080 frame per step, frames differing as the window grows", async ({ page }) => {
    test.skip(!FFPROBE, "ffmpeg is not installed (apt-get install -y ffmpeg): the video cannot be decoded");
    await openApp(page);
    const dialog = await plan(page, { from: 2022, to: 2025, window: "Growing window", format: "WebM video" });
    const file = await download(page, () => dialog.getByRole("button", { name: "Export animation" }).click());
    expect(file.name).toBe("entente-sahel-2022-2025-yearly.webm");
    expect(probe(file.path)).toEqual({ width: 1920, height: 1080, frames: 4, codec: "vp9" });
    if (OUT) spawnSync("ffmpeg", ["-y", "-v", "error", "-i", file.path, "-vf", "scale=960:-1,tile=2x2", "-frames:v", "1", `${OUT}/webm-frames.png`]);
    const frames = decodedFrames(file.path, 1920, 1080);
    expect(frames).toHaveLength(4);
    // 2022 alone, then 2022–2023, …: each step adds relations (measured 1.45, 0.89, 0.25; the same frame twice gives 0).
    for (let i = 1; i < 4; i++) expect(distance(frames[i - 1], frames[i])).toBeGreaterThan(0.1);
    await expect(dialog.getByRole("status", { name: "Animation status" })).toHaveText("Exported 4 frames.");
    // The live view is back where it was.
    await expect(page.getByRole("slider", { name: "From year" })).toHaveAttribute("aria-valuenow", "2023");
    await expect(page.getByRole("slider", { name: "To year" })).toHaveAttribute("aria-valuenow", "2025");
  });

  test("the GIF has one frame per step at the chosen size", async ({ page }) => {
    test.skip(!FFPROBE, "ffmpeg is not installed (apt-get install -y ffmpeg)");
    await openApp(page);
    const dialog = await plan(page, { from: 2023, to: 2025, window: "Sliding window", format: "GIF" });
    await dialog.getByRole("radio", { name: "Screen" }).check();
    const file = await download(page, () => dialog.getByRole("button", { name: "Export animation" }).click());
    expect(file.name).toBe("entente-sahel-2023-2025-yearly.gif");
    const p = probe(file.path);
    const box = (await page.getByRole("region", { name: "Graph" }).boundingBox())!;
    // Sliding a window as wide as the view's (3 years) through 2023–2025 is one step.
    expect(p).toEqual({ width: Math.round(box.width) - (Math.round(box.width) % 2), height: Math.round(box.height) - (Math.round(box.height) % 2), frames: 1, codec: "gif" });
  });

  test("a one-year sliding window over 2022–2025 gives a GIF of four frames that differ", async ({ page }) => {
    test.skip(!FFPROBE, "ffmpeg is not installed (apt-get install -y ffmpeg)");
    await openApp(page, "?from=2024&to=2024");
    const dialog = await plan(page, { from: 2022, to: 2025, window: "Sliding window", format: "GIF" });
    const file = await download(page, () => dialog.getByRole("button", { name: "Export animation" }).click());
    expect(probe(file.path)).toEqual({ width: 1920, height: 1080, frames: 4, codec: "gif" });
    const frames = decodedFrames(file.path, 1920, 1080);
    for (let i = 1; i < 4; i++) expect(distance(frames[i - 1], frames[i])).toBeGreaterThan(0.5);
    if (OUT) writeFileSync(`${OUT}/sliding.gif`, file.data);
  });

  test("Export PNG series gives a zip of one PNG per step, named by period, each captioned with its period", async ({ page }) => {
    await openApp(page, "?from=2024&to=2024");
    const dialog = await plan(page, { from: 2022, to: 2025, window: "Sliding window" });
    await dialog.getByRole("textbox", { name: "Title", exact: true }).fill("Sahel partners");
    const file = await download(page, () => dialog.getByRole("button", { name: "Export PNG series" }).click());
    expect(file.name).toBe("entente-sahel-2022-2025-yearly-png.zip");
    const entries = unzipSync(new Uint8Array(file.data));
    expect(Object.keys(entries)).toEqual(["entente-sahel-2022.png", "entente-sahel-2023.png", "entente-sahel-2024.png", "entente-sahel-2025.png"]);
    const titles = Object.values(entries).map((png) => readPngText(png).Title);
    expect(titles).toEqual(["Sahel partners, 2022", "Sahel partners, 2023", "Sahel partners, 2024", "Sahel partners, 2025"]);
    for (const png of Object.values(entries)) {
      const stats = await imageStats(page, Buffer.from(png));
      expect([stats.width, stats.height]).toEqual([1920, 1080]);
    }
    if (OUT) writeFileSync(`${OUT}/series-2025.png`, entries["entente-sahel-2025.png"]);
  });

  test("Cancel export stops between frames, downloads nothing and returns to the view", async ({ page }) => {
    await openApp(page, "?from=2024&to=2024");
    const dialog = await plan(page, { from: 1995, to: 2025, window: "Sliding window", format: "GIF" });
    let downloaded = false;
    page.on("download", () => (downloaded = true));
    await dialog.getByRole("button", { name: "Export animation" }).click();
    const progress = dialog.getByRole("progressbar", { name: "Export progress" });
    await expect(progress).toHaveAttribute("value", /^[1-9]/);
    await dialog.getByRole("button", { name: "Cancel export" }).click();
    await expect(dialog.getByRole("status", { name: "Animation status" })).toHaveText("Export cancelled.");
    await expect(progress).toBeHidden();
    expect(downloaded).toBe(false);
    await expect(page.getByRole("slider", { name: "From year" })).toHaveAttribute("aria-valuenow", "2024");
  });

  test("without WebCodecs the dialog says so and offers GIF", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, "VideoEncoder", { value: undefined }));
    await openApp(page);
    const dialog = await openDialog(page);
    await expect(dialog.getByText("This browser cannot encode video (it lacks WebCodecs): export a GIF or a PNG series instead.")).toBeVisible();
    await expect(dialog.getByRole("radio", { name: "WebM video" })).toBeDisabled();
    await expect(dialog.getByRole("radio", { name: "GIF" })).toBeChecked();
  });

  test("a comparison has no steps to play", async ({ page }) => {
    await openApp(page, "?compare=2023-01-01,2025-06-01");
    const dialog = await openDialog(page);
    await expect(dialog.getByText("A comparison of two days has no time steps")).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Export animation" })).toBeDisabled();
  });
});
