import { useMemo, useRef, useState } from "react";
import type { Model } from "../model/graph";
import { exportFileName, snapshotText } from "../model/snapshot";
import { contentsInView, windowFromYears, yearRange } from "../model/window";
import { degreesInView } from "../model/degree";
import { buildDisplayGraph } from "../render/displayGraph";
import { DEFAULT_PNG, downloadPng, renderSnapshot } from "../render/exportPng";
import { GraphView, type EntenteSigma } from "../render/GraphView";
import { useLayoutPositions } from "../render/useLayoutPositions";
import { useUrlView } from "../state/useUrlView";
import type { YearBounds } from "../state/view";
import { LayoutSwitch } from "./LayoutSwitch";
import { Legend } from "./Legend";
import { RelationsTable } from "./RelationsTable";
import { TimeSlider } from "./TimeSlider";

function boundsOf(model: Model): YearBounds {
  const range = yearRange(model) ?? { min: new Date().getUTCFullYear(), max: new Date().getUTCFullYear() };
  const view = model.dataset.meta.defaultView;
  return { min: Math.min(range.min, view?.from ?? range.min), max: Math.max(range.max, view?.to ?? range.max) };
}

export function Explorer({ model }: { model: Model }) {
  const bounds = useMemo(() => boundsOf(model), [model]);
  const defaults = { ...(model.dataset.meta.defaultView ?? { from: bounds.min, to: bounds.max }), layout: "force" as const };
  const [view, setView] = useUrlView(defaults, bounds);
  const contents = useMemo(() => contentsInView(model, windowFromYears(view.from, view.to)), [model, view.from, view.to]);
  const positions = useLayoutPositions(model, view.layout);
  // Built once per dataset: later layouts move entities in place (LayoutController), keeping the renderer.
  const display = useMemo(() => buildDisplayGraph(model, positions), [model]);
  const degrees = useMemo(() => degreesInView(model.graph, contents.relations), [model, contents]);
  const maxDegree = useMemo(() => [...degrees.values()].reduce((a, b) => Math.max(a, b), 0), [degrees]);
  const text = useMemo(() => snapshotText(model, contents, view.from, view.to), [model, contents, view.from, view.to]);
  const sigmaRef = useRef<EntenteSigma | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function exportPng() {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    try {
      setError(null);
      const canvas = await renderSnapshot(sigma, text, DEFAULT_PNG);
      await downloadPng(canvas, exportFileName(model, view.from, view.to));
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return (
    <div className="app">
      <header className="top">
        <h1>
          Entente <span className="dataset-title">{model.dataset.meta.title}</span>
        </h1>
        <div className="actions">
          <button type="button" onClick={exportPng}>
            Export PNG
          </button>
        </div>
      </header>
      {error && (
        <div role="alert" className="alert">
          {error}
        </div>
      )}
      <div className="time">
        <TimeSlider bounds={bounds} from={view.from} to={view.to} onChange={(from, to) => setView({ ...view, from, to })} />
      </div>
      <main className="workspace">
        <GraphView model={model} display={display} contents={contents} degrees={degrees} positions={positions} layout={view.layout} sigmaRef={sigmaRef}>
          <LayoutSwitch layout={view.layout} onChange={(layout) => setView({ ...view, layout })} />
        </GraphView>
        <aside className="side">
          <Legend entityTypes={text.entityTypes} classes={text.classes} maxDegree={maxDegree} />
          <RelationsTable model={model} relations={contents.relations} />
        </aside>
      </main>
    </div>
  );
}
