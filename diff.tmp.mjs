// usage: node /tmp/diff.mjs a.png b.png  (uses chromium to decode)
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
const [a, b] = process.argv.slice(2).map((f) => readFileSync(f).toString("base64"));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
const r = await page.evaluate(async ([a, b]) => {
  const load = async (s) => { const i = new Image(); i.src = "data:image/png;base64," + s; await i.decode(); const c = document.createElement("canvas"); c.width = i.naturalWidth; c.height = i.naturalHeight; const x = c.getContext("2d"); x.drawImage(i, 0, 0); return x.getImageData(0, 0, c.width, c.height); };
  const A = await load(a), B = await load(b);
  if (A.width !== B.width || A.height !== B.height) return { size: [A.width, A.height, B.width, B.height] };
  let n = 0, minx = 1e9, miny = 1e9, maxx = -1, maxy = -1, maxd = 0;
  for (let i = 0; i < A.data.length; i += 4) { const d = Math.max(...[0,1,2].map(k => Math.abs(A.data[i+k]-B.data[i+k]))); if (d) { n++; const p = i/4, x = p % A.width, y = (p - x)/A.width; minx = Math.min(minx,x); maxx=Math.max(maxx,x); miny=Math.min(miny,y); maxy=Math.max(maxy,y); maxd=Math.max(maxd,d);} }
  return { n, bbox: [minx, miny, maxx, maxy], maxd };
}, [a, b]);
console.log(JSON.stringify(r));
await browser.close();
