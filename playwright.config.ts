import { defineConfig } from "@playwright/test";

const port = Number(process.env.PORT ?? 4173);

/** Browser tests drive the built app in Debian's Chromium (Playwright's own browser download cannot work here). */
export default defineConfig({
  testDir: "tests/browser",
  outputDir: "test-results/artifacts",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  // One retry in CI: a few tests time the main thread or race two tabs on a shared 2-core machine. A test that
  // passes only on retry is reported as flaky by name (tests/run-all.mjs), not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: "test-results/browser.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--enable-unsafe-swiftshader"],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
