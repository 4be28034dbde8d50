import { expect, test, type Page } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { ENTITY_COLORS } from "../../src/render/style/style";
import { graph, hoverAt, leaveGraph, locateEntities } from "./graph-helpers";
import { openApp, tableRows, waitForGraph } from "./helpers";

/** SVG export, labels kept apart in images, and entities dragged before exporting (issue 15). */

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const overlapping = <T extends Box>(boxes: T[]) => boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlaps(a, b)).map((b) => [a, b]));

async function openDialog(page: Page) {
  await page.getByRole("button", { name: "Export PNG" }).click();
  const dialog = page.getByRole("dialog", { name: "Export image" });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function download(page: Page, button: string) {
  const dialog = await openDialog(page);
  const pending = page.waitForEvent("download", { timeout: 60_000 });
  const started = Date.now();
  await dialog.getByRole("button", { name: button }).click();
  const file = await pending;
  const path = (await file.path())!;
  return { name: file.suggestedFilename(), path, text: readFileSync(path, "utf8"), data: readFileSync(path), ms: Date.now() - started };
}

function xpath(path: string, expr: string): string {
  const run = spawnSync("xmllint", ["--xpath", expr, path], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim();
}
const count = (path: string, group: string, element: string) => Number(xpath(path, `count(//*[local-name()='g'][@id='${group}']/*[local-name()='${element}'])`));

/** Each entity's centre in an SVG export, by id. */
function circles(svg: string): Map<string, { x: number; y: number }> {
  return new Map([...svg.matchAll(/<circle data-entity="([^"]+)" cx="([-\d.]+)" cy="([-\d.]+)"/g)].map((m) => [m[1], { x: Number(m[2]), y: Number(m[3]) }]));
}

test("Download SVG: valid XML with a circle per entity and a path per relation in view, the PNG's caption and file name", async ({ page }) => {
  await openApp(page);
  const rows = await tableRows(page.getByRole("table", { name: "Relations in view" }));
  const entities = new Set(rows.flatMap((r) => [r[1], r[3]]));
  const dialog = await openDialog(page);
  const pngName = await dialog.locator(".png-file").textContent();
  const caption = await dialog.locator(".png-caption-text").textContent();
  await page.keyboard.press("Escape");

  const file = await download(page, "Download SVG");
  console.log(`SVG of the Sahel view (1920 × 1080): ${file.ms} ms, ${Math.round(file.data.length / 1024)} KiB`);
  expect(file.name).toBe(pngName!.replace(/\.png$/, ".svg"));
  const lint = spawnSync("xmllint", ["--noout", file.path], { encoding: "utf8" });
  expect(lint.status, lint.stderr).toBe(0);
  expect(count(file.path, "relations", "path")).toBe(rows.length);
  expect(count(file.path, "entities", "circle")).toBe(entities.size);
  expect(xpath(file.path, "string(/*[local-name()='svg']/*[local-name()='title'])")).toBe(caption);
  const band = xpath(file.path, "string(//*[local-name()='g'][@id='band'])");
  expect(band).toContain("Sahel security relations");
  expect(band).toContain("2023–2025");
  expect(band).toContain("Sources:");
  // Text stays text: labels of the entities are in the file.
  expect(xpath(file.path, "string(//*[local-name()='g'][@id='labels'])")).toContain("Niger");
});

for (const [view, query] of [
  ["the default view", ""],
  ["a selected entity's neighbourhood (labels sigma forces)", "?focus=niger"],
]) {
  test(`labels in an exported PNG and SVG of ${view} do not overlap, and some are left out rather than drawn over others`, async ({ page }) => {
  await openApp(page, query);
  const rows = await tableRows(page.getByRole("table", { name: "Relations in view" }));
  const entities = new Set(rows.flatMap((r) => [r[1], r[3]]));
  await download(page, "Download PNG");
  // The dialog (closed after the download) states the labels it drew, in the image's design pixels.
  const labels = JSON.parse((await page.locator("dialog.export-dialog").getAttribute("data-drawn-labels"))!) as (Box & { id: string })[];
  expect(labels.length).toBeGreaterThan(10);
  expect(labels.length).toBeLessThanOrEqual(entities.size);
  expect(overlapping(labels)).toEqual([]);
  // Boxes where the labels are: inside the image (1920 × 1080 is drawn as 1600 × 900 design pixels).
  for (const l of labels) expect(l.x >= -20 && l.y >= -20 && l.x + l.width <= 1620 && l.y + l.height <= 920, JSON.stringify(l)).toBe(true);

  // The SVG's text as the browser lays it out: no two labels' boxes overlap (its halo may touch: 1 px).
  const svg = await download(page, "Download SVG");
  const boxes = await page.evaluate((text) => {
    const host = document.createElement("div");
    host.innerHTML = text.replace(/^<\?xml[^>]*>/, "");
    document.body.append(host);
    const found = [...host.querySelectorAll("#labels text")].map((t) => {
      const b = (t as SVGTextElement).getBBox();
      return { label: t.textContent, x: b.x + 1, y: b.y + 1, width: b.width - 2, height: b.height - 2 };
    });
    host.remove();
    return found;
  }, svg.text);
  expect(boxes.length).toBe(labels.length);
  expect(overlapping(boxes)).toEqual([]);
});
}

test("an entity dragged on the graph moves there, in the export too, and stays there after a reload; Reset positions puts it back", async ({ page }) => {
  await openApp(page);
  const before = circles((await download(page, "Download SVG")).text);
  const found = await locateEntities(page, [ENTITY_COLORS.country], ["Niger"]);
  const niger = found.get("Niger")!;
  expect(niger).toBeDefined();
  const box = (await graph(page).boundingBox())!;
  const to = { x: niger.x + (niger.x < box.width / 2 ? 140 : -140), y: niger.y + (niger.y < box.height / 2 ? 90 : -90) };
  await page.mouse.move(box.x + niger.x, box.y + niger.y);
  await page.mouse.down();
  await page.mouse.move(box.x + to.x, box.y + to.y, { steps: 12 });
  await page.mouse.up();
  await waitForGraph(page);

  // Niger is under the pointer where it was dropped, and no longer where it was.
  expect(await hoverAt(page, to.x, to.y, box)).toMatch(/^Niger/);
  expect((await hoverAt(page, niger.x, niger.y, box)) ?? "").not.toMatch(/^Niger(?!ia)/);
  await leaveGraph(page);
  // Letting go is not a click: Niger is moved, not selected.
  await expect(page.getByRole("heading", { level: 2, name: "Niger", exact: true })).toHaveCount(0);
  const reset = graph(page).getByRole("button", { name: "Reset positions" });
  await expect(reset).toBeVisible();
  if (process.env.PUBLISH_SHOTS) await page.screenshot({ path: `${process.env.PUBLISH_SHOTS}/dragged.png` });

  const after = circles((await download(page, "Download SVG")).text);
  const moved = (id: string, a: Map<string, { x: number; y: number }>) => Math.hypot(a.get(id)!.x - before.get(id)!.x, a.get(id)!.y - before.get(id)!.y);
  expect(moved("niger", after)).toBeGreaterThan(60);
  // The camera did not follow the drag: the others stay put.
  expect(moved("mali", after)).toBeLessThan(1);

  // The arrangement is kept with the dataset (in this browser): after a reload Niger is where it was put.
  await page.reload();
  await waitForGraph(page);
  await expect(reset).toBeVisible();
  const reloaded = circles((await download(page, "Download SVG")).text);
  const apart = (id: string) => Math.hypot(reloaded.get(id)!.x - after.get(id)!.x, reloaded.get(id)!.y - after.get(id)!.y);
  expect(apart("niger")).toBeLessThan(1);
  expect(apart("mali")).toBeLessThan(1);

  await reset.click();
  await expect(reset).toHaveCount(0);
  await waitForGraph(page);
  const restored = circles((await download(page, "Download SVG")).text);
  expect(moved("niger", restored)).toBeLessThan(1);
  expect(moved("mali", restored)).toBeLessThan(1);
  // Reset forgets it: a reload shows the layout's own positions.
  await page.reload();
  await waitForGraph(page);
  await expect(reset).toHaveCount(0);
});

test("an SVG of the map layout carries the land as an embedded picture under the graph, and stays valid XML", async ({ page }) => {
  await openApp(page, "?layout=map");
  const file = await download(page, "Download SVG");
  const lint = spawnSync("xmllint", ["--noout", file.path], { encoding: "utf8" });
  expect(lint.status, lint.stderr).toBe(0);
  expect(xpath(file.path, "string(/*[local-name()='svg']/*[local-name()='image']/@href)")).toMatch(/^data:image\/png;base64,/);
  expect(count(file.path, "entities", "circle")).toBeGreaterThan(10);
});
