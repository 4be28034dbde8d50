import { expect, test, type Page } from "@playwright/test";
import { readPngText } from "../../src/model/export/pngText";
import { download, importEvents, rowCount, tableRows, waitForGraph } from "./helpers";
import { ICEWS_SAMPLE as SAMPLE, sampleEvents as rows } from "./icewsSample";

const ID = "icews-2005-2015-test";
const TITLE = "icews_2005-2015_test.tsv";

/** Brute force from the TSV: events per (subject, object, class) dated within [first, last] (ISO days), actors unfolded. */
function edges(first: string, last: string, keep: (cls: string) => boolean = () => true): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    if (!r.cls || !keep(r.cls) || r.date < first || r.date > last || r.subject === r.object) continue;
    const key = `${r.subject}\t${r.object}\t${r.cls}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

const importSample = (page: Page) => importEvents(page, SAMPLE, ID);

const table = (page: Page) => page.getByRole("table", { name: "Relations in view" });
test("event view: search finds actors by name and ISO code; focus and the selected edge are in the URL, survive a reload and step back", async ({ page }) => {
  test.setTimeout(120_000);
  await importSample(page);
  await page.goto(`/?dataset=${ID}&from=2015&to=2015&fold=0&top=all`);
  await waitForGraph(page);

  const search = page.getByRole("combobox", { name: "Search entities" });
  // An alias: the country's ISO code.
  await search.fill("CHN");
  await expect(page.getByRole("option").first()).toContainText("China");
  await search.fill("Obama");
  await expect(page.getByRole("option").first()).toContainText("Barack Obama");
  await search.press("Enter");
  await expect(page).toHaveURL(/[?&]focus=barack-obama(&|$)/);
  await expect(page.getByRole("heading", { level: 2, name: "Barack Obama" })).toBeVisible();

  // The panel lists his edges in view with the counts the table gives, which match the file.
  const expected = [...edges("2015-01-01", "2015-12-31")].filter(([k]) => k.split("\t").slice(0, 2).includes("Barack Obama"));
  const panel = page.getByRole("table", { name: "Edges of Barack Obama" });
  await expect(panel.locator("tbody tr")).toHaveCount(expected.length);
  const listed = (await tableRows(panel)).map((r) => Number(r[2])).sort((a, b) => b - a);
  expect(listed).toEqual(expected.map(([, n]) => n).sort((a, b) => b - a));

  // Selecting his busiest edge puts it in the URL as source~target~class.
  await panel.locator("tbody tr").first().getByRole("button").click();
  await expect(page).toHaveURL(/[?&]relation=[a-z0-9-]+~[a-z0-9-]+~[a-z-]+/);
  const events = page.getByRole("table", { name: "Events behind this edge" });
  await expect(events.locator("tbody tr")).toHaveCount(listed[0]);
  const url = page.url();
  await page.reload();
  await waitForGraph(page);
  expect(page.url()).toBe(url);
  await expect(events.locator("tbody tr")).toHaveCount(listed[0]);

  // Back: the entity again; back once more: nothing selected.
  await page.goBack();
  await expect(page.getByRole("heading", { level: 2, name: "Barack Obama" })).toBeVisible();
  await expect(page).not.toHaveURL(/relation=/);
  await page.goBack();
  await expect(page.getByRole("heading", { level: 2, name: "Barack Obama" })).toHaveCount(0);
  await expect(page).not.toHaveURL(/focus=/);
});

test("event view: As of, Compare, month steps and filters count what the file holds; every export names the mode, dates and filters", async ({ page }) => {
  test.setTimeout(180_000);
  await importSample(page);

  // As of a day: the events of the 12 months up to it.
  await page.goto(`/?dataset=${ID}&at=2015-06-01&fold=0&top=all`);
  await waitForGraph(page);
  const asOf = edges("2014-06-02", "2015-06-01");
  expect(await rowCount(page)).toBe(asOf.size);
  const [busiest] = [...asOf].sort((a, b) => b[1] - a[1]);
  expect((await tableRows(table(page)))[0][3]).toBe(String(busiest[1]));
  await expect(page).toHaveTitle(`${TITLE}, as of 1 June 2015 · Entente`);
  await page.getByRole("button", { name: "Export PNG" }).click();
  const dialog = page.getByRole("dialog", { name: "Export image" });
  await expect(dialog.locator(".png-caption-text")).toHaveText(`${TITLE}, as of 1 June 2015`);
  const png = await download(page, () => dialog.getByRole("button", { name: "Download PNG" }).click());
  expect(png.name).toBe(`entente-${ID}-as-of-2015-06-01.png`);
  expect(readPngText(new Uint8Array(png.data)).Title).toBe(`${TITLE}, as of 1 June 2015`);
  await page.keyboard.press("Escape");

  // Month steps: the window in months, named so in the file.
  await page.getByRole("radio", { name: "Window" }).check();
  await page.getByRole("combobox", { name: "Step" }).selectOption("month");
  await expect(page).toHaveURL(/from=\d{4}-01&to=\d{4}-12/);

  // Compare: edges of the 12 months before each day; began, ended and held counted as the file says.
  await page.goto(`/?dataset=${ID}&compare=2012-01-01,2015-06-01&fold=0&top=all`);
  await waitForGraph(page);
  const before = edges("2011-01-02", "2012-01-01");
  const after = asOf;
  const began = [...after.keys()].filter((k) => !before.has(k)).length;
  const ended = [...before.keys()].filter((k) => !after.has(k)).length;
  const held = [...after.keys()].filter((k) => before.has(k)).length;
  const changes = page.getByRole("list", { name: "Changes" });
  await expect(changes.getByText("Began")).toContainText(String(began));
  await expect(changes.getByText("Ended")).toContainText(String(ended));
  await expect(changes.getByText("Held throughout")).toContainText(String(held));
  expect(await rowCount(page)).toBe(began + ended + held);
  // The legend names the colours drawn: the changes, not the classes.
  const legend = (await page.getByRole("region", { name: "Legend" }).locator("li").allTextContents()).map((t) => t.trim());
  expect(legend).toEqual(expect.arrayContaining(["Began", "Ended", "Held throughout"]));
  expect(legend).not.toContain("Verbal cooperation");
  const compareCaption = `${TITLE}, 1 January 2012 compared with 1 June 2015`;
  await expect(page).toHaveTitle(`${compareCaption} · Entente`);

  // Filters: hiding a class keeps only the others, says so in the URL, the caption and the file names.
  await page.locator("details.filters summary").click();
  await page.getByLabel(/^Material conflict \(/).uncheck();
  await expect(page).toHaveURL(/[?&]types=/);
  await waitForGraph(page);
  const keep = (cls: string) => cls !== "Material conflict";
  const kept = new Set([...edges("2011-01-02", "2012-01-01", keep).keys(), ...edges("2014-06-02", "2015-06-01", keep).keys()]);
  await expect.poll(() => rowCount(page)).toBe(kept.size);
  expect((await tableRows(table(page))).filter((r) => r[2] === "Material conflict")).toEqual([]);
  const filtered = `entente-${ID}-compare-2012-01-01-2015-06-01-filtered`;
  await expect(page).toHaveTitle(/hidden: \d+ of \d+ CAMEO event types · Entente$/);

  const csv = await download(page, () => page.getByRole("button", { name: "Export CSV" }).click());
  expect(csv.name).toBe(`${filtered}.csv`);
  // One line per edge in view, after the header (CRLF line ends; no cell here holds a line break).
  expect(csv.data.toString("utf8").trim().split("\r\n")).toHaveLength(kept.size + 1);
  const json = await download(page, () => page.getByRole("button", { name: "Export JSON" }).click());
  expect(json.name).toBe(`${filtered}.json`);
  const bundle = JSON.parse(json.data.toString("utf8"));
  expect(bundle.relations).toHaveLength(kept.size);
  expect(bundle.sources[0].title).toBe(TITLE);
  const gexf = await download(page, () => page.getByRole("button", { name: "Export GEXF" }).click());
  expect(gexf.name).toBe(`${filtered}.gexf`);
  expect(gexf.data.toString("utf8").match(/<edge /g)).toHaveLength(kept.size);
  await page.getByRole("button", { name: "Export PNG" }).click();
  await expect(dialog.locator(".png-caption-text")).toHaveText(/^icews_2005-2015_test\.tsv, 1 January 2012 compared with 1 June 2015; hidden: \d+ of \d+ CAMEO event types$/);
  await expect(dialog.locator(".png-file")).toHaveText(`${filtered}.png`);
});

test("event view: with a class filter on, a time step refreshes only the edges whose count changed", async ({ page }) => {
  test.setTimeout(120_000);
  await importSample(page);
  await page.goto(`/?dataset=${ID}&from=2014&to=2014&fold=0&top=all`);
  await waitForGraph(page);
  await page.locator("details.filters summary").click();
  await page.getByLabel(/^Verbal cooperation \(/).uncheck();
  await expect(page).toHaveURL(/[?&]types=/);
  await waitForGraph(page);
  const keep = (cls: string) => cls !== "Verbal cooperation";
  const before = edges("2014-01-01", "2014-12-31", keep);
  expect(await rowCount(page)).toBe(before.size);

  await page.getByRole("slider", { name: "To year" }).press("ArrowRight");
  await expect(page).toHaveURL(/to=2015/);
  await waitForGraph(page);
  const after = edges("2014-01-01", "2015-12-31", keep);
  await expect.poll(() => rowCount(page)).toBe(after.size);
  // Edges that appeared or whose count (so width) changed; the rest of the picture is left as drawn.
  const changed = [...after].filter(([k, n]) => before.get(k) !== n).length;
  const graph = page.getByRole("region", { name: "Graph" });
  await expect(graph).toHaveAttribute("data-refresh", "partial");
  await expect(graph).toHaveAttribute("data-refreshed-edges", String(changed));
  expect(changed).toBeLessThan(after.size);
});

test("event view: from the keyboard, arrows go round the focused actor's partners in view with their events, Enter opens one", async ({ page }) => {
  test.setTimeout(120_000);
  await importSample(page);
  await page.goto(`/?dataset=${ID}&from=2015&to=2015&fold=0&top=all&focus=barack-obama`);
  await waitForGraph(page);
  // His partners in 2015 as the file gives them, either direction.
  const partners = new Set(
    [...edges("2015-01-01", "2015-12-31")].map(([k]) => k.split("\t")).filter(([s, o]) => s === "Barack Obama" || o === "Barack Obama").map(([s, o]) => (s === "Barack Obama" ? o : s)),
  );
  await page.getByRole("slider", { name: "To year" }).focus();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("application", { name: /^Graph, from the keyboard: Barack Obama, selected/ })).toBeFocused();
  const live = page.locator("[aria-live]").filter({ hasText: /of \d+:/ });
  await page.keyboard.press("ArrowRight");
  await expect(live).toHaveText(/^(.+), 1 of (\d+): .+ → .+, [a-z ]+: \d+ events?( and \d+ more edges?)?\. Enter opens it\.$/);
  const [, partner, count] = /^(.+), 1 of (\d+): /.exec((await live.textContent())!)!;
  expect(Number(count)).toBe(partners.size);
  expect(partners).toContain(partner);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]focus=/);
  await expect(page.getByRole("heading", { level: 2, name: partner, exact: true })).toBeVisible();
});
