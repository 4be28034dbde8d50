import { useDeferredValue, useMemo, useRef, useState } from "react";
import type { Model } from "../model/graph";
import { exportFileName, snapshotText } from "../model/snapshot";
import { yearRange } from "../model/window";
import { buildDisplayGraph } from "../render/displayGraph";
import { DEFAULT_PNG, downloadPng, renderSnapshot } from "../render/exportPng";
import { GraphView, type EntenteSigma } from "../render/GraphView";
import { useTimeView } from "../state/useTimeView";
import { useUrlView } from "../state/useUrlView";
import type { YearBounds } from "../state/view";
import { Legend } from "./Legend";
import { RelationsTable } from "./RelationsTable";
import { TimeControls } from "./TimeControls";

function boundsOf(model: Model): YearBounds {
  const range = yearRange(model) ?? { min: new Date().getUTCFullYear(), max: new Date().getUTCFullYear() };
  const view = model.dataset.meta.defaultView;
  return { min: Math.min(range.min, view?.from ?? range.min), max: Math.max(range.max, view?.to ?? range.max) };
}

export function Explorer({ model }: { model: Model }) {
  const bounds = useMemo(() => boundsOf(model), [model]);
  const defaults = model.dataset.meta.defaultView ?? { from: bounds.min, to: bounds.max };
  const [playing, setPlaying] = useState(false);
  // While playing, the URL is written once playback stops.
  const [view, setView] = useUrlView(defaults, bounds, playing);
  const update = useTimeView(model, view);
  // The graph follows each step at once; the table and legend catch up without holding it back.
  const shown = useDeferredValue(update);
  const display = useMemo(() => buildDisplayGraph(model), [model]);
  const text = useMemo(() => snapshotText(model, shown.contents, view.from, view.to), [model, shown, view.from, view.to]);
  const table = useMemo(() => <RelationsTable model={model} relations={shown.contents.relations} marks={shown.marks} />, [model, shown]);
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
        <TimeControls model={model} bounds={bounds} view={view} update={update} onChange={setView} playing={playing} onPlayingChange={setPlaying} />
      </div>
      <main className="workspace">
        <GraphView display={display} view={update} pending={shown !== update} sigmaRef={sigmaRef} />
        <aside className="side">
          <Legend entityTypes={text.entityTypes} classes={text.classes} />
          {table}
        </aside>
      </main>
    </div>
  );
}
