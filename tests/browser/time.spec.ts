import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { openApp, waitForGraph } from "./helpers";

/** The shipped relations, read independently of the app's model to check what it shows. */
interface Rel {
  id: string;
  date?: string;
  start?: string;
  end?: string;
}
const RELATIONS: Rel[] = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../graph-data/sahel/relations.json"), "utf8"));

/** First and last ISO day a date can mean ("2024" → 2024-01-01 … 2024-12-31). */
function span(date: string): [string, string] {
  const d = date.replace("~", "");
  if (d.length === 10) return [d, d];
  if (d.length === 7) {
    const [y, m] = d.split("-").map(Number);
    return [`${d}-01`, `${d}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`];
  }
  return [`${d}-01-01`, `${d}-12-31`];
}
const first = (r: Rel) => span(r.date ?? r.start!)[0];
const last = (r: Rel) => (r.date ? span(r.date)[1] : r.end ? span(r.end)[1] : "9999-12-31");
const overlapping = (a: string, b: string) => RELATIONS.filter((r) => first(r) <= b && last(r) >= a).map((r) => r.id).sort();
/** How each relation changed between two days, by the rule the explorer documents (began, ended, held, came and went). */
function changes(a: string, b: string): Record<"Began" | "Ended" | "Held throughout" | "Came and went", string[]> {
  const out = { Began: [] as string[], Ended: [] as string[], "Held throughout": [] as string[], "Came and went": [] as string[] };
  for (const r of RELATIONS) {
    if (first(r) > b || last(r) < a) continue;
    const mark = first(r) <= a ? (last(r) >= b ? "Held throughout" : "Ended") : last(r) >= b ? "Began" : "Came and went";
    out[mark].push(r.id);
  }
  return out;
}
const countsText = (c: ReturnType<typeof changes>) => Object.entries(c).map(([mark, ids]) => `${mark} ${ids.length}`);

async function shownIds(page: Page): Promise<string[]> {
  await waitForGraph(page);
  const ids = await page.getByRole("table", { name: "Relations in view" }).locator("tbody tr").evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.relation!));
  return ids.sort();
}

const from = (page: Page) => page.getByRole("slider", { name: "From year" });
const to = (page: Page) => page.getByRole("slider", { name: "To year" });

async function expectWindow(page: Page, a: number, b: number): Promise<void> {
  await expect(from(page)).toHaveAttribute("aria-valuenow", String(a));
  await expect(to(page)).toHaveAttribute("aria-valuenow", String(b));
  await expect(page).toHaveURL(new RegExp(`from=${a}&to=${b}(&|$)`));
  expect(await shownIds(page)).toEqual(overlapping(`${a}-01-01`, `${b}-12-31`));
}

test("both thumbs follow the keyboard: arrows, Page Up/Down (5 years), Home/End, never crossing", async ({ page }) => {
  await openApp(page);
  await from(page).focus();
  const steps: [string, number, number][] = [
    ["Home", 1975, 2025],
    ["PageUp", 1980, 2025],
    ["ArrowRight", 1981, 2025],
    ["ArrowLeft", 1980, 2025],
    ["PageDown", 1975, 2025],
  ];
  for (const [key, a, b] of steps) {
    await page.keyboard.press(key);
    await expect(from(page)).toHaveAttribute("aria-valuenow", String(a));
    await expect(to(page)).toHaveAttribute("aria-valuenow", String(b));
  }
  await expectWindow(page, 1975, 2025);
  await to(page).focus();
  for (const [key, b] of [["Home", 1975], ["End", 2025], ["PageDown", 2020], ["ArrowLeft", 2019], ["PageUp", 2024], ["ArrowRight", 2025], ["ArrowLeft", 2024]] as const) {
    await page.keyboard.press(key);
    await expect(to(page)).toHaveAttribute("aria-valuenow", String(b));
    await expect(from(page)).toHaveAttribute("aria-valuenow", "1975");
  }
  await expectWindow(page, 1975, 2024);
  await from(page).focus();
  await page.keyboard.press("End");
  await expectWindow(page, 2024, 2024);
});

test("dragging a thumb, and dragging the range between the thumbs as one", async ({ page }) => {
  await openApp(page, "?from=2000&to=2010");
  const rail = (await page.locator(".range-rail").boundingBox())!;
  const perYear = rail.width / 50;
  const thumb = (await to(page).boundingBox())!;
  await page.mouse.move(thumb.x + thumb.width / 2, thumb.y + thumb.height / 2);
  await page.mouse.down();
  await page.mouse.move(thumb.x + thumb.width / 2 + 5 * perYear, thumb.y + thumb.height / 2, { steps: 8 });
  await page.mouse.up();
  await expectWindow(page, 2000, 2015);

  const track = (await page.locator(".range-track").boundingBox())!;
  await page.mouse.move(track.x + track.width / 2, track.y + track.height / 2);
  await page.mouse.down();
  await page.mouse.move(track.x + track.width / 2 - 10 * perYear, track.y + track.height / 2, { steps: 10 });
  await page.mouse.up();
  await expectWindow(page, 1990, 2005);
});

test("pressing the rail moves the nearer thumb there, and focuses it", async ({ page }) => {
  await openApp(page, "?from=2000&to=2010");
  const rail = (await page.locator(".range-rail").boundingBox())!;
  const at = (year: number) => ({ x: rail.x + ((year - 1975) / 50) * rail.width, y: rail.y + rail.height / 2 });
  await page.mouse.click(at(1990).x, at(1990).y);
  await expectWindow(page, 1990, 2010);
  await expect(from(page)).toBeFocused();
  await page.mouse.click(at(2020).x, at(2020).y);
  await expectWindow(page, 1990, 2020);
  await expect(to(page)).toBeFocused();
});

test("the URL sets the window and follows it; year links work at month steps too", async ({ page }) => {
  await openApp(page, "?from=2010&to=2015");
  await expectWindow(page, 2010, 2015);
  await to(page).focus();
  await page.keyboard.press("ArrowRight");
  await expectWindow(page, 2010, 2016);

  await openApp(page, "?from=2024-03&to=2024-09");
  await expect(page.getByLabel("Step", { exact: true })).toHaveValue("month");
  await expect(from(page)).toHaveAttribute("aria-valuenow", "2024");
  await expect(from(page)).toHaveAttribute("aria-valuetext", "from Mar 2024");
  await expect(to(page)).toHaveAttribute("aria-valuetext", "to Sep 2024");
  expect(await shownIds(page)).toEqual(overlapping("2024-03-01", "2024-09-30"));
  await from(page).focus();
  await page.keyboard.press("ArrowRight");
  await expect(from(page)).toHaveAttribute("aria-valuetext", "from Apr 2024");
  await expect(page).toHaveURL(/from=2024-04&to=2024-09/);
  expect(await shownIds(page)).toEqual(overlapping("2024-04-01", "2024-09-30"));
  await page.keyboard.press("PageUp");
  await expect(from(page)).toHaveAttribute("aria-valuetext", "from Sep 2024");

  // Back to years: the window covers whole years again and the link is a year link.
  await page.getByLabel("Step", { exact: true }).selectOption("year");
  await expectWindow(page, 2024, 2024);
});

test("Play steps the window a year at a time, becomes Pause, and writes the URL when paused", async ({ page }) => {
  await openApp(page, "?from=2015&to=2017");
  await page.getByLabel("Pace", { exact: true }).selectOption("250");
  await page.getByRole("button", { name: "Play" }).click();
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  const year = async () => Number(await from(page).getAttribute("aria-valuenow"));
  // Polling may miss a step at a fast pace on a busy machine: wait for "at least", not "exactly".
  await expect.poll(year).toBeGreaterThanOrEqual(2016);
  expect(page.url()).toMatch(/from=2015&to=2017/); // not while playing
  await expect.poll(year).toBeGreaterThanOrEqual(2018);
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  const a = Number(await from(page).getAttribute("aria-valuenow"));
  expect(a).toBeGreaterThanOrEqual(2018);
  await expectWindow(page, a, a + 2);
  // Paused means paused.
  await page.waitForTimeout(700);
  await expect(from(page)).toHaveAttribute("aria-valuenow", String(a));
});

test("a growing window keeps its start, grows to the end and stops; Play at the end replays from the window's start", async ({ page }) => {
  await openApp(page, "?from=2020&to=2021");
  await page.getByLabel("Pace", { exact: true }).selectOption("250");
  await page.getByLabel("Playback", { exact: true }).selectOption("growing");
  await page.getByRole("button", { name: "Play" }).click();
  await expect(to(page)).toHaveAttribute("aria-valuenow", "2025", { timeout: 10_000 });
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  await expectWindow(page, 2020, 2025);
  // Never back to the data's first year: the window's own span plays again.
  await page.getByRole("button", { name: "Play" }).click();
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect.poll(async () => Number(await from(page).getAttribute("aria-valuenow"))).toBe(2020);
  await expect(to(page)).toHaveAttribute("aria-valuenow", "2025", { timeout: 10_000 });
  await expectWindow(page, 2020, 2025);
});

test("as of a day: the states that hold that day and the events of the 12 months before", async ({ page }) => {
  await openApp(page);
  await page.getByRole("radio", { name: "As of" }).check();
  await expect(page).toHaveURL(/at=2025-12-31/);
  await page.getByLabel("As of date").fill("2024-03-01");
  await expect(page).toHaveURL(/at=2024-03-01/);
  const expected = RELATIONS.filter((r) => (r.date ? first(r) <= "2024-03-01" && last(r) >= "2023-03-02" : first(r) <= "2024-03-01" && last(r) >= "2024-03-01"))
    .map((r) => r.id)
    .sort();
  expect(await shownIds(page)).toEqual(expected);
  expect(expected).toContain("ecowas-lifted-sanctions-niger-2024");
  expect(expected).not.toContain("ecowas-sanctions-in-force-niger");
  await expect(page.getByRole("status").filter({ hasText: "as of" })).toHaveText("as of 1 Mar 2024");

  // The link restores it; Play moves the day by a year.
  await openApp(page, "?at=2023-08-01");
  await expect(page.getByLabel("As of date")).toHaveValue("2023-08-01");
  expect(await shownIds(page)).toContain("tchiani-coup-against-bazoum-2023");
  await page.getByLabel("Pace", { exact: true }).selectOption("250");
  await page.getByRole("button", { name: "Play" }).click();
  await expect(page.getByLabel("As of date")).toHaveValue("2024-08-01");
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page).toHaveURL(/at=20\d\d-08-01/);
});

test("compare two days: what began, ended, held throughout, or came and went, with counts in the table", async ({ page }) => {
  await openApp(page, "?compare=2023-06-01,2024-06-01");
  const counts = page.getByRole("list", { name: "Changes" });
  const expected = changes("2023-06-01", "2024-06-01");
  await expect(counts.getByRole("listitem")).toHaveText(countsText(expected));
  // The coup year: the Western partners' states end, the AES and Russian ones begin.
  expect(expected.Began).toEqual(expect.arrayContaining(["tchiani-leads-niger", "niger-member-of-aes", "russia-niger-defence-cooperation"]));
  expect(expected.Ended).toEqual(expect.arrayContaining(["france-troops-stationed-in-niger", "niger-member-of-g5-sahel"]));
  const table = page.getByRole("table", { name: "Relations in view" });
  await expect(table.getByRole("columnheader")).toHaveText(["Date", "Source", "Relation", "Target", "Citation", "Change"]);
  expect(await shownIds(page)).toEqual(overlapping("2023-06-01", "2024-06-01"));
  const change = async (id: string) => table.locator(`tr[data-relation="${id}"] td`).last().textContent();
  expect(await change("tchiani-leads-niger")).toBe("Began");
  expect(await change("niger-member-of-ecowas")).toBe("Held throughout");
  expect(await change("ecowas-sanctions-in-force-niger")).toBe("Came and went");
  expect(await change("tchiani-coup-against-bazoum-2023")).toBe("Came and went");
  const badges = await table.locator("tbody tr td:last-child").allTextContents();
  expect(badges.filter((b) => b === "Began")).toHaveLength(expected.Began.length);
  expect(badges.filter((b) => b === "Came and went")).toHaveLength(expected["Came and went"].length);

  // Moving the second day to after the ECOWAS exits: the memberships of the three states ended too.
  await page.getByLabel("Compare to").fill("2025-06-01");
  await expect(page).toHaveURL(/compare=2023-06-01,2025-06-01/);
  const later = changes("2023-06-01", "2025-06-01");
  expect(later.Ended).toEqual(expect.arrayContaining(["niger-member-of-ecowas", "mali-member-of-ecowas", "burkina-faso-member-of-ecowas"]));
  await expect(counts.getByRole("listitem").nth(1)).toHaveText(`Ended ${later.Ended.length}`);
  await waitForGraph(page);
  expect(await change("niger-member-of-ecowas")).toBe("Ended");

  // Back to the window: no marks, no Change column, compare leaves the URL.
  await page.getByRole("radio", { name: "Window" }).check();
  await expect(table.getByRole("columnheader")).toHaveCount(5);
  await expect(page).not.toHaveURL(/compare=/);
});

test("the histogram shows relations per year above the slider, busiest year named", async ({ page }) => {
  await openApp(page);
  const histogram = page.getByRole("img", { name: /Relations per year by class, 1975–2025; most in 2024/ });
  await expect(histogram).toBeVisible();
  // The 2024 bar stands over the slider's 2024 position.
  const bars = histogram.locator("g");
  const bar2024 = bars.filter({ has: page.locator("title", { hasText: /^2024:/ }) });
  const box = (await bar2024.boundingBox())!;
  await to(page).focus();
  await page.keyboard.press("ArrowLeft");
  const thumb = (await to(page).boundingBox())!;
  expect(Math.abs(box.x + box.width / 2 - (thumb.x + thumb.width / 2))).toBeLessThan(box.width);
});

test("a change sets the graph busy until the fade has been drawn", async ({ page }) => {
  await openApp(page);
  const graph = page.getByRole("region", { name: "Graph" });
  await to(page).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(graph).toHaveAttribute("aria-busy", "true");
  await expect(graph).toHaveAttribute("aria-busy", "false");
  // Fast scrubbing: every step is drawn and the table matches the last one.
  await from(page).focus();
  await page.keyboard.press("Home");
  await to(page).focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press("ArrowLeft");
  await expectWindow(page, 1975, 2016);
});

test("the time axis zooms to the window so months are wide enough to use, and back out to all years", async ({ page }) => {
  await openApp(page, "?from=2024-03&to=2024-09");
  const marks = () => page.locator(".time-track .range-mark").allTextContents();
  const track = page.locator(".time-track .range-slider");
  expect(await marks()).toContain("1975");
  const wide = (await track.boundingBox())!.width;
  await page.getByRole("button", { name: "Zoom to the window" }).click();
  await expect.poll(marks).not.toContain("1975");
  expect((await marks()).map(Number).every((y) => y >= 2023 && y <= 2025)).toBe(true);
  // Three years of months over the same width: each month at least 20 px wide.
  expect(wide / 36).toBeGreaterThan(20);
  await expect(from(page)).toHaveAttribute("aria-valuetext", "from Mar 2024");
  await from(page).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/from=2024-04/);
  await waitForGraph(page);
  await page.getByRole("button", { name: "Show all years" }).click();
  await expect.poll(marks).toContain("1975");
  await expect(from(page)).toHaveAttribute("aria-valuetext", "from Apr 2024");
});
