import { chromium } from "@playwright/test";
import { readFileSync, writeFileSync } from "node:fs";
const [src, out, sx, sy, sw, sh, dw, dh] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage();
const data = await page.evaluate(async ({ b64, c }) => {
  const img = new Image(); img.src = `data:image/png;base64,${b64}`; await img.decode();
  const cv = document.createElement("canvas"); cv.width = c[4]; cv.height = c[5];
  const ctx = cv.getContext("2d"); ctx.fillStyle = "#c8c8c8"; ctx.fillRect(0, 0, cv.width, cv.height);
  ctx.drawImage(img, c[0], c[1], c[2], c[3], 0, 0, c[4], c[5]);
  return cv.toDataURL("image/png").split(",")[1];
}, { b64: readFileSync(src).toString("base64"), c: [sx, sy, sw, sh, dw, dh].map(Number) });
writeFileSync(out, Buffer.from(data, "base64"));
await browser.close();
