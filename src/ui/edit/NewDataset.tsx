import { lazy, Suspense, useState } from "react";
import type { Dataset } from "../../model/dataset/schema";

const NewDatasetDialog = lazy(() => import("./NewDatasetDialog"));

/**
 * "New dataset" (asks for a title, then opens an empty dataset to fill in) and, on a shipped dataset,
 * "Edit a copy": both become imported datasets, kept in this browser, which can be edited.
 */
export function NewDataset({ shipped, onCreate }: { shipped?: Dataset; onCreate: (dataset: Dataset) => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setAsking(true)}>
        New dataset
      </button>
      {shipped && (
        <button type="button" onClick={() => void onCreate({ ...shipped, meta: { ...shipped.meta, id: `${shipped.meta.id}-copy`, title: `${shipped.meta.title} (copy)` } })}>
          Edit a copy
        </button>
      )}
      {asking && (
        <Suspense fallback={null}>
          <NewDatasetDialog onCreate={onCreate} onClose={() => setAsking(false)} />
        </Suspense>
      )}
    </>
  );
}
