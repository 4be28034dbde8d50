import { expect, test, type Page } from "@playwright/test";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { findBlobs, stableShot } from "./graph-helpers";
import { openApp, waitForGraph } from "./helpers";

/** Issue 18: hostile or broken files neither freeze the page nor get stored; tabs never overwrite each other's datasets. */

const fixture = (name: string) => resolve(import.meta.dirname, "../fixtures", name);
const nordic = () => JSON.parse(readFileSync(fixture("bundle.json"), "utf8"));
const importInput = (page: Page) => page.getByLabel("Import data");
const datasetMenu = (page: Page) => page.getByRole("combobox", { name: "Dataset" });
const imported = (page: Page) => page.getByRole("status").filter({ hasText: "Imported" });
const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const dir = mkdtempSync(join(tmpdir(), "entente-robust-"));

/** Writes a file for the file chooser and returns its path. */
function file(name: string, content: string | object): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

/** The page still answers: a script runs within a second (a frozen renderer never does). */
async function responsive(page: Page): Promise<boolean> {
  const answer = page.evaluate(() => new Promise<boolean>((r) => requestAnimationFrame(() => r(true))));
  return Promise.race([answer, new Promise<boolean>((r) => setTimeout(() => r(false), 1_000))]);
}

/** The import is refused with an alert naming `message`; the shipped dataset stays on screen and nothing is added to the menu. */
async function refused(page: Page, path: string, message: string | RegExp): Promise<void> {
  const before = await datasetMenu(page).locator("option").allTextContents();
  await importInput(page).setInputFiles(path);
  await expect(page.getByRole("alert")).toContainText(message);
  await expect(heading(page)).toContainText("Sahel security relations");
  expect(await datasetMenu(page).locator("option").allTextContents()).toEqual(before);
  expect(await responsive(page)).toBe(true);
}

test.describe("hostile and broken files", () => {
  test.beforeEach(async ({ page }) => openApp(page));

  test('a label of "A" × 100,000 is refused by its length, and the page stays responsive', async ({ page }) => {
    // It froze the tab for good: Chromium's line breaking of one long unbroken word in a table cell
    // (overflow-wrap: anywhere) is quadratic for some glyphs ("A", not "b"), and the label is in the table.
    const bundle = nordic();
    bundle.entities[0].label = "A".repeat(100_000);
    await refused(page, file("long-label.json", bundle), "long-label.json › entities: finland: label: must be at most 500 characters (got 100,000 characters)");
  });

  test("a label of the longest length accepted is shown whole in its panel and cut for drawing, so the graph keeps its framing", async ({ page }) => {
    const spread = async () => {
      await waitForGraph(page);
      const blobs = await findBlobs(page, await stableShot(page), ["#2f6db5", "#e08a00"]);
      expect(blobs, "the four entities are in sight").toHaveLength(4);
      const xs = blobs.map((b) => b.x);
      const ys = blobs.map((b) => b.y);
      return Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    };
    // First the same graph with a label as long as a drawn one may be (48 characters).
    const drawable = nordic();
    drawable.entities[0].label = `Finland ${"A".repeat(40)}`;
    await importInput(page).setInputFiles(file("drawable-label.json", drawable));
    await expect(imported(page)).toBeVisible();
    const short = await spread();

    const bundle = nordic();
    bundle.dataset.id = "long-label";
    bundle.entities[0].label = `Finland ${"A".repeat(492)}`;
    await importInput(page).setInputFiles(file("longest-label.json", bundle));
    await expect(imported(page)).toBeVisible();
    expect(await responsive(page)).toBe(true);
    // Drawn whole, the label (about 4,500 px) makes the camera frame the label and lose the nodes.
    expect(await spread()).toBeGreaterThan(0.9 * short);
    await page.getByRole("combobox", { name: "Search entities" }).fill("Finland");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: bundle.entities[0].label, exact: true })).toBeVisible();
  });

  test("a CSV with a header and no rows is refused, not stored as an empty dataset", async ({ page }) => {
    await refused(page, file("header-only.csv", "source,target,type,date,citation\r\n"), "header-only.csv: has a header but no rows: there is no relation to import");
  });

  test("a GEXF node without id and an edge without source are reported, and an empty GEXF is called empty", async ({ page }) => {
    const gexf = `<gexf><graph><attributes class="edge"><attribute id="0" title="Type"/><attribute id="1" title="Citation"/><attribute id="2" title="Date"/></attributes>
      <nodes><node id="a"/><node label="Nameless"/></nodes>
      <edges><edge id="e1" target="a"><attvalues><attvalue for="0" value="met-with"/><attvalue for="1" value="x"/><attvalue for="2" value="2024"/></attvalues></edge></edges></graph></gexf>`;
    await refused(page, file("ids.gexf", gexf), 'ids.gexf: node #2 (label "Nameless"): has no id');
    await expect(page.getByRole("alert")).toContainText('ids.gexf: edge "e1": has no source');
    await refused(page, file("empty.gexf", ""), "empty.gexf: is empty");
  });

  test("a javascript: source URL, a 1 MB id and a NUL in a CSV id are refused", async ({ page }) => {
    const js = nordic();
    js.sources[0].url = "javascript:alert(1)";
    await refused(page, file("js-url.json", js), 'js-url.json › sources: nato-news: url: must be an http or https address (got "javascript:alert(1)")');
    const huge = nordic();
    huge.dataset.id = "x".repeat(1_000_000);
    await refused(page, file("huge-id.json", huge), "huge-id.json › dataset: id: must be at most 200 characters (got 1,000,000 characters)");
    await refused(page, file("nul.csv", "source,target,type,date,citation\nni\u0000ger,mali,met-with,2020,S\n"), 'nul.csv: row 2: column "source" contains a control character (U+0000)');
  });
});
