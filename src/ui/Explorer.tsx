import { useMemo, useRef } from "react";
import type { Model } from "../model/graph";
import { exportFileName, snapshotText } from "../model/snapshot";
import { contentsInView, windowFromYears, yearRange } from "../model/window";
import { buildDisplayGraph } from "../render/displayGraph";
import { GraphView, type EntenteSigma } from "../render/GraphView";
import { useUrlView } from "../state/useUrlView";
import type { YearBounds } from "../state/view";
import { DataExport } from "./DataExport";
import { ExportDialog } from "./ExportDialog";
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
  const defaults = model.dataset.meta.defaultView ?? { from: bounds.min, to: bounds.max };
  const [view, setView] = useUrlView(defaults, bounds);
  const contents = useMemo(() => contentsInView(model, windowFromYears(view.from, view.to)), [model, view.from, view.to]);
  const display = useMemo(() => buildDisplayGraph(model), [model]);
  const text = useMemo(() => snapshotText(model, contents, view.from, view.to), [model, contents, view.from, view.to]);
  const sigmaRef = useRef<EntenteSigma | null>(null);
  return (
    <div className="app">
      <header className="top">
        <h1>
          Entente <span className="dataset-title">{model.dataset.meta.title}</span>
        </h1>
        <div className="actions">
          <DataExport model={model} contents={contents} from={view.from} to={view.to} caption={text.caption} sigmaRef={sigmaRef} />
          <ExportDialog sigmaRef={sigmaRef} text={text} fileName={exportFileName(model, view.from, view.to)} />
        </div>
      </header>
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
