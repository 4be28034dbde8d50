import { expect, type Locator, type Page } from "@playwright/test";
import { installPngDecoder, type PngDecoder } from "./helpers";

export const graph = (page: Page): Locator => page.getByRole("region", { name: "Graph" });

export interface Blob {
  color: string;
  x: number;
  y: number;
  area: number;
}

/**
 * Finds discs of exactly the given colours in a screenshot of the graph (connected pixels of one
 * colour, at least `minArea` of them): entity nodes, whose fill sigma draws in their exact colour.
 * Coordinates are CSS pixels inside the graph region.
 */
export async function findBlobs(page: Page, png: Buffer, colors: string[], minArea = 40): Promise<Blob[]> {
  await installPngDecoder(page);
  return page.evaluate(
    async ({ b64, colors, minArea }) => {
      const { data, width, height } = await (window as unknown as PngDecoder).decodePng(b64);
      const wanted = new Map(colors.map((c) => [parseInt(c.slice(1), 16), c]));
      const rgbAt = (i: number) => (data[4 * i] << 16) | (data[4 * i + 1] << 8) | data[4 * i + 2];
      const seen = new Uint8Array(width * height);
      const blobs: Array<{ color: string; x: number; y: number; area: number }> = [];
      for (let start = 0; start < width * height; start++) {
        if (seen[start] || !wanted.has(rgbAt(start))) continue;
        const rgb = rgbAt(start);
        const stack = [start];
        seen[start] = 1;
        let area = 0;
        let sx = 0;
        let sy = 0;
        while (stack.length) {
          const i = stack.pop()!;
          const x = i % width;
          const y = (i - x) / width;
          area++;
          sx += x;
          sy += y;
          for (const j of [x > 0 ? i - 1 : -1, x < width - 1 ? i + 1 : -1, i - width, i + width]) {
            if (j < 0 || j >= width * height || seen[j] || rgbAt(j) !== rgb) continue;
            seen[j] = 1;
            stack.push(j);
          }
        }
        if (area >= minArea) blobs.push({ color: wanted.get(rgb)!, x: sx / area + 0.5, y: sy / area + 0.5, area });
      }
      return blobs;
    },
    { b64: png.toString("base64"), colors, minArea },
  );
}

/** Pixels of exactly this colour in a screenshot. */
export async function countColor(page: Page, png: Buffer, color: string): Promise<number> {
  await installPngDecoder(page);
  return page.evaluate(
    async ({ b64, rgb }) => {
      const { data } = await (window as unknown as PngDecoder).decodePng(b64);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]) === rgb) n++;
      return n;
    },
    { b64: png.toString("base64"), rgb: parseInt(color.slice(1), 16) },
  );
}

/**
 * A screenshot of the graph once it has stopped changing (camera animations have finished). The
 * controls over it are masked: their colours (the accent is the country blue) are not the graph's.
 */
export async function stableShot(page: Page): Promise<Buffer> {
  const shoot = () =>
    graph(page).screenshot({
      animations: "disabled",
      mask: [page.getByRole("radiogroup", { name: "Layout" }), graph(page).getByRole("button")],
      maskColor: "#ff00ff",
    });
  let previous = await shoot();
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(100);
    const next = await shoot();
    if (next.equals(previous)) return next;
    previous = next;
  }
  throw new Error("the graph did not settle");
}

/** Moves the pointer to a point inside the graph region and returns the tooltip's text then (or null). */
export async function hoverAt(page: Page, x: number, y: number, box?: { x: number; y: number }): Promise<string | null> {
  const origin = box ?? (await graph(page).boundingBox())!;
  await page.mouse.move(origin.x + x, origin.y + y);
  return page.evaluate(async () => {
    // sigma handles the move at once; React has shown the tooltip by the next frame.
    await new Promise((r) => requestAnimationFrame(r));
    return document.querySelector('[role="tooltip"]')?.textContent ?? null;
  });
}

/** Moves the pointer off the graph (to the page header), so nothing is hovered. */
export async function leaveGraph(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await expect(page.getByRole("tooltip")).toHaveCount(0);
}

/**
 * Where each entity is drawn: nodes are found by colour in a screenshot, then identified by the
 * tooltip that hovering each one shows (its label comes first). No hook into the app is needed.
 */
export async function locateEntities(page: Page, colors: string[], labels: string[]): Promise<Map<string, { x: number; y: number; area: number }>> {
  const shot = await stableShot(page);
  const found = new Map<string, { x: number; y: number; area: number }>();
  for (const blob of await findBlobs(page, shot, colors)) {
    const text = await hoverAt(page, blob.x, blob.y);
    // Longest first: "Nigeria…" also starts with "Niger".
    const label = [...labels].sort((a, b) => b.length - a.length).find((l) => text?.startsWith(l));
    if (label && !found.has(label)) found.set(label, blob);
  }
  await leaveGraph(page);
  return found;
}

/**
 * Scans lines across the segment between two entities (its perpendicular bisector, where their
 * curves are furthest apart, and more lines either side in case other relations cross a curve
 * right there; the outer ones are only scanned while some relation is still missing) and returns
 * every tooltip met: one per relation drawn between them.
 */
export async function tooltipsBetween(
  page: Page,
  a: { x: number; y: number },
  b: { x: number; y: number },
  enough: (seen: Set<string>) => boolean = () => false,
): Promise<Set<string>> {
  const box = (await graph(page).boundingBox())!;
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
  const seen = new Set<string>();
  for (const f of [0.5, 0.38, 0.62, 0.3, 0.7]) {
    if (enough(seen)) break;
    const at = { x: a.x + f * (b.x - a.x), y: a.y + f * (b.y - a.y) };
    for (let t = -0.45 * length; t <= 0.45 * length && !enough(seen); t += 1) {
      const text = await hoverAt(page, at.x + t * normal.x, at.y + t * normal.y, box);
      if (text) seen.add(text);
    }
  }
  await leaveGraph(page);
  return seen;
}

/** Points (in the graph's own coordinates) where two screenshots of the graph differ, every `step` pixels at most. */
export async function changedPoints(page: Page, before: Buffer, after: Buffer, step = 3): Promise<{ x: number; y: number }[]> {
  await installPngDecoder(page);
  return page.evaluate(
    async ([a, b, step]) => {
      const { decodePng } = window as unknown as PngDecoder;
      const [p, q] = [await decodePng(a as string), await decodePng(b as string)];
      const ratio = p.width / document.querySelector('[aria-label="Graph"]')!.getBoundingClientRect().width;
      const out: { x: number; y: number }[] = [];
      for (let y = 0; y < p.height; y += step as number)
        for (let x = 0; x < p.width; x += step as number) {
          const i = (y * p.width + x) * 4;
          if (Math.abs(p.data[i] - q.data[i]) + Math.abs(p.data[i + 1] - q.data[i + 1]) + Math.abs(p.data[i + 2] - q.data[i + 2]) > 60) out.push({ x: x / ratio, y: y / ratio });
        }
      return out;
    },
    [before.toString("base64"), after.toString("base64"), step] as const,
  );
}
