import react from "@vitejs/plugin-react";
import { resolve } from "node:path";
import { defineConfig } from "vite";

/** The benchmark page (tests/bench/index.html), built on its own into dist-bench/: never part of the app's build. */
export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  plugins: [react()],
  build: { outDir: resolve(import.meta.dirname, "../../dist-bench"), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: { fs: { allow: [resolve(import.meta.dirname, "../..")] } },
});
