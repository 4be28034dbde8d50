import { useEffect, useState } from "react";
import type { Model } from "../model/graph";
import { DEFAULT_DATASET, loadShippedDataset, shippedDatasetIds } from "../state/shippedDatasets";
import { Explorer } from "./Explorer";

/** The shipped dataset the URL names (`dataset`), or the default one. */
function datasetInUrl(): string {
  const id = new URLSearchParams(window.location.search).get("dataset");
  return id && shippedDatasetIds().includes(id) ? id : DEFAULT_DATASET;
}

/** Loads the dataset, then hands it to the explorer; a failure is shown, never swallowed. */
export function App() {
  const [datasetId, setDatasetId] = useState(datasetInUrl);
  const [model, setModel] = useState<{ id: string; model: Model } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // Back/forward may cross into another dataset.
    const onPop = () => setDatasetId(datasetInUrl());
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  useEffect(() => {
    loadShippedDataset(datasetId).then(
      (m) => setModel({ id: datasetId, model: m }),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [datasetId]);
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
  if (!model || model.id !== datasetId) return <p className="loading">Loading…</p>;
  return <Explorer key={model.id} model={model.model} />;
}
