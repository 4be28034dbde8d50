import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { EventImport } from "../model/events/bundle";
import { eventDatasetOf, type EventDataset } from "../model/events/dataset";
import { buildModel, type Model } from "../model/graph";
import { withFreeId } from "../model/import/common";
import type { Dataset } from "../model/schema";
import { datasetFromSearch, searchForDataset } from "../state/datasetParam";
import { DEFAULT_DATASET, listDatasets, loadDataset, loadEventDataset, removeImported, shippedEntries, sortEntries, type DatasetEntry } from "../state/datasets";
import { saveStored } from "../state/storedDatasets";
import { useImport } from "../state/useImport";
import { DatasetMenu } from "./DatasetMenu";
import { DropImport } from "./DropImport";
import { ColumnMappingDialog } from "./events/ColumnMappingDialog";
import { EventExplorer } from "./events/EventExplorer";
import { Explorer } from "./Explorer";
import { ImportControl } from "./ImportControl";
import "./import.css";

// The extraction dialog, and the extractor behind it, load only when asked for.
const ExtractDialog = lazy(() => import("./extract/ExtractDialog"));

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** What a dataset opens as: a model of relations, or an event table. */
type Opened = { model: Model; events?: undefined } | { events: EventDataset; model?: undefined };

async function open(entry: DatasetEntry): Promise<Opened> {
  return entry.kind === "events" ? { events: await loadEventDataset(entry) } : { model: await loadDataset(entry) };
}

/** Loads the dataset the URL names (or the default), switches datasets, and takes imports; failures are shown, never swallowed. */
export function App() {
  const [datasets, setDatasets] = useState<DatasetEntry[]>(shippedEntries);
  const [shown, setShown] = useState<({ entry: DatasetEntry } & Opened) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [extracting, setExtracting] = useState(false);
  const datasetsRef = useRef(datasets);
  datasetsRef.current = datasets;

  /** Shows a dataset: the URL changes first so the explorer opens on the new dataset's own view. */
  const show = useCallback((entry: DatasetEntry, opened: Opened) => {
    const search = searchForDataset(window.location.search, entry.id, DEFAULT_DATASET);
    if (search !== window.location.search) window.history.replaceState(null, "", search || window.location.pathname);
    setShown({ entry, ...opened });
  }, []);

  useEffect(() => {
    let live = true;
    (async () => {
      const all = await listDatasets();
      if (!live) return;
      setDatasets(all);
      const params = new URLSearchParams(window.location.search);
      const id = datasetFromSearch(window.location.search, all.map((d) => d.id), DEFAULT_DATASET);
      if (params.has("dataset") && params.get("dataset") !== id) {
        params.delete("dataset"); // an unknown dataset in the URL means the default, silently
        window.history.replaceState(null, "", params.toString() ? `?${params}` : window.location.pathname);
      }
      const entry = all.find((d) => d.id === id)!;
      try {
        const opened = await open(entry);
        if (live) setShown({ entry, ...opened });
      } catch (e) {
        if (!live) return;
        const fallback = all.find((d) => d.id === DEFAULT_DATASET)!;
        if (entry === fallback) return setError(message(e));
        setError(`Could not open “${entry.title}”, so the default dataset is shown:\n${message(e)}`);
        show(fallback, await open(fallback));
      }
    })().catch((e: unknown) => live && setError(message(e)));
    return () => {
      live = false;
    };
  }, [show]);

  const select = useCallback(
    async (id: string) => {
      const entry = datasetsRef.current.find((d) => d.id === id);
      if (!entry) return;
      try {
        show(entry, await open(entry));
        setError(null);
      } catch (e) {
        setError(`Could not open “${entry.title}”: ${message(e)}`);
      }
    },
    [show],
  );

  const imported = useCallback(
    async (dataset: Dataset, files: string[]) => {
      const kept = withFreeId(dataset, new Set(datasetsRef.current.map((d) => d.id)));
      const notes: string[] = [];
      if (kept !== dataset) notes.push(`A dataset with the id "${dataset.meta.id}" exists already, so this one is kept as "${kept.meta.id}".`);
      try {
        await saveStored(kept, files);
      } catch (e) {
        notes.push(`It could not be kept in this browser (${message(e)}), so it will be gone after a reload.`);
      }
      const entry: DatasetEntry = { id: kept.meta.id, title: kept.meta.title, origin: "imported" };
      setDatasets((all) => sortEntries([...all, entry]));
      show(entry, { model: buildModel(kept) });
      setError(null);
      return { title: kept.meta.title, notes };
    },
    [show],
  );
  const importedEvents = useCallback(
    async (events: EventImport, file: string) => {
      const data = eventDatasetOf(events, file, new Set(datasetsRef.current.map((d) => d.id)));
      const notes: string[] = [];
      try {
        await saveStored(data, [file]);
      } catch (e) {
        notes.push(`It could not be kept in this browser (${message(e)}), so it will be gone after a reload.`);
      }
      const entry: DatasetEntry = { id: data.meta.id, title: data.meta.title, origin: "imported", kind: "events" };
      setDatasets((all) => sortEntries([...all, entry]));
      show(entry, { events: data });
      setError(null);
      return { title: data.meta.title, notes };
    },
    [show],
  );
  const importer = useImport(imported, importedEvents);

  /**
   * Relations accepted from an article: an imported dataset takes them in place; a shipped one is
   * kept unchanged and the relations go to an imported copy of it.
   */
  const extracted = useCallback(
    async (dataset: Dataset, file: string) => {
      const entry = shown?.entry;
      if (entry?.origin === "imported") {
        await saveStored(dataset, [file]);
        show(entry, { model: buildModel(dataset) });
      } else {
        const meta = { ...dataset.meta, id: `${dataset.meta.id}-extracted`, title: `${dataset.meta.title} (with extracted relations)` };
        await imported({ ...dataset, meta }, [file]);
      }
      setExtracting(false);
    },
    [imported, show, shown],
  );

  const remove = useCallback(
    async (id: string) => {
      try {
        await removeImported(id);
      } catch (e) {
        return setError(`Could not remove the dataset: ${message(e)}`);
      }
      setDatasets((all) => all.filter((d) => d.id !== id));
      if (shown?.entry.id === id) await select(DEFAULT_DATASET);
    },
    [select, shown],
  );

  const alert = error && (
    <div role="alert" className="alert">
      <strong>Could not load the dataset.</strong>
      <pre>{error}</pre>
    </div>
  );
  if (!shown) return <div className="app">{alert || <p className="loading">Loading…</p>}</div>;
  const controls = (
    <>
      <DatasetMenu datasets={datasets} current={shown.entry.id} onSelect={select} onRemove={remove} />
      <ImportControl progress={importer.progress} report={importer.report} onFiles={importer.start} onCancel={importer.cancel} onDismiss={importer.dismiss} />
      {shown.model && (
        <button type="button" onClick={() => setExtracting(true)}>
          Extract from article
        </button>
      )}
      <DropImport onFiles={importer.start} />
      {extracting && shown.model && (
        <Suspense fallback={null}>
          <ExtractDialog dataset={shown.model.dataset} onClose={() => setExtracting(false)} onAccept={extracted} />
        </Suspense>
      )}
      {importer.pending && (
        <ColumnMappingDialog key={importer.pending.file.name} firstLines={importer.pending.firstLines} onConfirm={importer.importEvents} onCancel={importer.cancelMapping} />
      )}
    </>
  );
  return (
    <>
      {alert}
      {shown.events ? (
        <EventExplorer key={shown.entry.id} data={shown.events} controls={controls} />
      ) : (
        <Explorer key={shown.entry.id} model={shown.model} controls={controls} />
      )}
    </>
  );
}
