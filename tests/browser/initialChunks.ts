import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gzipSync } from "node:zlib";

const DIST = resolve(import.meta.dirname, "../../dist");

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** The built app's chunks by their manifest key (dist/.vite/manifest.json, written by `vite build`). */
export function readManifest(): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(resolve(DIST, ".vite/manifest.json"), "utf8"));
}

/** The JavaScript the page loads before any dynamic import: the entry and everything it imports statically. */
export function initialChunks(manifest = readManifest()): ManifestChunk[] {
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entry) throw new Error("the manifest names no entry");
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  visit(entry);
  return [...seen].map((k) => manifest[k]);
}

/** A built file's size once gzipped, in bytes (as served by a compressing server). */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(resolve(DIST, file)), { level: 9 }).length;
}
