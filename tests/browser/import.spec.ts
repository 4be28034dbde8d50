import { expect, test, type Page } from "@playwright/test";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openApp, tableRows, waitForGraph } from "./helpers";

const fixture = (name: string) => resolve(import.meta.dirname, "../fixtures", name);
const table = (page: Page) => page.getByRole("table", { name: "Relations in view" });
const importInput = (page: Page) => page.getByLabel("Import data");
const datasetMenu = (page: Page) => page.getByRole("combobox", { name: "Dataset" });
const status = (page: Page) => page.getByRole("status").filter({ hasText: "Imported" });

async function importFixtures(page: Page, ...names: string[]) {
  await importInput(page).setInputFiles(names.map(fixture));
}

/** Every request of the test must stay on the app's origin (or be data:/blob:). */
let offOrigin: string[] = [];
test.beforeEach(async ({ page, baseURL }) => {
  offOrigin = [];
  const origin = new URL(baseURL!).origin;
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith("data:") && !url.startsWith("blob:")) offOrigin.push(url);
  });
});
test.afterEach(() => {
  expect(offOrigin, "requests that left the origin").toEqual([]);
});

test("imports a JSON bundle, shows its relations, names it in the URL and keeps it across a reload", async ({ page }) => {
  await openApp(page);
  await importFixtures(page, "bundle.json");
  await expect(status(page)).toContainText("Imported “Nordic NATO accession”: 4 entities, 5 relations, 1 source.");
  await expect(page).toHaveURL(/[?&]dataset=nordic-nato(&|$)/);
  await waitForGraph(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Nordic NATO accession");
  await expect(page.getByRole("slider", { name: "From year" })).toHaveAttribute("aria-valuenow", "2022");
  const rows = await tableRows(table(page));
  expect(rows.map((r) => `${r[0]} ${r[1]} ${r[2]} ${r[3]}`)).toContain("2022-05-18 Finland applied to join NATO");
  expect(rows).toHaveLength(5);
  await expect(datasetMenu(page)).toHaveValue("nordic-nato");

  await page.reload();
  await waitForGraph(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Nordic NATO accession");
  await expect(datasetMenu(page)).toHaveValue("nordic-nato");

  // Without the parameter the default opens; the imported dataset is still in the menu.
  await openApp(page, "?from=2023&to=2024");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sahel security relations");
  await datasetMenu(page).selectOption("nordic-nato");
  // The Sahel window (2023–2024) is not carried over: the bundle's own default view applies.
  await expect(page).toHaveURL(/\?dataset=nordic-nato&from=2022&to=2024&layout=force$/);
  await waitForGraph(page);
  expect(await tableRows(table(page))).toHaveLength(5);
});

test("imports a relations CSV with its entities CSV, both chosen at once", async ({ page }) => {
  await openApp(page);
  await importFixtures(page, "relations.csv", "entities.csv");
  await expect(status(page)).toContainText("Imported “relations”: 4 entities, 5 relations, 2 sources.");
  await waitForGraph(page);
  const rows = await tableRows(table(page));
  expect(rows.map((r) => `${r[0]} | ${r[1]} | ${r[2]} | ${r[3]}`)).toContain("1963-01-22 | France | signed the Élysée Treaty with | West Germany");
  expect(rows.find((r) => r[1] === "West Germany")?.[4]).toContain("A quote\non two lines");
  // A citation that is an http(s) URL is a link to it.
  await expect(table(page).getByRole("link", { name: "https://www.elysee.fr/" }).first()).toHaveAttribute("href", "https://www.elysee.fr/");
});

test("imports a static and a dynamic GEXF, the second by dropping it on the page", async ({ page }) => {
  await openApp(page);
  await importFixtures(page, "static.gexf");
  await expect(status(page)).toContainText("Imported “static”: 3 entities, 3 relations");
  await waitForGraph(page);
  expect((await tableRows(table(page))).map((r) => `${r[1]} ${r[2]} ${r[3]}`)).toContain("Cameroon member of Lake Chad Basin Commission");

  const file = readFileSync(fixture("dynamic.gexf"), "utf8");
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], "dynamic.gexf", { type: "application/xml" }));
    return dt;
  }, file);
  await page.dispatchEvent("main", "dragover", { dataTransfer: transfer });
  await page.dispatchEvent("main", "drop", { dataTransfer: transfer });
  await expect(status(page)).toContainText("Imported “dynamic”: 4 entities, 7 relations");
  await expect(page).toHaveURL(/dataset=dynamic/);
  await waitForGraph(page);
  const rows = await tableRows(table(page));
  expect(rows.map((r) => `${r[0]} ${r[1]} ${r[2]} ${r[3]}`)).toContain("2022-02 Mali asked to withdraw troops France");
  await expect(datasetMenu(page).locator("option")).toHaveText(["Sahel security relations", "dynamic (imported)", "static (imported)"]);
});

test("switches datasets and removes an imported one only after confirming", async ({ page }) => {
  await openApp(page);
  await importFixtures(page, "bundle.json");
  await expect(datasetMenu(page)).toHaveValue("nordic-nato");
  await waitForGraph(page);
  await datasetMenu(page).selectOption("sahel");
  await waitForGraph(page);
  await expect(page).not.toHaveURL(/dataset=/);
  await expect(page.getByRole("button", { name: "Remove dataset" })).toHaveCount(0); // shipped datasets stay
  await datasetMenu(page).selectOption("nordic-nato");
  await waitForGraph(page);

  await page.getByRole("button", { name: "Remove dataset" }).click();
  const dialog = page.getByRole("dialog", { name: "Remove dataset?" });
  await expect(dialog).toContainText("“Nordic NATO accession” will be removed from this browser");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(datasetMenu(page)).toHaveValue("nordic-nato");

  await page.getByRole("button", { name: "Remove dataset" }).click();
  await page.getByRole("dialog", { name: "Remove dataset?" }).getByRole("button", { name: "Remove" }).click();
  await waitForGraph(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sahel security relations");
  await expect(datasetMenu(page).locator("option")).toHaveText(["Sahel security relations"]);
  await expect(page).not.toHaveURL(/dataset=/);

  // Gone for good: a link to it opens the default, without an error.
  // A link to the removed dataset says it is gone and shows the default.
  await openApp(page, "?dataset=nordic-nato");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sahel security relations");
  await expect(page.getByRole("alert")).toContainText("This browser has no dataset “nordic-nato”");
  await expect(page).not.toHaveURL(/dataset=/);
});

test("importing a dataset whose id exists keeps both, renaming the new one", async ({ page }) => {
  await openApp(page);
  await importFixtures(page, "bundle.json");
  await expect(status(page)).toBeVisible();
  await importFixtures(page, "bundle.json");
  await expect(status(page)).toContainText('A dataset with the id "nordic-nato" exists already, so this one is kept as "nordic-nato-2".');
  await expect(page).toHaveURL(/dataset=nordic-nato-2/);
  await expect(datasetMenu(page).locator("option")).toHaveText(["Sahel security relations", "Nordic NATO accession (imported)", "Nordic NATO accession (2) (imported)"]);
});

test("a broken file changes nothing and the alert lists its problems with their location", async ({ page }) => {
  await openApp(page, "?from=2023&to=2024");
  const before = await tableRows(table(page));
  const url = page.url();

  await importFixtures(page, "bundle-syntax-error.json");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Could not import bundle-syntax-error.json: 1 problem. Nothing was changed.");
  await expect(alert).toContainText("bundle-syntax-error.json: invalid JSON at line 5, column 5");
  expect(page.url()).toBe(url);
  expect(await tableRows(table(page))).toEqual(before);

  await importFixtures(page, "relations-unknown-types.csv");
  await expect(alert).toContainText('relations-unknown-types.csv: rows 3, 4: type: unknown relation type "invaded"');

  // Many problems: every one is listed, once.
  const rows = Array.from({ length: 25 }, (_, i) => `a,b,invaded-${i},2020,S`).join("\n");
  await importInput(page).setInputFiles({ name: "many.csv", mimeType: "text/csv", buffer: Buffer.from(`source,target,type,date,citation\n${rows}\n`) });
  await expect(alert).toContainText("Could not import many.csv: 25 problems.");
  await expect(alert.getByRole("listitem")).toHaveCount(25);

  await importFixtures(page, "billion-laughs.gexf");
  await expect(alert).toContainText("XML entity declarations (<!ENTITY>) are not accepted");
  await alert.getByRole("button", { name: "Dismiss" }).click();
  await expect(alert).toHaveCount(0);

  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sahel security relations");
  expect(page.url()).toBe(url);
  expect(await tableRows(table(page))).toEqual(before);
});

test("a file over the size limit is refused with the limit stated", async ({ page }) => {
  await openApp(page);
  const dir = mkdtempSync(join(tmpdir(), "entente-"));
  const big = join(dir, "big.csv");
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024 + 1, 0x61));
  await importInput(page).setInputFiles(big);
  await expect(page.getByRole("alert")).toContainText("big.csv: is 50.0 MB: files larger than 50.0 MB are not imported");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sahel security relations");
});

test("hostile strings are shown as text: no script runs, no image is injected, no javascript: link", async ({ page }) => {
  await openApp(page);
  await importFixtures(page, "hostile.json");
  await expect(status(page)).toContainText("Imported “<img src=x onerror=window.__pwned=1> Hostile”");
  await waitForGraph(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("<img src=x onerror=window.__pwned=1> Hostile");
  const [row] = await tableRows(table(page));
  expect(row[1]).toBe("<img src=x onerror=window.__pwned=1>");
  expect(row[2]).toBe("<img src=x onerror=window.__pwned=1>met");
  await expect(page.locator('img[src="x"], [onerror], [onload], [onmouseover], script:not([src])')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  await expect(table(page).getByText("<b onmouseover=window.__pwned=1>source</b>")).toBeVisible(); // the title, as text, unlinked
  await expect(table(page).getByRole("link")).toHaveCount(0);
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
  expect(await pwned()).toBeUndefined();
  await page.reload(); // and again when it is read back from storage
  await waitForGraph(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Hostile");
  expect(await pwned()).toBeUndefined();
});

test("a large file is parsed off the main thread with a progress bar, and can be cancelled", async ({ page }) => {
  await openApp(page);
  const dir = mkdtempSync(join(tmpdir(), "entente-"));
  const big = join(dir, "large.csv");
  // Rows of an unknown type: should the import ever finish before "Cancel", it ends in an alert, not in a huge dataset.
  const row = "some-entity,other-entity,not-a-type,2020-01-01,https://example.org/a-long-citation-url,a quote that makes the row longer\n";
  writeFileSync(big, "source,target,type,date,citation,quote\n" + row.repeat(Math.floor((45 * 1024 * 1024) / row.length)));
  await importInput(page).setInputFiles(big);
  const progress = page.getByRole("progressbar", { name: "Import progress" });
  await expect(progress).toBeVisible();

  // The page still answers while the worker parses: the time slider moves.
  const to = page.getByRole("slider", { name: "To year" });
  await to.focus();
  await page.keyboard.press("ArrowLeft");
  await expect(to).toHaveAttribute("aria-valuenow", "2024");
  await expect(progress).toBeVisible();

  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "Import cancelled" })).toHaveText(/Import cancelled; nothing was changed\./);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sahel security relations");
  await expect(datasetMenu(page).locator("option")).toHaveCount(1);
});

test("runs under its Content Security Policy with no violation, which blocks inline script and other hosts", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await openApp(page);
  await importFixtures(page, "dynamic.gexf"); // the worker
  await expect(status(page)).toBeVisible();
  await waitForGraph(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export PNG" }).click();
  await page.getByRole("dialog", { name: "Export image" }).getByRole("button", { name: "Download PNG" }).click(); // a blob: download
  await download;
  await page.getByRole("slider", { name: "From year" }).focus();
  await page.keyboard.press("ArrowRight");
  await waitForGraph(page);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
  expect(violations).toEqual([]);

  // The policy is in force: an injected inline script does not run, a connection elsewhere is refused.
  const blocked = await page.evaluate(async () => {
    const s = document.createElement("script");
    s.textContent = "window.__inline = 1";
    document.head.append(s);
    const fetched = await fetch("http://127.0.0.1:9/").then(() => "fetched", (e: unknown) => String(e));
    return { inline: (window as unknown as { __inline?: number }).__inline, fetched };
  });
  expect(blocked.inline).toBeUndefined();
  expect(blocked.fetched).toMatch(/TypeError/);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.map((v) => v.split(" ")[0]))).toEqual(["script-src-elem", "connect-src"]);
});

test("a large dataset's force layout is computed once, then kept with it: a reload draws without laying it out again", async ({ page }) => {
  await openApp(page);
  const dir = mkdtempSync(join(tmpdir(), "entente-"));
  const file = join(dir, "crowd.csv");
  // 300 entities and 1,800 relations: past the size (2,000 of both) at which the layout runs in a worker.
  const rows = Array.from({ length: 1800 }, (_, i) => `e-${i % 300},e-${(i * 7 + 1) % 300},signed-mou,${2000 + (i % 20)}-01-01,https://example.org/${i},`);
  writeFileSync(file, "source,target,type,date,citation,quote\n" + rows.join("\n") + "\n");
  await importInput(page).setInputFiles(file);
  await expect(status(page)).toContainText("1800 relations");
  await expect(page.getByText("Laying out…")).toHaveCount(0, { timeout: 60_000 });
  await waitForGraph(page);
  const layouts = () => page.evaluate(() => performance.getEntriesByName("entente:layout").length);
  expect(await layouts()).toBe(1);
  await page.reload();
  await waitForGraph(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("crowd");
  expect(await layouts()).toBe(0);
});
