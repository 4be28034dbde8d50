import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import Papa from "papaparse";
import { openApp, tableRows, waitForGraph } from "./helpers";

/** Separators other than the comma, and files that are not text at all, each as a person would choose them. */
const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, "../fixtures", name), "utf8");
const withSeparator = (name: string, delimiter: string) => Papa.unparse(Papa.parse<string[]>(fixture(name), { skipEmptyLines: true }).data, { delimiter });
const importInput = (page: Page) => page.getByLabel("Import data");
const table = (page: Page) => page.getByRole("table", { name: "Relations in view" });

test("an Entente CSV separated by semicolons imports like the comma-separated one", async ({ page }) => {
  await openApp(page);
  await importInput(page).setInputFiles(
    ["relations.csv", "entities.csv"].map((name) => ({ name, mimeType: "text/csv", buffer: Buffer.from(withSeparator(name, ";")) })),
  );
  await expect(page.getByRole("dialog", { name: "Map event columns" })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toContainText("Imported “relations”: 4 entities, 5 relations, 2 sources.");
  await waitForGraph(page);
  const rows = await tableRows(table(page));
  expect(rows.map((r) => `${r[0]} | ${r[1]} | ${r[2]} | ${r[3]}`)).toContain("1963-01-22 | France | signed the Élysée Treaty with | West Germany");
});

test("an event table separated by semicolons starts its mapping with that separator, named with the file", async ({ page }) => {
  await openApp(page);
  const lines = ["Mali;Sign formal agreement;Niger;2024-01-02", "Niger;Make statement;Burkina Faso;2024-02-03", "Mali;Consult;Niger;2024-03-04"];
  await importInput(page).setInputFiles({ name: "events.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n") + "\n") });
  const dialog = page.getByRole("dialog", { name: "Map event columns" });
  await expect(dialog).toContainText("“events.csv”: its first lines are semicolon-separated.");
  await expect(dialog.getByRole("combobox", { name: "Separator" })).toHaveValue(";");
  await expect(dialog.getByRole("combobox", { name: "Object column" })).toHaveValue("2");
  await dialog.getByRole("button", { name: "Import events" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toContainText("Imported “events.csv”: 3 events");
});

test("a binary file named .csv or .tsv is refused as not a text file, naming it, and nothing changes", async ({ page }) => {
  await openApp(page, "?from=2023&to=2024");
  const before = page.url();
  const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0x1b, 0x5b, 0x32, 0x4a, 0xff, 0xfe, 0, 0]);
  for (const name of ["tool.csv", "tool.tsv"]) {
    await importInput(page).setInputFiles({ name, mimeType: "application/octet-stream", buffer: binary });
    const alert = page.getByRole("alert").filter({ hasText: `Could not import ${name}` });
    await expect(alert).toContainText(`${name}: is not a text file (encoding): a NUL byte at offset 7`);
    await expect(alert).toContainText("Nothing was changed.");
    await expect(page.getByRole("dialog", { name: "Map event columns" })).toHaveCount(0);
    expect(page.url()).toBe(before);
  }
  // A Latin-1 file (not UTF-8) is named too, with its first bad byte.
  await importInput(page).setInputFiles({ name: "latin1.tsv", mimeType: "text/tab-separated-values", buffer: Buffer.from("Fran\u00e7ais\tConsult\tMali\t2024-01-02\n", "latin1") });
  await expect(page.getByRole("alert").filter({ hasText: "Could not import latin1.tsv" })).toContainText("latin1.tsv: is not a text file (encoding): not valid UTF-8 (first bad byte at offset 4)");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sahel security relations");
});
