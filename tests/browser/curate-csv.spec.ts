import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { resolve } from "node:path";
import { openApp, waitForGraph, download } from "./helpers";

const fixture = (name: string) => resolve(import.meta.dirname, "../fixtures", name);
const importInput = (page: Page) => page.getByLabel("Import data");
const status = (page: Page) => page.getByRole("status").filter({ hasText: "Imported" });


/** The whole dataset shown, as "Export JSON" writes it. */
async function wholeBundle(page: Page) {
  const whole = page.getByRole("checkbox", { name: "Whole dataset" });
  if (!(await whole.isChecked())) await whole.check();
  const file = await download(page, () => page.getByRole("button", { name: "Export JSON" }).click());
  return JSON.parse(file.data.toString("utf8"));
}

test("a spreadsheet CSV with type labels and a new type is fixed in the import dialog, then round-trips as a zip", async ({ page }) => {
  await openApp(page, "?from=2023&to=2024");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText("Sahel security relations");

  await importInput(page).setInputFiles(fixture("eu-sanctions.csv"));
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Could not import eu-sanctions.csv: 7 problems. Nothing was changed.");
  // Every problem once, grouped by kind; labels written as the app displays them ("Imposed Sanctions On") are accepted.
  const problems = await alert.getByRole("listitem").allTextContents();
  expect(problems).toHaveLength(7);
  expect(problems.join("\n")).not.toContain("kebab-case");
  expect(problems.join("\n")).not.toMatch(/row [2-6]\b/);
  const types = alert.getByRole("region", { name: "Relation types not in the vocabulary" });
  await expect(types).toContainText('row 8: type: unknown relation type "Imposd sanctions on" (did you mean "imposed sanctions on", imposed-sanctions?)');
  await expect(heading).toContainText("Sahel security relations");

  // The valid types are one click away.
  await alert.getByText("Valid relation types (34)").click();
  await expect(alert.getByRole("table", { name: "Valid relation types" })).toContainText("imposed sanctions on");
  const axe = await new AxeBuilder({ page }).include(".import-problems").analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Fix: the date order, the near miss, a new type, a cell; then check again.
  await alert.getByRole("radio", { name: "day/month/year" }).check();
  await alert.getByRole("button", { name: "Use “imposed sanctions on”" }).click();
  await alert.getByLabel("Kind of “Froze assets of”").selectOption("event");
  await alert.getByLabel("Class of “Froze assets of”").selectOption("material-conflict");
  await alert.getByRole("button", { name: "Create type “Froze assets of”" }).click();
  await alert.getByLabel("Correct Date, eu-sanctions.csv row 9").fill("02/03/2022");
  await alert.getByRole("button", { name: "Check again" }).click();

  // What is left is the spreadsheet's total row: ignore it by importing the valid rows.
  await expect(alert).toContainText("Could not import eu-sanctions.csv: 3 problems.");
  await expect(alert.getByRole("listitem")).toHaveText([/row 10: target: is empty/, /row 10: type: is empty/, /row 10: citations: needs at least one citation/]);
  await expect(heading).toContainText("Sahel security relations");
  await alert.getByRole("button", { name: "Import valid rows" }).click();
  await expect(status(page)).toContainText("Imported “eu-sanctions”: 2 entities, 8 relations, 7 sources.");
  await expect(status(page)).toContainText("eu-sanctions.csv: left out row 10");
  await expect(status(page)).toContainText('dates such as "17/03/2014" read as day/month/year');
  await status(page).getByRole("button", { name: "Dismiss" }).click();
  await waitForGraph(page);

  const imported = await wholeBundle(page);
  expect(imported.relations.map((r: { date: string; type: string }) => `${r.date} ${r.type}`)).toEqual([
    "2014-03-17 imposed-sanctions",
    "2014-07-31 imposed-sanctions",
    "2014-08-07 blocked-trade",
    "2022-02-23 imposed-sanctions",
    "2022-02-25 imposed-sanctions",
    "2022-02-28 froze-assets-of",
    "2022-03-02 imposed-sanctions",
    "2022-03-02 imposed-sanctions",
  ]);
  expect(imported.relationTypes).toContainEqual({ id: "froze-assets-of", label: "Froze assets of", kind: "event", class: "material-conflict" });

  // Export the CSV tables as a zip and import it back: the same dataset (under a free id).
  await page.getByRole("checkbox", { name: "CSV tables (zip)" }).check();
  const zip = await download(page, () => page.getByRole("button", { name: "Export CSV" }).click());
  expect(zip.name).toMatch(/^entente-eu-sanctions-.*\.zip$/);
  expect(zip.data.subarray(0, 2).toString("latin1")).toBe("PK");
  await importInput(page).setInputFiles({ name: zip.name, mimeType: "application/zip", buffer: zip.data });
  await expect(status(page)).toContainText("Imported “eu-sanctions (2)”: 2 entities, 8 relations, 7 sources.");
  await status(page).getByRole("button", { name: "Dismiss" }).click();
  await waitForGraph(page);
  const back = await wholeBundle(page);
  expect({ ...back, dataset: { ...back.dataset, id: imported.dataset.id, title: imported.dataset.title } }).toEqual(imported);
});
