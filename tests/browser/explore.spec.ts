import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { installPngDecoder, openApp, tableRows, waitForGraph, type PngDecoder } from "./helpers";

const RELATIONS: Array<{ id: string; type: string; label: string; date?: string; start?: string; end?: string }> = JSON.parse(readFileSync("graph-data/sahel/relations.json", "utf8"));
/** A shown date's first day as sortable text: "2013~" means from 2013-01-01, so it sorts as "2013" (before "2013-02"); a " · not in view" mark is dropped. */
const firstDay = (shown: string) => shown.split(" – ")[0].split(" · ")[0].replace("~", "");

// The camera jumps instead of gliding, so a test can click where it has just moved.
test.use({ reducedMotion: "reduce" });

const table = (page: Page) => page.getByRole("table", { name: "Relations in view" });
const search = (page: Page) => page.getByRole("combobox", { name: "Search entities" });
const panelHeading = (page: Page) => page.getByRole("heading", { level: 2 }).filter({ hasNotText: "Relations in view" });
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

async function searchAndPick(page: Page, query: string): Promise<void> {
  await search(page).fill(query);
  await expect(search(page)).toHaveAttribute("aria-expanded", "true");
  await search(page).press("Enter");
}

/** The table's rows in another page showing the given view. */
async function tableRowsOf(page: Page, query: string): Promise<string[][]> {
  const other = await page.context().newPage();
  await openApp(other, query);
  const rows = await tableRows(table(other));
  await other.close();
  return rows;
}

/** Clicks the middle of the graph, where the camera puts what was last selected. */
async function clickGraphCentre(page: Page, dx = 0, dy = 0): Promise<void> {
  await waitForGraph(page);
  await page.waitForTimeout(300);
  const box = (await page.getByRole("region", { name: "Graph" }).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
}

/**
 * Clicks an edge through the middle of the graph. sigma picks edges in a half-resolution buffer, where a
 * 2 px line may miss the exact centre pixel, so nearby pixels are tried too; clicks beside it hit nothing.
 */
async function clickEdgeAtCentre(page: Page, selected: () => Promise<boolean>): Promise<void> {
  for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [-1, 0], [0, -1], [1, 1], [-1, -1], [1, -1], [-1, 1], [2, 0], [0, 2], [-2, 0], [0, -2]]) {
    await clickGraphCentre(page, dx, dy);
    if (await selected()) return;
  }
}

test.describe("search", () => {
  test('"Tiani" finds Abdourahmane Tchiani; Enter opens his panel and focuses him in the URL', async ({ page }) => {
    await openApp(page);
    await search(page).fill("Tiani");
    const option = page.getByRole("listbox", { name: "Matching entities" }).getByRole("option").first();
    await expect(option).toContainText("Abdourahmane Tchiani");
    await expect(option).toContainText("Tiani");
    await expect(search(page)).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
    await search(page).press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: "Abdourahmane Tchiani" })).toBeVisible();
    await expect(search(page)).toHaveAttribute("aria-expanded", "false");
    expect(param(page, "focus")).toBe("abdourahmane-tchiani");
  });

  test('"AES" and "Alliance des Etats" (no accent) find the Alliance of Sahel States', async ({ page }) => {
    await openApp(page);
    await searchAndPick(page, "AES");
    await expect(page.getByRole("heading", { level: 2, name: "Alliance of Sahel States" })).toBeVisible();
    await searchAndPick(page, "Alliance des Etats");
    expect(param(page, "focus")).toBe("aes");
    await search(page).fill("zzzqqq");
    await expect(page.getByRole("listbox", { name: "Matching entities" }).getByRole("option")).toHaveText(["No entity matches"]);
  });

  test("arrow keys move through the matches and Enter picks the active one", async ({ page }) => {
    await openApp(page);
    await search(page).fill("Nige");
    const options = page.getByRole("listbox", { name: "Matching entities" }).getByRole("option");
    await expect(options).not.toHaveCount(0);
    expect(await options.count()).toBeGreaterThanOrEqual(2);
    const second = (await options.nth(1).locator(".hit-label").textContent())!;
    await search(page).press("ArrowDown");
    await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
    await expect(search(page)).toHaveAttribute("aria-activedescendant", (await options.nth(1).getAttribute("id"))!);
    await search(page).press("ArrowUp");
    await search(page).press("ArrowUp");
    await expect(options.last()).toHaveAttribute("aria-selected", "true");
    await search(page).press("ArrowDown");
    await search(page).press("ArrowDown");
    await search(page).press("Enter");
    await expect(page.getByRole("heading", { level: 2, name: second, exact: true })).toBeVisible();
  });

  test("the camera moves to the entity found: a click in the middle of the graph lands on its node", async ({ page }) => {
    await openApp(page);
    await searchAndPick(page, "Tinubu");
    await expect(page.getByRole("heading", { level: 2, name: "Bola Tinubu" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(panelHeading(page)).toHaveCount(0);
    expect(param(page, "focus")).toBeNull();
    // Clicking the node (not the search) opens the panel again.
    await clickGraphCentre(page);
    await expect(page.getByRole("heading", { level: 2, name: "Bola Tinubu" })).toBeVisible();
    expect(param(page, "focus")).toBe("bola-tinubu");
  });
});

test.describe("entity panel", () => {
  test("shows type, description, aliases and every relation in date order with citations", async ({ page }) => {
    await openApp(page, "?focus=niger");
    const panel = page.getByRole("region", { name: "Niger", exact: true });
    await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Niger");
    await expect(panel).toContainText("Country");
    await expect(panel).toContainText("ruled by a military junta");
    await expect(panel).toContainText("République du Niger");
    const dates = await panel.locator(".relation-list > li .when").allTextContents();
    expect(dates.length).toBeGreaterThan(20);
    const starts = dates.map(firstDay);
    expect(starts).toEqual([...starts].sort());
    await expect(panel.getByRole("button", { name: "Nigeria signed security cooperation MOU with Niger" })).toBeVisible();
    // Quotes are shown; a source with an http(s) URL is a link, one without is plain text.
    await expect(panel.locator("blockquote").first()).not.toBeEmpty();
    await expect(panel.getByRole("link", { name: "MNJTF 'About' page (mnjtffmm.org)" }).first()).toHaveAttribute("href", "https://mnjtffmm.org/about");
    await expect(panel.getByRole("link", { name: "Treaty of Lagos" })).toHaveCount(0);
    await expect(panel.getByText("Treaty of Lagos").first()).toBeVisible();
  });

  test("Escape and the Close button clear the selection", async ({ page }) => {
    await openApp(page, "?focus=chad");
    await expect(page.getByRole("heading", { level: 2, name: "Chad" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(panelHeading(page)).toHaveCount(0);
    expect(param(page, "focus")).toBeNull();
    await openApp(page, "?focus=chad");
    await page.getByRole("button", { name: "Close", exact: true }).click();
    await expect(panelHeading(page)).toHaveCount(0);
  });

  test("a relation in the entity panel opens its own panel; closing it returns to the entity", async ({ page }) => {
    await openApp(page, "?focus=nigeria");
    await page.getByRole("region", { name: "Nigeria" }).getByRole("button", { name: "Nigeria signed security cooperation MOU with Niger" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Nigeria signed security cooperation MOU with Niger" })).toBeVisible();
    await page.getByRole("button", { name: "Close", exact: true }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Nigeria" })).toBeVisible();
  });
});

test.describe("relations table and relation panel", () => {
  test("selecting a row opens the relation panel with date, type, class, citations and note", async ({ page }) => {
    await openApp(page);
    await table(page).getByRole("button", { name: "Nigeria signed security cooperation MOU with Niger" }).click();
    const panel = page.getByRole("region", { name: "Nigeria signed security cooperation MOU with Niger" });
    await expect(panel.getByRole("heading", { level: 2 })).toBeVisible();
    await expect(panel).toContainText("28 August 2024");
    await expect(panel).toContainText("signed MOU");
    await expect(panel).toContainText("Verbal cooperation");
    await expect(panel).toContainText("26 August 2024 was a Monday");
    await expect(panel.locator("blockquote").first()).toContainText("memorandum of understanding");
    expect(param(page, "relation")).toBe("nigeria-niger-mou-2024");
    await expect(table(page).locator('tr[data-relation="nigeria-niger-mou-2024"]')).toHaveAttribute("aria-selected", "true");
  });

  test("an approximate, reported relation says so", async ({ page }) => {
    await openApp(page, "?relation=niger-quit-mnjtf-2025");
    const panel = page.getByRole("region", { name: "Niger reportedly quit Multinational Joint Task Force" });
    await expect(panel).toContainText("about 30 March 2025");
    await expect(panel).toContainText("Approximate");
    await expect(panel).toContainText("Reported:");
    await expect(panel.getByRole("heading", { name: "Citations (2)" })).toBeVisible();
  });

  test("a row is selected from the keyboard, and clicking its edge in the graph selects the row", async ({ page }) => {
    await openApp(page);
    const row = table(page).locator('tr[data-relation="mnjtf-fights-boko-haram"]');
    const button = row.getByRole("button", { name: "Multinational Joint Task Force fights Boko Haram" });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(row).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("heading", { level: 2, name: "Multinational Joint Task Force fights Boko Haram" })).toBeVisible();
    // The camera now centres the edge; clear the selection, then click the edge itself.
    await page.keyboard.press("Escape");
    await expect(row).toHaveAttribute("aria-selected", "false");
    await expect(panelHeading(page)).toHaveCount(0);
    const heading = page.getByRole("heading", { level: 2, name: "Multinational Joint Task Force fights Boko Haram" });
    await clickEdgeAtCentre(page, () => heading.isVisible());
    await expect(heading).toBeVisible();
    await expect(row).toHaveAttribute("aria-selected", "true");
    await expect(row).toBeInViewport();
    expect(param(page, "relation")).toBe("mnjtf-fights-boko-haram");
  });

  test("sorts by each column, both ways, with aria-sort", async ({ page }) => {
    await openApp(page);
    const header = (name: string) => page.getByRole("columnheader", { name });
    await expect(header("Date")).toHaveAttribute("aria-sort", "ascending");
    const column = { Date: 0, Source: 1, Relation: 2, Target: 3, Citation: 4 } as const;
    for (const name of ["Source", "Relation", "Target", "Citation"] as const) {
      await header(name).getByRole("button").click();
      await expect(header(name)).toHaveAttribute("aria-sort", "ascending");
      await expect(header("Date")).not.toHaveAttribute("aria-sort", /./);
      const up = (await tableRows(table(page))).map((r) => r[column[name]]);
      if (name !== "Citation") expect(up).toEqual([...up].sort((a, b) => a.localeCompare(b)));
      await header(name).getByRole("button").click();
      await expect(header(name)).toHaveAttribute("aria-sort", "descending");
      const down = (await tableRows(table(page))).map((r) => r[column[name]]);
      if (name !== "Citation") expect(down).toEqual([...down].sort((a, b) => b.localeCompare(a)));
      expect(down[0]).not.toBe(up[0]);
    }
    await header("Date").getByRole("button").click();
    const dates = (await tableRows(table(page))).map((r) => firstDay(r[0]));
    expect(dates).toEqual([...dates].sort());
  });
});

test.describe("filters", () => {
  test("hiding a class removes as many relations as its count says, and the URL keeps it", async ({ page }) => {
    await openApp(page);
    await page.getByText("Filters").click();
    const all = (await tableRows(table(page))).length;
    const toggle = page.getByRole("checkbox", { name: /^Material conflict \(\d+\)$/ });
    const count = Number((await toggle.evaluate((el) => el.parentElement!.textContent!)).match(/\((\d+)\)/)![1]);
    expect(count).toBeGreaterThan(5);
    await toggle.uncheck();
    await waitForGraph(page);
    await expect(table(page).locator("tbody tr")).toHaveCount(all - count);
    const types = param(page, "types")!.split(",");
    expect(types).toContain("member-of");
    expect(types).not.toContain("expelled-troops");
    await page.reload();
    await waitForGraph(page);
    await expect(table(page).locator("tbody tr")).toHaveCount(all - count);
    await page.getByText("Filters").click();
    await expect(page.getByRole("checkbox", { name: /^Material conflict/ })).not.toBeChecked();
    await page.getByRole("button", { name: "Show all" }).click();
    await expect(table(page).locator("tbody tr")).toHaveCount(all);
    expect(param(page, "types")).toBeNull();
  });

  test("relation types and entity types toggle on their own, with counts", async ({ page }) => {
    await openApp(page);
    await page.getByText("Filters").click();
    const memberOf = page.getByRole("checkbox", { name: /^member of \(\d+\)$/ });
    await memberOf.uncheck();
    await waitForGraph(page);
    await expect.poll(async () => (await tableRows(table(page))).some((r) => r[2] === "member of")).toBe(false);
    await expect(page.getByRole("checkbox", { name: /^Structural/ })).not.toBeChecked();
    await memberOf.check();
    const person = page.getByRole("checkbox", { name: /^Person \(\d+\)$/ });
    await person.uncheck();
    await waitForGraph(page);
    const withPeople = (rows: string[][]) => rows.some((r) => [r[1], r[3]].some((n) => ["Bola Tinubu", "Abdourahmane Tchiani", "Mohamed Bazoum"].includes(n)));
    await expect.poll(async () => withPeople(await tableRows(table(page)))).toBe(false);
    expect((await tableRows(table(page))).length).toBeGreaterThan(10);
    expect(param(page, "entities")).not.toContain("person");
  });

  test("URL types show only those relation types; invalid ids are ignored", async ({ page }) => {
    await openApp(page, "?types=signed-mou,banana");
    // The MOUs of the default window, 2023–2025, in date order.
    const mous = RELATIONS.filter((r) => r.type === "signed-mou" && r.date! >= "2023").sort((a, b) => firstDay(a.date!).localeCompare(firstDay(b.date!)));
    expect(mous.map((r) => r.id)).toContain("nigeria-niger-mou-2024");
    expect((await tableRows(table(page))).map((r) => r[2])).toEqual(mous.map((r) => r.label));
    await openApp(page, "?types=banana");
    expect((await tableRows(table(page))).length).toBeGreaterThan(30);
  });

  test("the ego view limits the view to the 1- or 2-step neighbourhood", async ({ page }) => {
    await openApp(page, "?focus=bola-tinubu");
    const all = (await tableRows(table(page))).length;
    await page.getByRole("radio", { name: "1 step" }).check();
    await waitForGraph(page);
    const one = await tableRows(table(page));
    expect(one.map((r) => `${r[1]} → ${r[3]}`)).toEqual(["Bola Tinubu → ECOWAS"]);
    expect(param(page, "hops")).toBe("1");
    await page.getByRole("radio", { name: "2 steps" }).check();
    // The table catches up after the graph (a deferred render): wait for it, not just the click.
    await waitForGraph(page);
    await expect.poll(async () => (await tableRows(table(page))).length).toBeGreaterThan(1);
    const two = await tableRows(table(page));
    expect(two.length).toBeLessThan(all);
    // Two steps: Tinubu, ECOWAS, ECOWAS's partners, and the relations among them.
    const near = new Set(["Bola Tinubu", "ECOWAS"]);
    for (const r of await tableRowsOf(page, "")) if (r[1] === "ECOWAS" || r[3] === "ECOWAS") near.add(r[1]).add(r[3]);
    expect(two.every((r) => near.has(r[1]) && near.has(r[3]))).toBe(true);
    expect(two.some((r) => r[1] !== "ECOWAS" && r[3] !== "ECOWAS" && r[1] !== "Bola Tinubu")).toBe(true);
    await page.getByRole("radio", { name: "All" }).check();
    await expect(table(page).locator("tbody tr")).toHaveCount(all);
  });
});

test.describe("views people can share", () => {
  test("back and forward walk through selections and filters", async ({ page }) => {
    await openApp(page);
    await searchAndPick(page, "Niger");
    await expect(page.getByRole("heading", { level: 2, name: "Niger", exact: true })).toBeVisible();
    await table(page).getByRole("button", { name: "Nigeria signed security cooperation MOU with Niger" }).click();
    await expect(page.getByRole("heading", { level: 2, name: /MOU/ })).toBeVisible();
    await page.getByText("Filters").click();
    await page.getByRole("checkbox", { name: /^Structural/ }).uncheck();
    expect(param(page, "types")).not.toBeNull();

    await page.goBack();
    await expect(page.getByRole("checkbox", { name: /^Structural/ })).toBeChecked();
    expect(param(page, "types")).toBeNull();
    await page.goBack();
    await expect(page.getByRole("heading", { level: 2, name: "Niger", exact: true })).toBeVisible();
    expect(param(page, "relation")).toBeNull();
    await page.goBack();
    await expect(panelHeading(page)).toHaveCount(0);
    await page.goForward();
    await expect(page.getByRole("heading", { level: 2, name: "Niger", exact: true })).toBeVisible();
  });

  test("Copy link puts the address of the view on the clipboard and says so", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openApp(page, "?from=2024&to=2025&focus=turkey&layout=force");
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).searchParams.get("focus")).toBe("turkey");
    expect(new URL(copied).searchParams.get("layout")).toBe("force");
  });

  test("without a clipboard, Copy link shows the link to copy by hand", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
    await openApp(page, "?focus=chad");
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copying is not available" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Link to this view" })).toHaveValue(page.url());
    await expect(page.getByRole("alert")).toHaveCount(0);
  });

  test("invalid parameters fall back to the defaults without an error", async ({ page }) => {
    await openApp(page);
    const defaults = (await tableRows(table(page))).length;
    await openApp(page, "?focus=atlantis&relation=nope&types=banana&entities=planet&hops=9&layout=globe&from=1&to=x");
    await expect(page.getByRole("alert")).toHaveCount(0);
    await expect(panelHeading(page)).toHaveCount(0);
    await expect(table(page).locator("tbody tr")).toHaveCount(defaults);
    expect(new URL(page.url()).search).toBe("?from=2023&to=2025&layout=force");
  });

  test("a link to a dataset this browser lacks says so, naming it, and shows the default", async ({ page }) => {
    await openApp(page, "?dataset=my-research&from=2001&to=2002&focus=somebody");
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("This browser has no dataset “my-research”");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Sahel security relations");
    expect(new URL(page.url()).search).toBe("?from=2023&to=2025&layout=force");
    await alert.getByRole("button", { name: "Dismiss" }).click();
    await expect(page.getByRole("alert")).toHaveCount(0);
  });

  test("a shared link restores window, focus, ego view and filters", async ({ page }) => {
    await openApp(page, "?from=2024&to=2024&focus=niger&hops=1&entities=country,alliance,organization");
    await expect(page.getByRole("slider", { name: "From year" })).toHaveAttribute("aria-valuenow", "2024");
    await expect(page.getByRole("heading", { level: 2, name: "Niger", exact: true })).toBeVisible();
    await expect(page.getByRole("radio", { name: "1 step" })).toBeChecked();
    const rows = await tableRows(table(page));
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((r) => !["Multinational Joint Task Force", "Africa Corps", "Abdourahmane Tchiani"].includes(r[1]))).toBe(true);
  });
});

test.describe("dark mode", () => {
  test("follows the system setting and toggles; the graph background follows", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openApp(page);
    const toggle = page.getByRole("button", { name: "Dark mode" });
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    const background = () => page.locator(".graph-canvas").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe("rgb(23, 27, 33)");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(await background()).toBe("rgb(255, 255, 255)");
    await page.emulateMedia({ colorScheme: "light" });
    await openApp(page);
    await expect(page.getByRole("button", { name: "Dark mode" })).toHaveAttribute("aria-pressed", "false");
  });

  test("labels are drawn in the theme's colour", async ({ page }) => {
    await openApp(page);
    const graph = page.getByRole("region", { name: "Graph" });
    const light = await graph.screenshot();
    await page.getByRole("button", { name: "Dark mode" }).click();
    await waitForGraph(page);
    const dark = await graph.screenshot();
    // Count pixels close to the dark theme's label colour (#e4e7eb): only labels use it.
    await installPngDecoder(page);
    const labelPixels = (png: Buffer) =>
      page.evaluate(async (b64) => {
        const d = (await (window as unknown as PngDecoder).decodePng(b64)).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - 0xe4) + Math.abs(d[i + 1] - 0xe7) + Math.abs(d[i + 2] - 0xeb) < 6) n++;
        return n;
      }, png.toString("base64"));
    const [inDark, inLight] = [await labelPixels(dark), await labelPixels(light)];
    console.log("label pixels", inDark, inLight);
    expect(inDark).toBeGreaterThan(1000);
    expect(inDark).toBeGreaterThan(4 * inLight);
  });
});

test.describe("keyboard and accessibility", () => {
  test("Tab reaches the search, the filters and the table with a visible focus", async ({ page }) => {
    await openApp(page);
    await page.keyboard.press("Tab");
    await expect(search(page)).toBeFocused();
    const outline = await search(page).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
    await page.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("checkbox", { name: /^Structural/ })).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("checkbox", { name: /^Verbal cooperation/ })).toBeFocused();
    await page.keyboard.press("Space");
    await expect(page.getByRole("checkbox", { name: /^Verbal cooperation/ })).not.toBeChecked();
  });

  for (const [name, query, scheme] of [
    ["the default view", "", "light"],
    ["the entity panel", "?focus=niger", "light"],
    ["the relation panel", "?relation=niger-quit-mnjtf-2025", "light"],
    ["dark mode with a panel and the filters open", "?focus=aes", "dark"],
  ] as const) {
    test(`axe finds no serious or critical violations in ${name}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openApp(page, query);
      if (name.includes("filters")) await page.getByText("Filters").click();
      await search(page).fill("ni");
      await expect(search(page)).toHaveAttribute("aria-expanded", "true");
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
    });
  }
});
