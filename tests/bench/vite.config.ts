import react from "@vitejs/plugin-react";
import { resolve } from "node:path";
import { defineConfig } from "vite";
import { shippedDatasets } from "../../src/build/shippedDatasets";

/** The benchmark page (tests/bench/index.html), built on its own into dist-bench/: never part of the app's build. */
export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  // The shipped datasets, validated at build time as in the app (src/build/shippedDatasets.ts).
  plugins: [react(), shippedDatasets()],
  build: { outDir: resolve(import.meta.dirname, "../../dist-bench"), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: { fs: { allow: [resolve(import.meta.dirname, "../..")] } },
});
