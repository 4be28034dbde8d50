import { useEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import sharedTypes from "../../graph-data/relation-types.json?raw";
import { datasetTexts, generateDataset } from "../../src/model/dataset/generate";
import { degreesInView } from "../../src/model/frame/degree";
import { buildModel, type Model } from "../../src/model/dataset/graph";
import { validateDataset } from "../../src/model/dataset/validate";
import { buildDisplayGraph } from "../../src/render/graph/displayGraph";
import { GraphView } from "../../src/render/graph/GraphView";
import { useCuratedSource } from "../../src/render/graph/curatedSource";
import type { EntenteSigma } from "../../src/render/graph/sigmaSettings";
import { forceLayout } from "../../src/model/layout/forceLayout";
import { loadShippedDataset } from "../../src/state/datasets/shippedDatasets";
import { useTimeView } from "../../src/state/view/useTimeView";
import { Explorer } from "../../src/ui/explorer/Explorer";
import "../../src/ui/app/app.css";

/**
 * Benchmark page. `?relations=N` generates a dataset (as `npm run bench` does in Node) and loads it
 * through the same validation and model; `?dataset=sahel` loads the shipped one instead.
 * `view=app` shows the whole explorer; `view=graph` only the GraphView, with `refresh=partial|full`,
 * and exposes `window.bench.step(years)`: the time from a window step to the drawn frame.
 */
const params = new URLSearchParams(location.search);
const NO_SELECTION = {};

declare global {
  interface Window {
    bench?: { sigma?: () => EntenteSigma | null; drawOnly?: () => number; ready: boolean; loadMs: number; step: (years: number) => Promise<{ drawn: number; mainThread: number }> };
  }
}

async function load(): Promise<{ model: Model; loadMs: number }> {
  if (params.get("dataset") === "sahel") {
    const t = performance.now();
    const { model } = await loadShippedDataset("sahel");
    return { model, loadMs: performance.now() - t };
  }
  const texts = datasetTexts(generateDataset(JSON.parse(sharedTypes), { relations: Number(params.get("relations") ?? 50_000), seed: 1 }));
  const t = performance.now();
  const result = validateDataset(texts, { sharedRelationTypes: sharedTypes });
  if (!result.ok) throw new Error(result.problems[0].message);
  return { model: buildModel(result.dataset), loadMs: performance.now() - t };
}

/** Forces the GPU to finish drawing: reading one pixel waits for every queued WebGL command. */
function finishGpu(): void {
  for (const canvas of document.querySelectorAll("canvas")) {
    const gl = canvas.getContext("webgl2") ?? canvas.getContext("webgl");
    if (gl) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
  }
}

const ignore = () => {};

function GraphBench({ model, refresh }: { model: Model; refresh: "partial" | "full" }) {
  const [from, setFrom] = useState(Number(params.get("from") ?? 1995));
  const view = useTimeView(model, { from, to: from + 4, layout: "force" });
  // The app's ForceAtlas2 with fewer iterations than its 300: layout time is not what this page measures.
  const positions = useMemo(() => forceLayout(model.graph, 40), [model]);
  const display = useMemo(() => buildDisplayGraph(model, positions), [model, positions]);
  const degrees = useMemo(() => degreesInView(model.graph, view.contents.relations), [model, view]);
  const sigmaRef = useRef<EntenteSigma | null>(null);
  const source = useCuratedSource({ model, display, view, degrees, positions, layout: "force", selection: NO_SELECTION, fadeMs: 0, refresh });
  useEffect(() => {
    window.bench = {
      sigma: () => sigmaRef.current,
      // Drawing the same frame again, nothing changed: what the GPU (software here) costs on its own.
      drawOnly: () => {
        finishGpu();
        const t0 = performance.now();
        sigmaRef.current!.refresh({ partialGraph: {}, skipIndexation: true });
        finishGpu();
        return performance.now() - t0;
      },
      ready: true,
      loadMs: 0,
      step: (years) =>
        new Promise((resolve) => {
          const section = document.querySelector('section[aria-label="Graph"]')!;
          const t0 = performance.now();
          const observer = new MutationObserver(() => {
            if (section.getAttribute("aria-busy") !== "false") return;
            observer.disconnect();
            // Draw calls are issued (main thread done); then wait for the GPU to have drawn them.
            const submitted = performance.now();
            finishGpu();
            resolve({ drawn: performance.now() - t0, mainThread: submitted - t0 });
          });
          observer.observe(section, { attributes: true, attributeFilter: ["aria-busy"] });
          flushSync(() => setFrom((f) => f + years));
        }),
    };
  }, []);
  return (
    <div className="app">
      {/* Same room for the graph as in the explorer: the side panel's width and the time bar's height. */}
      <div style={{ height: 150 }} />
      <main className="workspace">
        <GraphView source={source} sigmaRef={sigmaRef} theme="light" camera={null} onSelect={ignore} />
        <aside className="side" />
      </main>
    </div>
  );
}

const root = createRoot(document.getElementById("root")!);
load().then(
  ({ model, loadMs }) => {
    const refresh = params.get("refresh") === "full" ? "full" : "partial";
    root.render(params.get("view") === "graph" ? <GraphBench model={model} refresh={refresh} /> : <Explorer model={model} />);
    // Explorer pages get a bench object too, for the load time.
    window.bench = window.bench ?? { ready: true, loadMs, step: () => Promise.reject(new Error("view=graph only")) };
    window.bench.loadMs = loadMs;
  },
  (e: unknown) => root.render(<p role="alert">{String(e)}</p>),
);
