import { expect, test, type Page } from "@playwright/test";
import { readdirSync, readFileSync } from "node:fs";
import { layoutOrder, WORKER_THRESHOLD, type LayoutInput } from "../../src/model/layout/layout";
import { forceLayout, forceLayoutOf } from "../../src/model/layout/forceLayout";
import { buildModel } from "../../src/model/dataset/graph";
import { parseBundle } from "../../src/model/import/bundle";
import { sahelModel } from "../fixtures/sahel";
import { CLASS_COLORS, CLASS_LABELS, ENTITY_COLORS, MAP_COLORS } from "../../src/render/style/style";
import { countColor, graph, hoverAt, leaveGraph, locateEntities, stableShot, tooltipsBetween } from "./graph-helpers";
import { installPngDecoder, openApp, waitForGraph, type PngDecoder } from "./helpers";

const entities: Array<{ id: string; label: string }> = JSON.parse(readFileSync("graph-data/sahel/entities.json", "utf8"));
const relations: Array<{ id: string; source: string; target: string; label: string; date?: string; start?: string; end?: string; citations: Array<{ source: string }> }> = JSON.parse(
  readFileSync("graph-data/sahel/relations.json", "utf8"),
);
const labelOf = (id: string) => entities.find((e) => e.id === id)!.label;
const sentence = (r: (typeof relations)[number]) => `${labelOf(r.source)} ${r.label} ${labelOf(r.target)}`;
/** Relations between two entities, either direction, in the default window 2023–2025. */
const between = (a: string, b: string) =>
  relations.filter((r) => ((r.source === a && r.target === b) || (r.source === b && r.target === a)) && (r.date ?? r.start)! >= "2023");

const labels = entities.map((e) => e.label);
/** Relations of an entity that touch the default window, 2023–2025 (dates compare as text at year precision). */
const inDefaultWindow = (id: string) =>
  relations.filter((r) => (r.source === id || r.target === id) && (r.date ?? r.start)! < "2026" && (r.date ?? r.end ?? "9999") >= "2023").length;

// Entities are found on screen by colour and tooltip: a roomy viewport keeps them apart.
test.use({ viewport: { width: 1600, height: 1100 } });
/** Stops a scan once a tooltip has been met for each of these relations. */
const allOf = (expected: typeof relations) => (seen: Set<string>) => expected.every((r) => [...seen].some((t) => t.startsWith(sentence(r))));

async function locate(page: Page, ...ids: string[]) {
  const found = await locateEntities(page, Object.values(ENTITY_COLORS), labels);
  return ids.map((id) => {
    const at = found.get(labelOf(id));
    expect(at, `${id} is drawn`).toBeTruthy();
    return at!;
  });
}

test.describe("relations on screen", () => {
  test("parallel relations are separate curves: each of Turkey–Niger's and France–Niger's can be hovered on its own", async ({ page }) => {
    test.setTimeout(180_000);
    await openApp(page);
    const [turkey, france, niger] = await locate(page, "turkey", "france", "niger");
    for (const [other, at] of [["turkey", turkey], ["france", france]] as const) {
      const expected = between(other, "niger");
      // Both directions occur: Niger→Turkey and Turkey→Niger, Niger→France and France→Niger.
      expect(new Set(expected.map((r) => r.source)).size).toBe(2);
      const seen = [...(await tooltipsBetween(page, at, niger, allOf(expected)))];
      for (const r of expected) expect(seen.some((t) => t.startsWith(sentence(r))), `${sentence(r)} in ${JSON.stringify(seen)}`).toBe(true);
    }
  });

  test("hovering a relation shows its label, date and citation in a tooltip", async ({ page }) => {
    test.setTimeout(180_000);
    await openApp(page);
    const [nigeria, niger] = await locate(page, "nigeria", "niger");
    const seen = [...(await tooltipsBetween(page, nigeria, niger, allOf(between("nigeria", "niger"))))];
    // Five Nigeria→Niger relations in one direction: five curves, five tooltips.
    for (const r of between("nigeria", "niger")) expect(seen.some((t) => t.startsWith(sentence(r))), sentence(r)).toBe(true);
    const mou = seen.find((t) => t.startsWith("Nigeria signed security cooperation MOU with Niger"))!;
    expect(mou).toContain("2024-08-28");
    const citation = JSON.parse(readFileSync("graph-data/sahel/sources.json", "utf8")).find(
      (s: { id: string }) => s.id === relations.find((r) => r.id === "nigeria-niger-mou-2024")!.citations[0].source,
    );
    expect(mou).toContain(citation.title);
    // The quote is there, cut at a word with an ellipsis when long.
    expect(mou.length).toBeLessThan(sentence(relations.find((r) => r.id === "nigeria-niger-mou-2024")!).length + 400);
  });

  test("the tooltip is a role=tooltip element at the pointer, and goes when the pointer leaves", async ({ page }) => {
    await openApp(page);
    const [chad] = await locate(page, "chad");
    const text = await hoverAt(page, chad.x, chad.y);
    const count = inDefaultWindow("chad");
    expect(text).toMatch(new RegExp(`^Chad\\s*Country · ${count} relations? in view$`));
    const box = (await page.getByRole("tooltip").boundingBox())!;
    const region = (await graph(page).boundingBox())!;
    const pointer = { x: region.x + chad.x, y: region.y + chad.y };
    const gap = Math.hypot(Math.max(box.x - pointer.x, 0, pointer.x - box.x - box.width), Math.max(box.y - pointer.y, 0, pointer.y - box.y - box.height));
    expect(gap).toBeGreaterThan(5);
    expect(gap).toBeLessThan(30);
    await leaveGraph(page);
  });
});

test.describe("hover", () => {
  test("hovering an entity keeps it and its neighbours and dims the rest; leaving restores the picture", async ({ page }) => {
    await openApp(page);
    // The AES unified force's only relation in view is its launch by the Alliance of Sahel States.
    expect(inDefaultWindow("aes-unified-force")).toBe(1);
    const [force, aes] = await locate(page, "aes-unified-force", "aes");
    const before = await stableShot(page);
    const count = (shot: Buffer, type: keyof typeof ENTITY_COLORS) => countColor(page, shot, ENTITY_COLORS[type]);
    await hoverAt(page, force.x, force.y);
    const during = await stableShot(page);
    // Both keep their colour...
    expect(await count(during, "military-force")).toBeGreaterThan(force.area * 0.8);
    expect(await count(during, "alliance")).toBeGreaterThan(aes.area * 0.8);
    // ...while every country, and the other military forces (MNJTF, Africa Corps, MINUSMA: not neighbours), dim.
    expect(await count(before, "country")).toBeGreaterThan(2000);
    expect(await count(during, "country")).toBe(0);
    expect(await count(during, "military-force")).toBeLessThan((await count(before, "military-force")) - 50);
    await leaveGraph(page);
    expect((await stableShot(page)).equals(before)).toBe(true);
  });
});

test.describe("colours and sizes", () => {
  test("node sizes follow relations in view: Niger is drawn bigger than Chad", async ({ page }) => {
    await openApp(page);
    const [niger, chad] = await locate(page, "niger", "chad");
    expect(niger.area).toBeGreaterThan(chad.area * 3);
  });

  test("the legend explains every relation colour in view and what sizes mean", async ({ page }) => {
    await openApp(page);
    const legend = page.getByRole("region", { name: "Legend" });
    for (const cls of Object.keys(CLASS_COLORS) as Array<keyof typeof CLASS_LABELS>) await expect(legend).toContainText(CLASS_LABELS[cls]);
    await expect(legend).toContainText(/Size: relations in view \(1–\d+\)/);
    // Cooperation green, conflict red; verbal lighter than material.
    const lightness = (hex: string) => [1, 3, 5].reduce((s, i) => s + parseInt(hex.slice(i, i + 2), 16), 0);
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    for (const c of ["verbal-cooperation", "material-cooperation"] as const) expect(rgb(CLASS_COLORS[c])[1]).toBeGreaterThan(rgb(CLASS_COLORS[c])[0]);
    for (const c of ["verbal-conflict", "material-conflict"] as const) expect(rgb(CLASS_COLORS[c])[0]).toBeGreaterThan(rgb(CLASS_COLORS[c])[1]);
    expect(lightness(CLASS_COLORS["verbal-cooperation"])).toBeGreaterThan(lightness(CLASS_COLORS["material-cooperation"]));
    expect(lightness(CLASS_COLORS["verbal-conflict"])).toBeGreaterThan(lightness(CLASS_COLORS["material-conflict"]));
  });
});

test.describe("layouts", () => {
  test("layout=map in the URL draws entities over country outlines; force has none", async ({ page }) => {
    await openApp(page, "?layout=map");
    await expect(page.getByRole("radio", { name: "Map" })).toBeChecked();
    const map = await stableShot(page);
    const region = (await graph(page).boundingBox())!;
    expect(await countColor(page, map, MAP_COLORS.land)).toBeGreaterThan(region.width * region.height * 0.1);
    expect(await countColor(page, map, MAP_COLORS.border)).toBeGreaterThan(200);
    await expect(page.getByText("Map: Natural Earth")).toBeVisible();

    await openApp(page, "?layout=force");
    await expect(page.getByRole("radio", { name: "Force" })).toBeChecked();
    const force = await stableShot(page);
    expect(await countColor(page, force, MAP_COLORS.land)).toBe(0);
    expect(force.equals(map)).toBe(false);
  });

  test("an invalid layout falls back to force without an error", async ({ page }) => {
    await openApp(page, "?layout=globe");
    await expect(page.getByRole("radio", { name: "Force" })).toBeChecked();
    await expect(page.getByRole("alert")).toHaveCount(0);
  });

  test("the Layout control switches layouts without touching the window, and back to the same picture", async ({ page }) => {
    await openApp(page, "?from=2023&to=2024");
    const force = await stableShot(page);
    await page.getByRole("radiogroup", { name: "Layout" }).getByRole("radio", { name: "Map" }).check();
    await waitForGraph(page);
    await expect(page).toHaveURL(/layout=map/);
    await expect(page).toHaveURL(/from=2023&to=2024/);
    await expect(page.getByRole("slider", { name: "From year" })).toHaveAttribute("aria-valuenow", "2023");
    await expect(page.getByRole("slider", { name: "To year" })).toHaveAttribute("aria-valuenow", "2024");
    const map = await stableShot(page);
    expect(await countColor(page, map, MAP_COLORS.land)).toBeGreaterThan(1000);
    await page.getByRole("radio", { name: "Force" }).check();
    await waitForGraph(page);
    await expect(page).toHaveURL(/layout=force/);
    expect((await stableShot(page)).equals(force)).toBe(true);
  });

  test("moving the window never moves an entity, in either layout", async ({ page }) => {
    for (const layout of ["force", "map"]) {
      await openApp(page, `?layout=${layout}`);
      const before = await locateEntities(page, [ENTITY_COLORS["armed-group"]], labels);
      const to = page.getByRole("slider", { name: "To year" });
      await to.focus();
      await page.keyboard.press("ArrowLeft");
      await page.keyboard.press("ArrowLeft");
      await expect(to).toHaveAttribute("aria-valuenow", "2023");
      await waitForGraph(page);
      const after = await locateEntities(page, [ENTITY_COLORS["armed-group"]], labels);
      const a = before.get("Boko Haram")!;
      const b = after.get("Boko Haram")!;
      expect(Math.hypot(a.x - b.x, a.y - b.y), layout).toBeLessThan(0.5);
    }
  });
});

test("the shipped dataset is drawn at its force layout, computed at build time; an import loads the layout's code and lays out", async ({ page }) => {
  const positionsOnScreen = () => page.evaluate(() => (window as unknown as { ententeEntityPositions: () => Record<string, { x: number; y: number }> }).ententeEntityPositions());
  const asRecord = (positions: Map<string, { x: number; y: number }>) => Object.fromEntries(positions);
  const fetched: string[] = [];
  page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
  const forceLayoutCode = () => fetched.filter((f) => /\/forceLayout-[^/]*\.js$/.test(f));

  await openApp(page);
  expect(await positionsOnScreen()).toEqual(asRecord(forceLayout(sahelModel().graph)));
  expect(forceLayoutCode()).toEqual([]);

  // A small import (under the worker threshold) has no kept layout: the force layout's code loads and lays it out.
  await page.getByLabel("Import data").setInputFiles("tests/fixtures/bundle.json");
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toBeVisible();
  await waitForGraph(page);
  const imported = parseBundle(readFileSync("tests/fixtures/bundle.json", "utf8"), "bundle.json", readFileSync("graph-data/relation-types.json", "utf8"));
  if (!imported.ok) throw new Error("the fixture imports");
  expect(await positionsOnScreen()).toEqual(asRecord(forceLayout(buildModel(imported.dataset).graph)));
  expect(forceLayoutCode()).toHaveLength(1);
});

test("the built layout worker gives exactly the positions of the synchronous force layout", async ({ page }) => {
  // A dataset past the worker threshold: a random graph from a fixed seed.
  let seed = 42;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const nodes = Array.from({ length: 400 }, (_, i) => `e${i}`);
  const edges = Array.from({ length: 1700 }, () => [nodes[Math.floor(random() * 400)], nodes[Math.floor(random() * 400)]] as [string, string]);
  const input: LayoutInput = { nodes, edges };
  expect(nodes.length + edges.length).toBeGreaterThan(WORKER_THRESHOLD);
  const expected = Object.fromEntries([...forceLayoutOf(input)].map(([id, p]) => [id, [p.x, p.y]]));

  await openApp(page);
  const worker = readdirSync("dist/assets").find((f) => /^layout\.worker-.*\.js$/.test(f));
  expect(worker, "the build emits the layout worker").toBeTruthy();
  // The worker streams drafts, then its result: positions in layoutOrder, x and y per entity.
  const ids = layoutOrder(nodes);
  const actual = await page.evaluate(
    ({ url, input, ids }) =>
      new Promise<Record<string, [number, number]>>((resolve, reject) => {
        const w = new Worker(url, { type: "module" });
        w.onerror = (e) => reject(new Error(e.message));
        w.onmessage = (e: MessageEvent<{ type: "batch" | "done"; xy: Float64Array }>) => {
          if (e.data.type !== "done") return;
          resolve(Object.fromEntries(ids.map((id, i) => [id, [e.data.xy[2 * i], e.data.xy[2 * i + 1]] as [number, number]])));
          w.terminate();
        };
        w.postMessage({ input, everyMs: 50 });
      }),
    { url: `/assets/${worker}`, input, ids },
  );
  expect(actual).toEqual(expected);
});

test.describe("camera", () => {
  test("Zoom in, Zoom out and Fit to view move the camera; Fit to view restores the initial view", async ({ page }) => {
    await openApp(page);
    const initial = await stableShot(page);
    const [mali, niger] = await locate(page, "mali", "niger");
    await page.getByRole("button", { name: "Zoom in" }).click();
    await leaveGraph(page);
    const zoomed = await stableShot(page);
    expect(zoomed.equals(initial)).toBe(false);
    const [mali2, niger2] = await locate(page, "mali", "niger");
    // Zooming in by 1.5 spreads entities 1.5 times further apart on screen.
    expect(Math.hypot(mali2.x - niger2.x, mali2.y - niger2.y) / Math.hypot(mali.x - niger.x, mali.y - niger.y)).toBeCloseTo(1.5, 1);

    await page.getByRole("button", { name: "Zoom out" }).click();
    await page.getByRole("button", { name: "Zoom out" }).click();
    await leaveGraph(page);
    const out = await stableShot(page);
    expect(out.equals(initial)).toBe(false);
    expect(out.equals(zoomed)).toBe(false);

    await page.getByRole("button", { name: "Fit to view" }).click();
    await leaveGraph(page);
    expect((await stableShot(page)).equals(initial)).toBe(true);
  });

  test("the initial view leaves room for every label: none is cut at the right edge", async ({ page }) => {
    await openApp(page);
    const shot = await stableShot(page);
    // The strip along the right edge, above the zoom buttons, holds no label ink (dark text pixels).
    await installPngDecoder(page);
    const dark = await page.evaluate(async (b64) => {
      const { data, width, height } = await (window as unknown as PngDecoder).decodePng(b64);
      let n = 0;
      for (let y = 0; y < height - 180; y++)
        for (let x = width - 50; x < width; x++) {
          const i = 4 * (y * width + x);
          if (data[i] + data[i + 1] + data[i + 2] < 150) n++;
        }
      return n;
    }, shot.toString("base64"));
    expect(dark).toBe(0);
  });

  test("Full screen shows the graph section full screen and toggles back", async ({ page }) => {
    await openApp(page);
    const button = page.getByRole("button", { name: "Full screen" });
    await expect(button).toHaveAttribute("aria-pressed", "false");
    await button.click();
    await expect(button).toHaveAttribute("aria-pressed", "true");
    expect(await page.evaluate(() => document.fullscreenElement?.getAttribute("aria-label"))).toBe("Graph");
    await expect
      .poll(async () => (await graph(page).boundingBox())!.width)
      .toBe(await page.evaluate(() => window.innerWidth));
    // Still a drawn graph, framed for the new size, with its controls.
    await leaveGraph(page);
    const [niger] = await locate(page, "niger");
    expect(niger.x).toBeGreaterThan(0);
    await expect(page.getByRole("button", { name: "Zoom in" })).toBeVisible();
    await button.click();
    await expect(button).toHaveAttribute("aria-pressed", "false");
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  });
});

test.describe("screenshots", () => {
  for (const layout of ["force", "map"]) {
    test(`the default view in the ${layout} layout looks as approved`, async ({ page }) => {
      await openApp(page, `?layout=${layout}`);
      await leaveGraph(page);
      // SwiftShader draws the same pixels every run, so compare exactly: Playwright's default
      // per-pixel threshold (0.2) would even accept a map without its pale land fill.
      await expect(graph(page)).toHaveScreenshot(`graph-${layout}.png`, { threshold: 0, maxDiffPixels: 0 });
    });
  }
});
