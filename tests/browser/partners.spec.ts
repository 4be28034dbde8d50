import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { graph, hoverAt, locateEntities, stableShot } from "./graph-helpers";
import { imageStats, openApp, waitForGraph } from "./helpers";
import { ICEWS_SAMPLE, sampleEvents } from "./icewsSample";

// Expectations come from the dataset files, not hard-coded counts: the Sahel data grows.
interface Rel {
  id: string;
  type: string;
  source: string;
  target: string;
  date?: string;
  start?: string;
  end?: string;
  label: string;
}
const data = (file: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, "../../graph-data/sahel", file), "utf8"));
const relations: Rel[] = data("relations.json");
const labels = new Map<string, string>(data("entities.json").map((e: { id: string; label: string }) => [e.id, e.label]));
const kinds = new Map<string, string>(JSON.parse(readFileSync(resolve(import.meta.dirname, "../../graph-data/relation-types.json"), "utf8")).map((t: { id: string; kind: string }) => [t.id, t.kind]));
const ofNiger = relations.filter((r) => r.source === "niger" || r.target === "niger");
const partnerOf = (r: Rel) => (r.source === "niger" ? r.target : r.source);
const year = (d: string) => Number(d.slice(0, 4));
/** Whether a relation held or happened in a year (dates to the year are enough here). */
const inYear = (r: Rel, y: number) => (r.date ? year(r.date) === y : year(r.start!) <= y && (r.end === undefined || year(r.end) >= y));
/** What the app says of a relation in Niger's summary: Niger's own verb phrase, or the whole sentence. */
const phrase = (r: Rel) => (r.source === "niger" ? `${r.label} ${labels.get(r.target)}` : `${labels.get(r.source)} ${r.label} ${labels.get(r.target)}`);

const gridOf = (page: Page) => page.getByRole("table", { name: "Partners of Niger by year" });
const timelineOf = (page: Page) => page.getByRole("region", { name: "Timeline of Niger" });

test.use({ reducedMotion: "reduce" });

test("Niger's grid has a row per partner and, per year, the count of what held or happened", async ({ page }) => {
  await openApp(page, "?focus=niger&from=2022&to=2025");
  const grid = gridOf(page);
  await expect(grid).toBeVisible();
  const partners = [...new Set(ofNiger.map(partnerOf))];
  const rowNames = await grid.locator("tbody th").allTextContents();
  expect([...rowNames].sort()).toEqual(partners.map((p) => labels.get(p)!).sort());
  // Sorted by first appearance: ECOWAS (1975) first.
  const first = ofNiger.reduce((a, b) => ((a.date ?? a.start!) <= (b.date ?? b.start!) ? a : b));
  expect(rowNames[0]).toBe(labels.get(partnerOf(first)));
  for (const y of [2023, 2024, 2025]) {
    for (const p of partners) {
      const expected = ofNiger.filter((r) => partnerOf(r) === p && inYear(r, y));
      const cell = grid.getByRole("button", { name: new RegExp(`^${labels.get(p)}, ${y}: `) });
      if (expected.length === 0) {
        await expect(cell).toHaveCount(0);
        continue;
      }
      const name = (await cell.getAttribute("aria-label"))!;
      const count = (what: string) => Number(new RegExp(`(\\d+) ${what}`).exec(name)?.[1] ?? 0);
      const states = expected.filter((r) => kinds.get(r.type) === "state").length;
      expect([count("state"), count("event")], `${name}`).toEqual([states, expected.length - states]);
    }
  }
});

test("clicking a cell sets the window to its year and selects its relations", async ({ page }) => {
  await openApp(page, "?focus=niger&from=2022&to=2025");
  const france2023 = ofNiger.filter((r) => partnerOf(r) === "france" && inYear(r, 2023)).map((r) => r.id).sort();
  expect(france2023.length).toBeGreaterThan(1);
  await gridOf(page).getByRole("button", { name: /^France, 2023: / }).click();
  await expect(page).toHaveURL(/from=2023&to=2023/);
  await waitForGraph(page);
  await expect(page.getByRole("status").filter({ hasText: "Niger and France, 2023" })).toContainText(`${france2023.length} relations`);
  // The graph emphasises exactly those relations (all in view in 2023).
  await expect(graph(page)).toHaveAttribute("data-pointed", france2023.join(" "));
  // A cell holding one relation opens it.
  const single = [...new Set(ofNiger.map(partnerOf))]
    .flatMap((p) => [2023, 2024, 2025].map((y) => ({ p, y, list: ofNiger.filter((r) => partnerOf(r) === p && inYear(r, y)) })))
    .find((c) => c.list.length === 1)!;
  await gridOf(page).getByRole("button", { name: new RegExp(`^${labels.get(single.p)}, ${single.y}: `) }).click();
  await expect(page).toHaveURL(new RegExp(`relation=${single.list[0].id}`));
  await expect(page).toHaveURL(new RegExp(`from=${single.y}&to=${single.y}`));
});

test("hovering a bar of the timeline emphasises its relation in the graph, and hovering the edge outlines the bar", async ({ page }) => {
  await openApp(page, "?focus=niger&from=2023&to=2025");
  const bar = timelineOf(page).locator('[data-relation="niger-member-of-aes"]');
  await expect(bar).toHaveCount(1);
  const before = await stableShot(page);
  await bar.hover();
  await expect(graph(page)).toHaveAttribute("data-pointed", "niger-member-of-aes");
  await waitForGraph(page);
  const after = await stableShot(page);
  expect(after.equals(before)).toBe(false);
  await page.mouse.move(5, 5);
  await expect(graph(page)).not.toHaveAttribute("data-pointed", /./);

  // The other way: find the edge between Niger and AES by the tooltips along it.
  const at = await locateEntities(page, ["#2f6db5", "#e08a00"], ["Niger", "Alliance of Sahel States"]);
  const niger = at.get("Niger")!;
  const aes = at.get("Alliance of Sahel States")!;
  const box = (await graph(page).boundingBox())!;
  const length = Math.hypot(aes.x - niger.x, aes.y - niger.y);
  const normal = { x: -(aes.y - niger.y) / length, y: (aes.x - niger.x) / length };
  let hit = false;
  for (let t = -0.4 * length; t <= 0.4 * length && !hit; t += 1) {
    const mid = { x: (niger.x + aes.x) / 2 + t * normal.x, y: (niger.y + aes.y) / 2 + t * normal.y };
    const text = await hoverAt(page, mid.x, mid.y, box);
    if (!text) continue;
    const relation = ofNiger.find((r) => partnerOf(r) === "aes" && text.startsWith(`${labels.get(r.source)} ${r.label} ${labels.get(r.target)}`));
    if (!relation) continue;
    await expect(timelineOf(page).locator(".mark.hot")).toHaveAttribute("data-relation", relation.id);
    hit = true;
  }
  expect(hit).toBe(true);
});

test("What changed between the compared dates names what began, ended and happened, each linked to its relation", async ({ page }) => {
  const [from, to] = ["2022-01-01", "2025-06-01"];
  await openApp(page, `?focus=niger&compare=${from},${to}`);
  const summary = page.getByRole("region", { name: "What changed for Niger" });
  await expect(summary).toContainText(`${from} → ${to} (compared dates)`);
  const states = ofNiger.filter((r) => kinds.get(r.type) === "state");
  const began = states.filter((r) => r.start!.replace("~", "") > from && r.start!.replace("~", "") <= to);
  const ended = states.filter((r) => r.end !== undefined && r.end.replace("~", "") >= from && r.end.replace("~", "") < to);
  expect(began.length).toBeGreaterThan(0);
  expect(ended.length).toBeGreaterThan(0);
  for (const r of began) await expect(summary.getByRole("listitem").filter({ hasText: `${phrase(r)} (${r.start})` })).toHaveCount(1);
  for (const r of ended) await expect(summary.getByRole("listitem").filter({ hasText: `${phrase(r)} (${r.end})` })).toHaveCount(1);
  await summary.getByRole("button", { name: "Show all" }).click();
  const events = ofNiger.filter((r) => r.date && r.date.replace("~", "") >= from && r.date.replace("~", "").slice(0, to.length) <= to);
  await expect(summary).toContainText(`Events (${events.length})`);
  // Niger left ECOWAS in the span: a partner lost, and its membership's end opens that relation.
  await expect(summary.locator("dt", { hasText: "Partners lost" }).locator("+ dd")).toContainText("ECOWAS");
  const left = ended.find((r) => r.target === "ecowas")!;
  await summary.getByRole("button", { name: phrase(left) }).click();
  await expect(page).toHaveURL(new RegExp(`relation=${left.id}`));
});

test("the grid exports as CSV: one row per partner and period with anything in it", async ({ page }) => {
  await openApp(page, "?focus=niger&from=2022&to=2025");
  // The partners views load with the first entity panel: wait for the grid before counting it.
  await expect(gridOf(page).locator("button.cell").first()).toBeVisible();
  const cells = await gridOf(page).locator("button.cell").count();
  const pending = page.waitForEvent("download");
  await page.getByRole("button", { name: "Partners CSV" }).click();
  const file = await pending;
  expect(file.suggestedFilename()).toBe("entente-sahel-niger-partners.csv");
  const text = readFileSync((await file.path())!, "utf8");
  expect(text.trim().split("\r\n")).toHaveLength(cells + 1);
  const png = page.waitForEvent("download");
  await page.getByRole("button", { name: "Timeline PNG" }).click();
  const image = readFileSync((await (await png).path())!);
  const stats = await imageStats(page, image);
  expect(stats.colors).toBeGreaterThan(5);
  expect(stats.height).toBeGreaterThan(200);
});

test("the grid exports as PNG: a row per partner, the window shaded, with the band of the graph's images", async ({ page }) => {
  await openApp(page, "?focus=niger&from=2022&to=2025");
  await expect(gridOf(page).locator("tbody tr").first()).toBeVisible();
  const rows = await gridOf(page).locator("tbody tr").count();
  const pending = page.waitForEvent("download");
  await page.getByRole("button", { name: "Partners PNG" }).click();
  const file = await pending;
  expect(file.suggestedFilename()).toBe("entente-sahel-niger-partners.png");
  const stats = await imageStats(page, readFileSync((await file.path())!));
  expect(stats.colors).toBeGreaterThan(5);
  // Drawn at 2x: margins, the period heads and 20 px a row, then the band (caption, key, sources).
  const grid = 2 * (24 + 64 + 20 * rows);
  expect(stats.height).toBeGreaterThan(grid + 2 * 40);
  expect(stats.height).toBeLessThan(grid + 2 * 300);
});

for (const [name, viewport, scheme] of [
  ["laptop-light", { width: 1280, height: 800 }, "light"],
  ["laptop-dark", { width: 1280, height: 800 }, "dark"],
  ["phone-light", { width: 390, height: 844 }, "light"],
] as const) {
  test(`screenshot of Niger's partners views (${name})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: scheme });
    await openApp(page, "?focus=niger&from=2022&to=2025");
    await gridOf(page).scrollIntoViewIfNeeded();
    await expect(timelineOf(page)).toBeAttached();
    await page.screenshot({ path: `test-results/partners-${name}.png` });
    await timelineOf(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/partners-${name}-timeline.png` });
  });
}

test("an actor of the ICEWS sample: partners by year with events per class, as the file counts them", async ({ page }) => {
  test.setTimeout(120_000);
  const events = sampleEvents
    .map((e) => ({ ...e, cls: e.cls?.toLowerCase() }))
    .filter((e) => e.cls && /^\d{4}-\d{2}-\d{2}$/.test(e.date) && e.subject !== e.object);
  // The busiest pair of 2015, whose names are plain actors (no sector to fold).
  const pairs = new Map<string, number>();
  for (const e of events) if (e.date.startsWith("2015")) pairs.set(`${e.subject}\t${e.object}`, (pairs.get(`${e.subject}\t${e.object}`) ?? 0) + 1);
  const [a, b] = [...pairs].sort((x, y) => y[1] - x[1])[0][0].split("\t");
  const re = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

  await openApp(page);
  await page.getByLabel("Import data").setInputFiles(ICEWS_SAMPLE);
  await page.getByRole("dialog", { name: "Map event columns" }).getByRole("button", { name: "Import events" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toBeVisible({ timeout: 30_000 });
  // Every actor on its own (fold=0), so the file's names are the entities.
  await page.goto(`${page.url()}&fold=0`);
  await waitForGraph(page);
  const rowsTable = page.getByRole("table", { name: "Relations in view" });
  await rowsTable.getByRole("button", { name: new RegExp(`^${re(a)} to ${re(b)}, `) }).first().click();
  await page.getByRole("button", { name: `Partners of ${a}` }).click();
  const grid = page.getByRole("table", { name: `Partners of ${a} by year` });
  await expect(grid).toBeVisible();
  await page.screenshot({ path: "test-results/partners-icews.png" });
  for (let y = 2005; y <= 2015; y++) {
    const between = events.filter((e) => e.date.startsWith(String(y)) && ((e.subject === a && e.object === b) || (e.subject === b && e.object === a)));
    const cell = grid.getByRole("button", { name: new RegExp(`^${re(b)}, ${y}: `) });
    if (between.length === 0) {
      await expect(cell).toHaveCount(0);
      continue;
    }
    const name = (await cell.getAttribute("aria-label"))!;
    expect(name).toContain(`${between.length} event`);
    for (const cls of new Set(between.map((e) => e.cls!))) expect(name).toContain(`${cls} ${between.filter((e) => e.cls === cls).length}`);
  }
  // A cell sets the window to its year.
  await grid.getByRole("button", { name: new RegExp(`^${re(b)}, 2012: `) }).click();
  await expect(page).toHaveURL(/from=2012&to=2012/);

  // What changed: the window (2012) against the year before it, partners counted from the file.
  const partnersIn = (year: string) => new Set(events.filter((e) => e.date.startsWith(year) && (e.subject === a || e.object === a)).map((e) => (e.subject === a ? e.object : e.subject)));
  const [before, after] = [partnersIn("2011"), partnersIn("2012")];
  const changed = page.getByRole("region", { name: `What changed for ${a}` });
  await expect(changed.getByRole("heading")).toContainText("2011-01-01 – 2011-12-31 → 2012-01-01 – 2012-12-31");
  const gained = [...after].filter((p) => !before.has(p)).length;
  const lost = [...before].filter((p) => !after.has(p)).length;
  expect(gained + lost).toBeGreaterThan(0);
  if (gained) await expect(changed.getByText(`Partners gained (${gained})`)).toBeVisible();
  if (lost) await expect(changed.getByText(`Partners lost (${lost})`)).toBeVisible();
  // The actor's grid exports as PNG too, its caption naming the actor.
  const pending = page.waitForEvent("download");
  await page.getByRole("button", { name: "Partners PNG" }).click();
  const png = await pending;
  expect(png.suggestedFilename()).toMatch(/^entente-.*-actor-\d+-partners\.png$/);
  const stats = await imageStats(page, readFileSync((await png.path())!));
  expect(stats.colors).toBeGreaterThan(5);
  await changed.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/partners-icews-changes.png" });
});
