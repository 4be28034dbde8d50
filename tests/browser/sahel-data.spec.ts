import { expect, test, type Page } from "@playwright/test";
import { openApp, tableRows, waitForGraph } from "./helpers";

/**
 * The Sahel dataset answers "who changed sides": the lasting states (troops stationed,
 * memberships, agreements in force) hold on the days the sources give, so the time modes
 * show partners leaving and others arriving.
 */

/** The sentences of Niger's relations that the entity panel marks as in view. */
async function nigerInView(page: Page): Promise<string[]> {
  await waitForGraph(page);
  const panel = page.getByRole("region", { name: "Niger", exact: true });
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Niger");
  return panel.locator(".relation-list > li:not(.out-of-view) .what").allTextContents();
}

const WESTERN = ["France troops stationed in Niger", "United States troops stationed in Niger", "Niger member of ECOWAS", "Niger member of G5 Sahel"];
const NEW_PARTNERS = ["Niger member of Alliance of Sahel States", "Africa Corps troops stationed in Niger", "Russia defence cooperation in force with Niger"];

test("as of 2022-06-01, Niger's panel lists French and US troops stationed, ECOWAS and G5 Sahel membership", async ({ page }) => {
  await openApp(page, "?at=2022-06-01&focus=niger");
  const shown = await nigerInView(page);
  for (const sentence of WESTERN) expect(shown, sentence).toContain(sentence);
  for (const sentence of NEW_PARTNERS) expect(shown, sentence).not.toContain(sentence);
});

test("as of 2025-06-01, none of those: Niger's panel lists AES membership and Russian forces instead", async ({ page }) => {
  await openApp(page, "?at=2025-06-01&focus=niger");
  const shown = await nigerInView(page);
  for (const sentence of WESTERN) expect(shown, sentence).not.toContain(sentence);
  for (const sentence of NEW_PARTNERS) expect(shown, sentence).toContain(sentence);
  // The panel still lists the ended relations, marked as not in view.
  const panel = page.getByRole("region", { name: "Niger", exact: true });
  await expect(panel.locator(".relation-list > li.out-of-view", { hasText: "France troops stationed in Niger" })).toContainText("not in view");
});

test("compare 2022 with the end of 2025: France and the United States ended, AES, Russia and Turkey began", async ({ page }) => {
  await openApp(page, "?compare=2022-01-01,2025-12-31");
  const table = page.getByRole("table", { name: "Relations in view" });
  await expect(table.getByRole("columnheader").last()).toHaveText("Change");
  const rows = await tableRows(table);
  // Columns: Date, Source, Relation, Target, Citation, Change.
  const change = (source: string, target: string) => rows.filter((r) => r[1] === source && r[3] === target).map((r) => `${r[2]}: ${r.at(-1)}`);

  for (const partner of ["France", "United States"]) {
    const marks = change(partner, "Niger");
    expect(marks, partner).toContain("troops stationed in: Ended");
    expect(marks.filter((m) => m.endsWith(": Began")), `${partner} began nothing`).toEqual([]);
  }
  expect(change("United States", "Niger")).toContain("military (status-of-forces) accord in force with: Ended");
  expect(change("Niger", "ECOWAS")).toContain("member of: Ended");
  expect(change("Niger", "G5 Sahel")).toContain("member of: Ended");

  expect(change("Niger", "Alliance of Sahel States")).toContain("member of: Began");
  expect(change("Russia", "Niger")).toContain("defence cooperation in force with: Began");
  expect(change("Africa Corps", "Niger")).toContain("troops stationed in: Began");
  expect(change("Turkey", "Niger")).toContain("military financial cooperation agreement in force with: Began");
  // Turkey's 2020 training agreement held throughout: a partner that stayed, not one that changed sides.
  expect(change("Turkey", "Niger")).toContain("military training cooperation agreement in force with: Held throughout");
});
