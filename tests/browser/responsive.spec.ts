import AxeBuilder from "@axe-core/playwright";
import { expect, test, type CDPSession, type Locator, type Page } from "@playwright/test";
import { findBlobs } from "./graph-helpers";
import { openApp, waitForGraph } from "./helpers";

// Every screen and every hand (issue 12): phone, tablet, laptop, desktop; keyboard and screen reader.
test.use({ reducedMotion: "reduce" });

const SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "tablet", width: 768, height: 1024 },
  { name: "small laptop", width: 1024, height: 768 },
  { name: "laptop", width: 1440, height: 900 },
] as const;

const search = (page: Page) => page.getByRole("combobox", { name: "Search entities" });
const menu = (page: Page) => page.getByRole("button", { name: "Menu" });
const table = (page: Page) => page.getByRole("table", { name: "Relations in view" });

async function noHorizontalOverflow(page: Page, when: string): Promise<void> {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.scrollingElement!.scrollWidth, window.innerWidth]);
  expect(scrollWidth, `page width ${when}`).toBeLessThanOrEqual(innerWidth);
}

/** Opens the header menu where the actions are folded behind it; a no-op on wide screens. */
async function openMenu(page: Page): Promise<void> {
  if (!(await menu(page).isVisible())) return;
  if ((await menu(page).getAttribute("aria-expanded")) !== "true") await menu(page).click();
  await expect(menu(page)).toHaveAttribute("aria-expanded", "true");
}

/** Shows the relations table: beside the graph on wide screens, as a sheet from its tab on narrow ones. */
async function showTable(page: Page): Promise<void> {
  const tab = page.getByRole("button", { name: "Table", exact: true });
  if (await tab.isVisible()) await tab.click();
  await expect(table(page)).toBeVisible();
}

async function reachable(control: Locator): Promise<void> {
  await expect(control).toBeVisible();
  await expect(control).toBeInViewport();
}

for (const size of SIZES) {
  test.describe(`${size.name} ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test("fits the width, reaches every control of the contract, shows a selected entity, exports a PNG", async ({ page }) => {
      await openApp(page);
      await noHorizontalOverflow(page, "at first");
      const narrow = size.width < 1280;
      await expect(menu(page)).toBeVisible({ visible: narrow });

      await reachable(page.getByRole("region", { name: "Graph" }));
      await reachable(search(page));
      await reachable(page.getByRole("slider", { name: "From year" }));
      await reachable(page.getByRole("slider", { name: "To year" }));
      await reachable(page.getByRole("button", { name: "Play" }));
      for (const mode of ["Window", "As of", "Compare"]) await reachable(page.getByRole("radio", { name: mode, exact: true }));

      // The time bar is one row: mode, Play and the window's label share a line; the settings fold
      // behind "Time options" on narrow screens, and every one of them is reachable.
      const timeRow = ["Window", "Play"].map((name) => page.getByRole(name === "Play" ? "button" : "radio", { name, exact: true }));
      const tops = await Promise.all([...timeRow, page.locator(".window-label")].map(async (l) => (await l.boundingBox())!.y + (await l.boundingBox())!.height / 2));
      expect(Math.max(...tops) - Math.min(...tops), "time bar rows").toBeLessThan(16);
      const options = page.getByRole("button", { name: "Time options" });
      await expect(options).toBeVisible({ visible: size.width < 1280 });
      if (size.width < 1280) {
        await expect(page.getByRole("combobox", { name: "Pace" })).toBeHidden();
        await options.click();
        await expect(options).toHaveAttribute("aria-expanded", "true");
      }
      for (const name of ["Step", "Pace", "Playback"]) await reachable(page.getByRole("combobox", { name, exact: true }));
      await noHorizontalOverflow(page, "with the time options");
      if (size.width < 1280) await options.click();

      await openMenu(page);
      await noHorizontalOverflow(page, "with the menu open");
      for (const name of ["Export PNG", "Export GEXF", "Export JSON", "Export CSV", "Copy link", "Dark mode"]) await reachable(page.getByRole("button", { name, exact: true }));
      await reachable(page.locator("label", { hasText: "Import data" }));
      await expect(page.getByLabel("Import data")).toBeAttached();
      await reachable(page.getByRole("combobox", { name: "Dataset" }));

      // Export PNG from wherever it is: the dialog's Download gives a file.
      await page.getByRole("button", { name: "Export PNG", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Export image" });
      await reachable(dialog.getByRole("button", { name: "Download PNG" }));
      const [file] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Download PNG" }).click()]);
      expect(file.suggestedFilename()).toMatch(/^entente-sahel-.*\.png$/);
      await expect(dialog).toBeHidden();
      if (narrow) {
        await page.keyboard.press("Escape");
        await expect(menu(page)).toHaveAttribute("aria-expanded", "false");
        await expect(page.getByRole("button", { name: "Export PNG", exact: true })).toBeHidden();
      }

      // Selecting an entity shows its panel, heading and Close in view.
      await search(page).fill("Niger");
      await expect(search(page)).toHaveAttribute("aria-expanded", "true");
      await search(page).press("Enter");
      const heading = page.getByRole("heading", { level: 2, name: "Niger", exact: true });
      await reachable(heading);
      await reachable(page.getByRole("button", { name: "Close", exact: true }));
      await noHorizontalOverflow(page, "with the entity panel");

      // A relation opened from the panel opens at its own title, Close in view.
      await page.getByRole("region", { name: "Niger" }).getByRole("button", { name: /Niger member of ECOWAS/ }).click();
      await reachable(page.getByRole("heading", { level: 2, name: "Niger member of ECOWAS" }));
      await reachable(page.getByRole("button", { name: "Close", exact: true }));
      await page.getByRole("button", { name: "Close", exact: true }).click();
      await reachable(heading);

      // The table and the filters are reachable too (as sheets on narrow screens), each with a Close.
      await page.getByRole("button", { name: "Close", exact: true }).click();
      await showTable(page);
      await expect(table(page)).toBeInViewport();
      await noHorizontalOverflow(page, "with the table");
      if (size.width < 900) await page.getByRole("button", { name: "Filter", exact: true }).click();
      else await page.getByText("Filters").click();
      await reachable(page.getByRole("checkbox", { name: /^Verbal cooperation/ }));
      // The filters scroll as one area down to the last of them.
      await page.getByRole("button", { name: "Show all" }).scrollIntoViewIfNeeded();
      await reachable(page.getByRole("button", { name: "Show all" }));
      if (size.width < 900) {
        await page.getByRole("button", { name: "Close", exact: true }).click();
        await expect(page.getByRole("checkbox", { name: /^Verbal cooperation/ })).toBeHidden();
      }
      await noHorizontalOverflow(page, "with the filters");

      await page.getByRole("radio", { name: "Compare" }).check();
      await reachable(page.getByRole("textbox", { name: "Compare from" }));
      await reachable(page.getByRole("textbox", { name: "Compare to" }));
      await noHorizontalOverflow(page, "in Compare");
      await page.screenshot({ path: `test-results/responsive-${size.width}x${size.height}.png` });
    });

    for (const scheme of ["light", "dark"] as const) {
      test(`axe finds no serious or critical violations (${scheme})`, async ({ page }) => {
        test.setTimeout(120_000); // axe takes about 45 s over the panel and the whole table
        await page.emulateMedia({ colorScheme: scheme });
        // Compare shows every kind of badge in the table; an entity's panel is open.
        await openApp(page, "?compare=2023-06-01,2025-06-01&focus=niger");
        await expect(page.getByRole("heading", { level: 2, name: "Niger", exact: true })).toBeVisible();
        const check = async (where: string) => {
          const results = await new AxeBuilder({ page }).analyze();
          const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
          expect(bad.map((v) => `${where}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
        };
        await check("panel");
        await page.getByRole("button", { name: "Close", exact: true }).click();
        await showTable(page);
        // axe leaves text scrolled out of its area unchecked: bring an "Ended" badge (the 2.99:1) into view.
        await table(page).getByText("Ended", { exact: true }).first().scrollIntoViewIfNeeded();
        await expect(table(page).getByText("Ended", { exact: true }).first()).toBeInViewport();
        await openMenu(page);
        await check("table and menu");
      });
    }
  });
}

test("no width from 360 to 2560 px scrolls sideways, with a panel open, in Compare, with the menu open", async ({ page }) => {
  test.setTimeout(120_000);
  for (const width of [360, 375, 600, 899, 900, 1100, 1279, 1280, 1920, 2560]) {
    await page.setViewportSize({ width, height: 800 });
    await openApp(page, "?compare=2023-06-01,2025-06-01&focus=niger");
    await noHorizontalOverflow(page, `at ${width} px`);
    await openMenu(page);
    await noHorizontalOverflow(page, `at ${width} px with the menu open`);
  }
});

test.describe("typed dates", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("As of and Compare take ISO and day/month/year, typed or pasted, show the day back, and refuse impossible days", async ({ page }) => {
    await openApp(page);
    await page.getByRole("radio", { name: "As of" }).check();
    const asOf = page.getByRole("textbox", { name: "As of date" });
    for (const [typed, iso] of [
      ["2022-01-01", "2022-01-01"],
      ["01/02/2022", "2022-02-01"],
      ["3.2.2022", "2022-02-03"],
      ["28-08-2024", "2024-08-28"],
      ["01012022", "2022-01-01"],
    ]) {
      await asOf.fill("");
      await asOf.pressSequentially(typed);
      await expect(page).toHaveURL(new RegExp(`at=${iso}`));
    }
    // Shown back while the typed text differs from ISO; leaving the field writes it in ISO.
    await asOf.fill("");
    await asOf.pressSequentially("5/3/2024");
    await expect(page).toHaveURL(/at=2024-03-05/);
    await expect(page.getByText("= 5 Mar 2024")).toBeVisible();
    await asOf.press("Tab");
    await expect(asOf).toHaveValue("2024-03-05");
    // A month by name takes effect on Enter.
    await asOf.fill("1 June 2023");
    await expect(page.getByText("= 1 Jun 2023")).toBeVisible();
    await asOf.press("Enter");
    await expect(page).toHaveURL(/at=2023-06-01/);
    await expect(asOf).toHaveValue("2023-06-01");
    // Impossible: an alert says why, the view keeps its day.
    await asOf.fill("31/02/2024");
    await expect(page.getByRole("alert")).toHaveText("There is no 31 Feb 2024: that month has 29 days.");
    await expect(asOf).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/at=2023-06-01/);
    await asOf.press("Escape");
    await expect(asOf).toHaveValue("2023-06-01");
    await expect(page.getByRole("alert")).toHaveCount(0);

    // The calendar is a button away; what the browser's picker sets takes effect and shows in the field.
    await reachable(page.getByRole("button", { name: "Choose the day on a calendar" }));
    await page.locator(".date-field input[type=date]").fill("2024-05-05");
    await expect(page).toHaveURL(/at=2024-05-05/);
    await expect(asOf).toHaveValue("2024-05-05");

    // Compare: the case, 01012022 typed into "from", keeps its year.
    await page.getByRole("radio", { name: "Compare" }).check();
    const from = page.getByRole("textbox", { name: "Compare from" });
    const to = page.getByRole("textbox", { name: "Compare to" });
    await from.fill("");
    await from.pressSequentially("01012022");
    await expect(page).toHaveURL(/compare=2022-01-01,/);
    await to.fill("");
    await to.pressSequentially("2024-06-30");
    await expect(page).toHaveURL(/compare=2022-01-01,2024-06-30/);
    await expect(page.getByRole("status").filter({ hasText: "→" })).toHaveText("1 Jan 2022 → 30 Jun 2024");
    // Pasted text is read the same way.
    await from.fill("");
    await from.focus();
    await page.keyboard.insertText("15.03.2023"); // one input event with the whole text, as a paste gives
    await expect(page).toHaveURL(/compare=2023-03-15,2024-06-30/);
    // From after To: refused with the reason.
    await from.fill("2025-01-01");
    await expect(page.getByRole("alert")).toContainText("Must be before 30 Jun 2024");
    await expect(page).toHaveURL(/compare=2023-03-15,2024-06-30/);
    // Outside the data's years.
    await to.fill("2031-01-01");
    await expect(page.getByRole("alert").filter({ hasText: "outside the data" })).toBeVisible();
    await waitForGraph(page);
  });
});

test.describe("keyboard in the graph", () => {
  for (const size of [SIZES[0], SIZES[3]]) {
    test(`Tab reaches the selected entity, arrows move to its neighbours with their relation, Enter opens one (${size.name})`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openApp(page, "?focus=niger");
      // From the time bar, the next stop is the graph, on the selected entity.
      await page.getByRole("slider", { name: "To year" }).focus();
      await page.keyboard.press("Tab");
      const graph = page.getByRole("application", { name: /Niger, selected/ });
      await expect(graph).toBeFocused();
      const live = page.locator("[aria-live]").filter({ hasText: /of \d+:/ });

      await page.keyboard.press("ArrowRight");
      await expect(live).toHaveText(/^(.+), 1 of (\d+): .+\. Enter opens it\.$/);
      const first = (await live.textContent())!;
      const [, neighbour, count] = /^(.+), 1 of (\d+): /.exec(first)!;
      expect(Number(count)).toBeGreaterThan(2);
      // The announced relation joins the neighbour and Niger.
      expect(first).toContain("Niger");
      expect(first.split(": ")[1]).toContain(neighbour);
      await page.keyboard.press("ArrowRight");
      await expect(live).toHaveText(new RegExp(`, 2 of ${count}: `));
      await page.keyboard.press("ArrowLeft");
      await expect(live).toHaveText(first);
      await expect(page.locator(".graph-key-ring")).toBeVisible();

      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 2, name: neighbour, exact: true })).toBeInViewport();
      // The graph stop now starts from the entity opened.
      await expect(page.getByRole("application", { name: `Graph, from the keyboard: ${neighbour}, selected`, exact: false })).toBeFocused();
      await page.keyboard.press("ArrowLeft");
      await expect(live).toHaveText(new RegExp(`of \\d+: `));
    });
  }
});

test.describe("touch", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  /** Country discs in the graph, biggest first (Niger has the most relations in the default view). */
  async function countries(page: Page) {
    await waitForGraph(page);
    const region = page.getByRole("region", { name: "Graph" });
    const box = (await region.boundingBox())!;
    const blobs = await findBlobs(page, await region.screenshot(), ["#2f6db5"]);
    // (The layout switch's selected button, top left, has the same blue.)
    return blobs
      .filter((b) => b.y > 60)
      .sort((a, b) => b.area - a.area)
      .map((b) => ({ ...b, x: b.x + box.x, y: b.y + box.y }));
  }
  /** Raw touches (Playwright's touchscreen only taps): one DevTools session per page, which keeps the touch going. */
  const sessions = new WeakMap<Page, CDPSession>();
  const touch = async (page: Page, type: "touchStart" | "touchMove" | "touchEnd", points: { x: number; y: number }[]) => {
    if (!sessions.has(page)) sessions.set(page, await page.context().newCDPSession(page));
    await sessions.get(page)!.send("Input.dispatchTouchEvent", { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
  };

  test("a tap selects, two fingers pinch-zoom, one finger pans, and the slider's thumbs take a finger", async ({ page }) => {
    await openApp(page);
    const [niger] = await countries(page);
    // Distance from the biggest disc (Niger) to its nearest country.
    const nearest = (c: { x: number; y: number }[]) => Math.min(...c.slice(1).map((b) => Math.hypot(b.x - c[0].x, b.y - c[0].y)));
    await page.touchscreen.tap(niger.x, niger.y);
    await reachable(page.getByRole("heading", { level: 2, name: "Niger", exact: true }));
    // A phone's browser (isMobile) keeps the time bar on one row too.
    const tops = await Promise.all(["Play", "Time options"].map(async (name) => (await page.getByRole("button", { name }).boundingBox())!.y));
    expect(Math.abs(tops[0] - tops[1])).toBeLessThan(8);
    await page.getByRole("button", { name: "Close", exact: true }).tap();
    await expect(page.getByRole("heading", { level: 2, name: "Niger", exact: true })).toHaveCount(0);

    // Pinch out (2.5×) around Niger and its nearest country: they move apart.
    // Selecting moved the camera to Niger: frame the whole graph again first.
    await page.getByRole("button", { name: "Fit to view" }).tap();
    const before = await countries(page);
    const other = before.slice(1).sort((a, b) => Math.hypot(a.x - before[0].x, a.y - before[0].y) - Math.hypot(b.x - before[0].x, b.y - before[0].y))[0];
    const mid = { x: (before[0].x + other.x) / 2, y: (before[0].y + other.y) / 2 };
    await touch(page, "touchStart", [{ x: mid.x - 20, y: mid.y }, { x: mid.x + 20, y: mid.y }]);
    for (let d = 30; d <= 50; d += 10) await touch(page, "touchMove", [{ x: mid.x - d, y: mid.y }, { x: mid.x + d, y: mid.y }]);
    await touch(page, "touchEnd", []);
    const zoomed = await countries(page);
    expect(nearest(zoomed)).toBeGreaterThan(1.5 * nearest(before));

    // One finger drags the picture.
    const start = zoomed.find((b) => b.x > 150)!; // room to move left and stay on screen
    await touch(page, "touchStart", [{ x: start.x, y: start.y + 40 }]);
    for (let d = 10; d <= 60; d += 10) await touch(page, "touchMove", [{ x: start.x - d, y: start.y + 40 }]);
    await touch(page, "touchEnd", []);
    // The same disc (same size, same height) is now further left.
    const panned = (await countries(page)).filter((b) => Math.abs(b.area - start.area) < 0.2 * start.area && Math.abs(b.y - start.y) < 10);
    expect(Math.max(...panned.map((b) => start.x - b.x))).toBeGreaterThan(40);

    // The "From year" thumb answers a finger 11 px beside its visible disc (a hit area of at least 24 px), and drags.
    const thumb = page.getByRole("slider", { name: "From year" });
    const t = (await thumb.boundingBox())!;
    const cx = t.x + t.width / 2;
    const cy = t.y + t.height / 2;
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.getAttribute("aria-label"), { x: cx - 11, y: cy + 11 })).toBe("From year");
    const year = Number(await thumb.getAttribute("aria-valuenow"));
    const track = (await page.locator(".time-track .range-slider").boundingBox())!;
    const perYear = track.width / (2025 - 1975);
    await touch(page, "touchStart", [{ x: cx - 11, y: cy }]);
    for (let d = 1; d <= 4; d++) await touch(page, "touchMove", [{ x: cx - 11 - d * perYear, y: cy }]);
    await touch(page, "touchEnd", []);
    await expect(thumb).toHaveAttribute("aria-valuenow", String(year - 4));
  });
});
