// `npm run screenshot -- <url> <out.png> [width] [height] [light|dark]`: a picture of the app as a user
// sees it, once sigma has drawn (used for the README and for looking at changes).
import { chromium } from "@playwright/test";

const [url = "http://127.0.0.1:4173/", out = "tests/browser/screenshots/app.png", w = "1400", h = "860", scheme = "light"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-background-networking"] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, colorScheme: scheme });
await page.goto(url);
await page.waitForSelector('section[aria-label="Graph"][aria-busy="false"]', { timeout: 30_000 });
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
