/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { shippedDatasets } from "./src/build/shippedDatasets";

/** The dev server injects CSS as <style> elements, which the built app's policy (style-src 'self') forbids: allow them in dev only. */
const devStyles: Plugin = {
  name: "entente-dev-csp",
  apply: "serve",
  transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

export default defineConfig({
  plugins: [react(), devStyles, shippedDatasets()],
  // Relative asset paths so the built app also works from a sub-folder or file server.
  base: "./",
  server: { port: 5173 },
  preview: { port: 4173 },
  // The manifest lets a test add up what the first screen loads (tests/browser/initial-load.spec.ts).
  build: { chunkSizeWarningLimit: 2000, manifest: true },
  worker: { format: "es" },
  test: {
    include: ["src/**/*.test.ts", "tests/unit/**/*.test.ts"],
    environment: "node",
  },
});
