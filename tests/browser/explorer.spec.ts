import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { imageStats, openApp, tableRows, waitForGraph } from "./helpers";

const SAHEL = resolve(import.meta.dirname, "../../graph-data/sahel");
const read = (file: string) => JSON.parse(readFileSync(resolve(SAHEL, file), "utf8"));

test("draws the Sahel graph: the canvas is not blank", async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sahel security relations");
  const shot = await page.getByRole("region", { name: "Graph" }).screenshot();
  const stats = await imageStats(page, shot);
  expect(stats.colors).toBeGreaterThan(20);
  expect(stats.inked).toBeGreaterThan(0.005);
});

test("the default window is the dataset's defaultView and the table lists its relations", async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole("slider", { name: "From year" })).toHaveAttribute("aria-valuenow", "2023");
  await expect(page.getByRole("slider", { name: "To year" })).toHaveAttribute("aria-valuenow", "2025");
  const rows = await tableRows(page.getByRole("table", { name: "Relations in view" }));
  expect(rows.length).toBeGreaterThan(30);
  expect(rows.some((r) => r[0] === "2024-08-28" && r[1] === "Nigeria" && r[3] === "Niger" && /MOU/.test(r[2]))).toBe(true);
  await expect(page.getByRole("columnheader")).toHaveText(["Date", "Source", "Relation", "Target", "Citation"]);
});

test("moving the slider by keyboard filters the table and updates the URL", async ({ page }) => {
  await openApp(page);
  const to = page.getByRole("slider", { name: "To year" });
  await to.focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(to).toHaveAttribute("aria-valuenow", "2023");
  await waitForGraph(page);
  await expect(page).toHaveURL(/from=2023&to=2023/);
  const rows = await tableRows(page.getByRole("table", { name: "Relations in view" }));
  expect(rows.length).toBeGreaterThan(5);
  // Every row is in 2023: an event dated 2023, or a state that began by 2023 and had not ended before it.
  for (const [date] of rows) {
    const [start, end] = date.split(" – ");
    expect(start.slice(0, 4) <= "2023", date).toBe(true);
    if (end !== undefined && end !== "ongoing") expect(end.slice(0, 4) >= "2023", date).toBe(true);
    if (end === undefined) expect(start.startsWith("2023"), date).toBe(true);
  }
  expect(rows.some((r) => r[0].startsWith("2024"))).toBe(false);
});

test("from/to in the URL set the window; invalid values fall back to the default", async ({ page }) => {
  await openApp(page, "?from=1994&to=1998");
  await expect(page.getByRole("slider", { name: "From year" })).toHaveAttribute("aria-valuenow", "1994");
  const rows = await tableRows(page.getByRole("table", { name: "Relations in view" }));
  expect(rows.map((r) => r[2])).toContain("leads");
  expect(rows.some((r) => r[0].startsWith("2024"))).toBe(false);

  await openApp(page, "?from=banana&to=3000");
  await expect(page.getByRole("slider", { name: "From year" })).toHaveAttribute("aria-valuenow", "2023");
  await expect(page.getByRole("slider", { name: "To year" })).toHaveAttribute("aria-valuenow", "2025");
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a window between events keeps only the states that hold through it", async ({ page }) => {
  await openApp(page, "?from=1980&to=1990");
  const rows = await tableRows(page.getByRole("table", { name: "Relations in view" }));
  const label = new Map<string, string>(read("entities.json").map((e: { id: string; label: string }) => [e.id, e.label]));
  const year = (d: string) => Number(d.slice(0, 4));
  type R = { source: string; target: string; label: string; date?: string; start?: string; end?: string };
  const relations: R[] = read("relations.json");
  // No event of the data falls in 1980–1990: only states that hold through some of it are in view.
  expect(relations.filter((r) => r.date && year(r.date) >= 1980 && year(r.date) <= 1990)).toEqual([]);
  const holding = relations.filter((r) => r.start && year(r.start) <= 1990 && (!r.end || year(r.end) >= 1980));
  expect(holding.length).toBeGreaterThan(3);
  expect(rows.map((r) => `${r[1]} ${r[2]} ${r[3]}`).sort()).toEqual(holding.map((r) => `${label.get(r.source)} ${r.label} ${label.get(r.target)}`).sort());
});
