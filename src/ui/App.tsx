import { useEffect, useState } from "react";
import type { Model } from "../model/graph";
import { DEFAULT_DATASET, loadShippedDataset } from "../state/shippedDatasets";
import { Explorer } from "./Explorer";

/** Loads the dataset, then hands it to the explorer; a failure is shown, never swallowed. */
export function App() {
  const [model, setModel] = useState<Model | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadShippedDataset(DEFAULT_DATASET).then(setModel, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  if (error) {
    return (
      <div className="app">
        <div role="alert" className="alert">
          <strong>Could not load the dataset.</strong>
          <pre>{error}</pre>
        </div>
      </div>
    );
  }
  if (!model) return <p className="loading">Loading…</p>;
  return <Explorer model={model} />;
}
