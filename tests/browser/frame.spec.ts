import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { readPngText } from "../../src/model/export/pngText";
import { CHANGE_COLORS, CHANGE_LABELS } from "../../src/render/style/changeStyle";
import { CLASS_COLORS, CLASS_LABELS } from "../../src/render/style/style";
import { openApp, tableRows, waitForGraph } from "./helpers";

const SAHEL = resolve(import.meta.dirname, "../../graph-data/sahel");
const TITLE: string = JSON.parse(readFileSync(resolve(SAHEL, "dataset.json"), "utf8")).title;

async function download(page: Page, click: () => Promise<void>) {
  const pending = page.waitForEvent("download");
  await click();
  const file = await pending;
  return { name: file.suggestedFilename(), data: readFileSync((await file.path())!) };
}

/** Shares of the image's bottom band (caption and legend) in each colour, within a small tolerance. */
async function bandColours(page: Page, png: Buffer, colours: Record<string, string>): Promise<Record<string, number>> {
  return page.evaluate(
    async ([b64, wanted]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const top = Math.floor(canvas.height * 0.85);
      const { data } = ctx.getImageData(0, top, canvas.width, canvas.height - top);
      const rgb = Object.entries(wanted).map(([k, hex]) => [k, [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))] as const);
      const counts: Record<string, number> = Object.fromEntries(rgb.map(([k]) => [k, 0]));
      for (let i = 0; i < data.length; i += 4) {
        for (const [k, c] of rgb) if (Math.abs(data[i] - c[0]) + Math.abs(data[i + 1] - c[1]) + Math.abs(data[i + 2] - c[2]) < 9) counts[k]++;
      }
      return counts;
    },
    [png.toString("base64"), colours] as const,
  );
}

const MODES = [
  { query: "?from=2023&to=2025", slug: "2023-2025", words: "2023–2025", compare: false },
  { query: "?from=2024-03&to=2024-09", slug: "2024-03-2024-09", words: "March–September 2024", compare: false },
  { query: "?at=2024-06-01", slug: "as-of-2024-06-01", words: "as of 1 June 2024", compare: false },
  { query: "?compare=2023-01-01,2025-06-01", slug: "compare-2023-01-01-2025-06-01", words: "1 January 2023 compared with 1 June 2025", compare: true },
];

test.describe("every output states the view on screen", () => {
  for (const mode of MODES) {
    test(`${mode.slug}: file names, caption, legend and title`, async ({ page }) => {
      await openApp(page, mode.query);
      const caption = `${TITLE}, ${mode.words}`;
      await expect(page).toHaveTitle(`${caption} · Entente`);

      // The legend on screen lists the colours drawn: change marks in Compare, relation classes otherwise.
      const legend = page.getByRole("region", { name: "Legend" });
      const marks = Object.values(CHANGE_LABELS);
      const classes = Object.values(CLASS_LABELS);
      const listed = (await legend.locator("li").allTextContents()).map((t) => t.trim());
      if (mode.compare) {
        expect(listed.some((l) => marks.includes(l))).toBe(true);
        expect(listed.filter((l) => classes.includes(l))).toEqual([]);
      } else {
        expect(listed.filter((l) => marks.includes(l))).toEqual([]);
        expect(listed.some((l) => classes.includes(l))).toBe(true);
      }

      await page.getByRole("button", { name: "Export PNG" }).click();
      const dialog = page.getByRole("dialog", { name: "Export image" });
      await expect(dialog.locator(".png-caption-text")).toHaveText(caption);
      const png = await download(page, () => dialog.getByRole("button", { name: "Download PNG" }).click());
      expect(png.name).toBe(`entente-sahel-${mode.slug}.png`);
      expect(readPngText(new Uint8Array(png.data)).Title).toBe(caption);
      // The image's legend band draws the same colours as the legend on screen.
      const band = await bandColours(page, png.data, { ...CHANGE_COLORS, ...CLASS_COLORS });
      const changeInk = Object.keys(CHANGE_COLORS).reduce((n, k) => n + band[k], 0);
      const classInk = Object.keys(CLASS_COLORS).filter((k) => k !== "structural").reduce((n, k) => n + band[k], 0);
      if (mode.compare) {
        expect(changeInk).toBeGreaterThan(50);
        expect(classInk).toBe(0);
      } else {
        expect(changeInk).toBe(0);
        expect(classInk).toBeGreaterThan(50);
      }

      for (const [button, ext] of [["Export GEXF", "gexf"], ["Export JSON", "json"], ["Export CSV", "csv"]] as const) {
        const file = await download(page, () => page.getByRole("button", { name: button }).click());
        expect(file.name).toBe(`entente-sahel-${mode.slug}.${ext}`);
      }
    });
  }

  test("focus, ego view and filters are named in file names and captions", async ({ page }) => {
    const relations: { type: string }[] = JSON.parse(readFileSync(resolve(SAHEL, "relations.json"), "utf8"));
    const used = new Set(relations.map((r) => r.type));
    const types = ["member-of", "signed-mou"].filter((t) => used.has(t));
    await openApp(page, `?from=2023&to=2025&focus=niger&hops=1&types=${types.join(",")}`);
    const caption = `${TITLE}, 2023–2025; Niger and 1 step around it; hidden: ${used.size - types.length} of ${used.size} relation types`;
    await expect(page).toHaveTitle(`${caption} · Entente`);
    await page.getByRole("button", { name: "Export PNG" }).click();
    const dialog = page.getByRole("dialog", { name: "Export image" });
    await expect(dialog.locator(".png-caption-text")).toHaveText(caption);
    const png = await download(page, () => dialog.getByRole("button", { name: "Download PNG" }).click());
    expect(png.name).toBe("entente-sahel-2023-2025-niger-1-step-filtered.png");
    expect(readPngText(new Uint8Array(png.data)).Title).toBe(caption);
    const csv = await download(page, () => page.getByRole("button", { name: "Export CSV" }).click());
    expect(csv.name).toBe("entente-sahel-2023-2025-niger-1-step-filtered.csv");
    await page.getByRole("checkbox", { name: "Whole dataset" }).check();
    const whole = await download(page, () => page.getByRole("button", { name: "Export JSON" }).click());
    expect(whole.name).toBe("entente-sahel-all.json");
  });
});

test.describe("filtered views step incrementally", () => {
  for (const query of ["?from=2023&to=2025&entities=country,alliance,organization", "?from=2023&to=2025&focus=niger&hops=2"]) {
    test(`a time step with ${new URLSearchParams(query).has("hops") ? "an ego view" : "a filter"} refreshes only what left`, async ({ page }) => {
      await openApp(page, query);
      const table = page.getByRole("table", { name: "Relations in view" });
      const before = (await tableRows(table)).length;
      await page.getByRole("slider", { name: "From year" }).focus();
      await page.keyboard.press("ArrowRight");
      await expect(page).toHaveURL(/from=2024/);
      await waitForGraph(page);
      const after = (await tableRows(table)).length;
      expect(after).toBeLessThan(before);
      const graph = page.getByRole("region", { name: "Graph" });
      await expect(graph).toHaveAttribute("data-refresh", "partial");
      await expect(graph).toHaveAttribute("data-refreshed-relations", String(before - after));
    });
  }
});
