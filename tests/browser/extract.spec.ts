import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { openApp, tableRows, waitForGraph } from "./helpers";

const article = readFileSync(resolve(import.meta.dirname, "../fixtures/articles/heldout-2025-03-14.txt"), "utf8");
const dialog = (page: Page) => page.getByRole("dialog", { name: "Extract from article" });
const candidate = (page: Page, sentence: string) => dialog(page).getByRole("listitem").filter({ hasText: sentence });
const search = (page: Page) => page.getByRole("combobox", { name: "Search entities" });

async function select(page: Page, query: string) {
  await search(page).fill(query);
  await expect(search(page)).toHaveAttribute("aria-expanded", "true");
  await search(page).press("Enter");
}

test("extracts from a pasted article, accepts two candidates and finds them in the graph with their quote", async ({ page }) => {
  await openApp(page);
  await page.getByRole("button", { name: "Extract from article" }).click();
  // One sentence more, a claim the Sahel dataset already holds.
  await dialog(page).getByLabel("Article text").fill(`${article}\nNiger withdrew from ECOWAS in January 2024.`);
  await dialog(page).getByLabel("Publication date").fill("2025-03-14");
  await dialog(page).getByLabel("Title").fill("Sahel juntas deepen ties with Moscow");
  await dialog(page).getByLabel("Publisher").fill("Test Wire");
  await dialog(page).getByRole("button", { name: "Extract" }).click();
  await expect(dialog(page).getByRole("status")).toContainText(/\d+ candidate relations, 0 accepted/);

  // Each candidate shows its sentence with the trigger marked, and its fields.
  const algeria = candidate(page, "Algeria closed its airspace");
  await expect(algeria.locator("mark")).toHaveText("closed its airspace");
  await expect(algeria.getByLabel("Source")).toHaveValue("Algeria");
  await expect(algeria.getByLabel("Relation type")).toHaveValue("closed-border");
  await expect(algeria.getByLabel("Target")).toHaveValue("Mali");
  await expect(algeria.getByLabel("Date", { exact: true })).toHaveValue("2024-04");
  // Algeria is an entity of the dataset; Senegal is not, and would be created.
  await expect(algeria).not.toContainText("new: Algeria");
  await expect(candidate(page, "Senegal did not join the pact")).toContainText("new: Senegal");

  // A relation the dataset already holds is marked.
  await expect(candidate(page, "Niger withdrew from ECOWAS in January 2024")).toContainText("Already in the dataset: niger-withdrew-from-ecowas-2024");
  await expect(algeria).not.toContainText("Already in the dataset");

  await algeria.getByRole("button", { name: "Accept" }).click();
  const senegal = candidate(page, "Senegal did not join the pact");
  await expect(senegal.getByLabel("Relation type")).toHaveValue("met-with");
  await senegal.getByRole("button", { name: "Accept" }).click();
  // A reviewer's edit is kept: the date made more precise.
  await senegal.getByLabel("Date", { exact: true }).fill("2025-03-12");
  await expect(dialog(page).getByRole("status")).toContainText("2 accepted");
  await dialog(page).getByRole("button", { name: "Add 2 accepted relations" }).click();

  await expect(dialog(page)).toHaveCount(0);
  await expect(page).toHaveURL(/[?&]dataset=sahel-extracted(&|$)/);
  await waitForGraph(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("with extracted relations");
  const rows = await tableRows(page.getByRole("table", { name: "Relations in view" }));
  expect(rows.map((r) => r.slice(0, 4).join(" "))).toEqual(
    expect.arrayContaining(["2024-04 Algeria closed border with Mali", "2025-03-12 Senegal met with ECOWAS"]),
  );

  await select(page, "Algeria");
  await expect(page.getByRole("heading", { level: 2, name: "Algeria" })).toBeVisible();
  const panel = page.getByRole("region", { name: "Algeria", exact: true });
  await expect(panel).toContainText("Algeria closed its airspace to Malian aircraft last April");
  await expect(panel).toContainText("Test Wire");
});
