import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { changedPoints, graph, hoverAt, locateEntities, stableShot } from "./graph-helpers";
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
  // The timeline's CSV: a row per relation of Niger's, each with its dates as the data file writes them.
  const timeline = await downloadCsv(page, "Timeline CSV");
  expect(timeline.map((r) => r.relation).sort()).toEqual(ofNiger.map((r) => r.id).sort());
  for (const row of timeline) {
    const r = ofNiger.find((x) => x.id === row.relation)!;
    expect([row.partner, row["date or start"], row.end]).toEqual([labels.get(partnerOf(r)), r.date ?? r.start, r.end ?? ""]);
  }
  for (const name of ["Timeline PNG", "What changed PNG"]) {
    const png = page.waitForEvent("download");
    await page.getByRole("button", { name }).click();
    const image = readFileSync((await (await png).path())!);
    const stats = await imageStats(page, image);
    expect(stats.colors).toBeGreaterThan(5);
    expect(stats.height).toBeGreaterThan(200);
  }
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

const re = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The sample's events read naively (no code under test), with their class from cameo.json, for references. */
function icewsEvents() {
  const events = sampleEvents
    .map((e) => ({ ...e, cls: e.cls?.toLowerCase() }))
    .filter((e) => e.cls && /^\d{4}-\d{2}-\d{2}$/.test(e.date) && e.subject !== e.object);
  // The busiest pair of 2015, whose names are plain actors (no sector to fold).
  const pairs = new Map<string, number>();
  for (const e of events) if (e.date.startsWith("2015")) pairs.set(`${e.subject}\t${e.object}`, (pairs.get(`${e.subject}\t${e.object}`) ?? 0) + 1);
  const [a, b] = [...pairs].sort((x, y) => y[1] - x[1])[0][0].split("\t");
  return { events, a, b };
}

/** Imports the sample, every actor on its own (fold=0), and opens the panel of actor `a` from its edge with `b`. */
async function openIcewsActor(page: Page, a: string, b: string, query = ""): Promise<void> {
  await openApp(page);
  await page.getByLabel("Import data").setInputFiles(ICEWS_SAMPLE);
  await page.getByRole("dialog", { name: "Map event columns" }).getByRole("button", { name: "Import events" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toBeVisible({ timeout: 30_000 });
  await page.goto(`${page.url()}&fold=0${query}`);
  await waitForGraph(page);
  const rowsTable = page.getByRole("table", { name: "Relations in view" });
  await rowsTable.getByRole("button", { name: new RegExp(`^${re(a)} to ${re(b)}, `) }).first().click();
  await page.getByRole("button", { name: `Partners of ${a}` }).click();
}

test("an actor of the ICEWS sample: partners by year with events per class, as the file counts them", async ({ page }) => {
  test.setTimeout(120_000);
  const { events, a, b } = icewsEvents();
  await openIcewsActor(page, a, b);
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

/** A downloaded CSV's rows as records (the byte-order mark dropped). */
async function downloadCsv(page: Page, button: string): Promise<Record<string, string>[]> {
  const pending = page.waitForEvent("download");
  await page.getByRole("button", { name: button }).click();
  const text = readFileSync((await (await pending).path())!, "utf8").replace(/^\uFEFF/, "");
  return Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
}

test("an ICEWS actor's timeline: the grid's lanes, a tick pointing at its edges in the graph and back, and its CSVs as the table and the file say", async ({ page }) => {
  test.setTimeout(180_000);
  const { events, a, b } = icewsEvents();
  await openIcewsActor(page, a, b, "&from=2015&to=2015");
  const grid = page.getByRole("table", { name: `Partners of ${a} by year` });
  const timeline = page.getByRole("region", { name: `Timeline of ${a}` });
  await expect(grid).toBeVisible();
  // A lane per row of the grid, in its order.
  const partners = await grid.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-partner")));
  expect(await timeline.locator("g[data-partner]").evaluateAll((lanes) => lanes.map((l) => l.getAttribute("data-partner")))).toEqual(partners);
  const idOfB = await grid.locator("tbody tr", { has: page.getByRole("rowheader", { name: b, exact: true }) }).getAttribute("data-partner");
  const lane = timeline.locator(`g[data-partner="${idOfB}"]`);

  // The lane's ticks count b's events with a by month and class, as the file does.
  const between = events.filter((e) => (e.subject === a && e.object === b) || (e.subject === b && e.object === a));
  const ticks = await lane.locator(".mark").evaluateAll((marks) => marks.map((m) => ({ month: m.getAttribute("data-month")!, cls: m.getAttribute("data-class")!.replace("-", " ") })));
  expect(new Set(ticks.map((t) => `${t.month} ${t.cls}`))).toEqual(new Set(between.map((e) => `${e.date.slice(0, 7)} ${e.cls}`)));

  // Hovering a tick of 2015 draws its edges thicker in the graph.
  const tick = lane.locator('.mark[data-month^="2015"]').first();
  const edges = (await tick.getAttribute("data-edges"))!.split(" ").sort().join(" ");
  await page.mouse.move(5, 5);
  const before = await stableShot(page);
  await tick.hover();
  await expect(graph(page)).toHaveAttribute("data-pointed", edges);
  await expect(timeline.locator(".timeline-readout")).toContainText(`${a} and ${b}, `);
  const after = await stableShot(page);
  const changed = await changedPoints(page, before, after);
  expect(changed.length).toBeGreaterThan(0);
  await page.mouse.move(5, 5);
  await expect(graph(page)).not.toHaveAttribute("data-pointed", /./);
  // The other way: hovering that edge in the graph (where it changed) outlines the tick and its lane.
  const box = (await graph(page).boundingBox())!;
  let hit = false;
  for (const p of changed.filter((_, i) => i % Math.ceil(changed.length / 80) === 0)) {
    await hoverAt(page, p.x, p.y, box);
    const hot = await lane.locator(".mark.hot").evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute("data-edges")!.split(" ").sort().join(" ")))]);
    if (hot.length === 0) continue;
    // One edge hovered: the ticks outlined are those of its class, which all stand for the same edges; the lane is shaded.
    expect(hot).toHaveLength(1);
    await expect(lane.locator(".lane-hot")).toHaveCount(1);
    // Near the thickened edge lie its neighbours of other classes: go on until the pointer is on it.
    if (hot[0] !== edges) continue;
    hit = true;
    break;
  }
  expect(hit).toBe(true);
  await page.mouse.move(5, 5);

  // Timeline CSV: per partner and month; b's months add up to the grid's cells, year by year.
  const rows = await downloadCsv(page, "Timeline CSV");
  for (let y = 2005; y <= 2015; y++) {
    const ofYear = rows.filter((r) => r.partner === b && r.month.startsWith(String(y)));
    const sum = ofYear.reduce((n, r) => n + Object.keys(r).filter((k) => k.endsWith(" events")).reduce((m, k) => m + Number(r[k]), 0), 0);
    const cell = grid.getByRole("button", { name: new RegExp(`^${re(b)}, ${y}: `) });
    if (sum === 0) await expect(cell).toHaveCount(0);
    else expect(await cell.getAttribute("aria-label")).toContain(`: ${sum} event`);
  }

  // What changed CSV: 2015 against 2014, partners gained and lost as the file has them.
  const partnersIn = (year: string) => new Set(events.filter((e) => e.date.startsWith(year) && (e.subject === a || e.object === a)).map((e) => (e.subject === a ? e.object : e.subject)));
  const [y14, y15] = [partnersIn("2014"), partnersIn("2015")];
  const changes = await downloadCsv(page, "What changed CSV");
  expect(new Set(changes.filter((r) => r.change === "partner gained").map((r) => r.partner))).toEqual(new Set([...y15].filter((p) => !y14.has(p))));
  expect(new Set(changes.filter((r) => r.change === "partner lost").map((r) => r.partner))).toEqual(new Set([...y14].filter((p) => !y15.has(p))));
  expect(changes.every((r) => r["first span"] === "2014-01-01/2014-12-31" && r["second span"] === "2015-01-01/2015-12-31")).toBe(true);

  // The timeline and What changed as images, with the band of the graph's images.
  for (const name of ["Timeline PNG", "What changed PNG"]) {
    const pending = page.waitForEvent("download");
    await page.getByRole("button", { name }).click();
    const png = await pending;
    expect(png.suggestedFilename()).toMatch(/^entente-.*-actor-\d+-(timeline|changes)\.png$/);
    await png.saveAs(`test-results/partners-icews-actor-export-${png.suggestedFilename().replace(/.*-/, "")}`);
    const stats = await imageStats(page, readFileSync((await png.path())!));
    expect(stats.colors).toBeGreaterThan(5);
    expect(stats.height).toBeGreaterThan(200);
  }
});

test("screenshots of an ICEWS actor's panel: phone and laptop, light and dark", async ({ page }) => {
  test.setTimeout(180_000);
  const { a, b } = icewsEvents();
  await openIcewsActor(page, a, b);
  for (const [name, viewport, scheme] of [
    ["laptop-light", { width: 1280, height: 800 }, "light"],
    ["laptop-dark", { width: 1280, height: 800 }, "dark"],
    ["phone-light", { width: 390, height: 844 }, "light"],
    ["phone-dark", { width: 390, height: 844 }, "dark"],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: scheme });
    const timeline = page.getByRole("region", { name: `Timeline of ${a}` });
    await expect(timeline.locator("g[data-partner]").first()).toBeAttached();
    // From its heading, so the lanes' names are in the picture.
    await page.getByRole("heading", { name: "Timeline", exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/partners-icews-actor-${name}.png` });
    // The panel shares the side with the filters and the table on a laptop: the timeline whole, on its own.
    await timeline.screenshot({ path: `test-results/partners-icews-actor-${name}-timeline.png` });
  }
});
