import { useMemo, useRef, useState, type ReactNode } from "react";
import type { Model } from "../model/graph";
import { exportFileName, snapshotText } from "../model/snapshot";
import { contentsInView, windowFromYears, yearRange } from "../model/window";
import { buildDisplayGraph } from "../render/displayGraph";
import { DEFAULT_PNG, downloadPng, renderSnapshot } from "../render/exportPng";
import { GraphView, type EntenteSigma } from "../render/GraphView";
import { useUrlView } from "../state/useUrlView";
import type { YearBounds } from "../state/view";
import { Legend } from "./Legend";
import { RelationsTable } from "./RelationsTable";
import { TimeSlider } from "./TimeSlider";

function boundsOf(model: Model): YearBounds {
  const range = yearRange(model) ?? { min: new Date().getUTCFullYear(), max: new Date().getUTCFullYear() };
  const view = model.dataset.meta.defaultView;
  return { min: Math.min(range.min, view?.from ?? range.min), max: Math.max(range.max, view?.to ?? range.max) };
}

/** `controls` (dataset menu, import) are shown in the header beside the exports. */
export function Explorer({ model, controls }: { model: Model; controls?: ReactNode }) {
  const bounds = useMemo(() => boundsOf(model), [model]);
  const defaults = model.dataset.meta.defaultView ?? { from: bounds.min, to: bounds.max };
  const [view, setView] = useUrlView(defaults, bounds);
  const contents = useMemo(() => contentsInView(model, windowFromYears(view.from, view.to)), [model, view.from, view.to]);
  const display = useMemo(() => buildDisplayGraph(model), [model]);
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
          {controls}
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
        <TimeSlider bounds={bounds} from={view.from} to={view.to} onChange={(from, to) => setView({ from, to })} />
      </div>
      <main className="workspace">
        <GraphView display={display} contents={contents} sigmaRef={sigmaRef} />
        <aside className="side">
          <Legend entityTypes={text.entityTypes} classes={text.classes} />
          <RelationsTable model={model} relations={contents.relations} />
        </aside>
      </main>
    </div>
  );
}
