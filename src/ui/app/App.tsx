import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { EventImport } from "../../model/events/bundle";
import type { EventDataset } from "../../model/events/dataset";
import { buildModel, type Model } from "../../model/dataset/graph";
import type { DisplayGraph } from "../../render/graph/displayGraph";
import type { Dataset } from "../../model/dataset/schema";
import type { Positions } from "../../model/layout/layout";
import { loadShippedDataset } from "../../state/datasets/shippedDatasets";
import { datasetFromSearch, searchForDataset } from "../../state/datasets/datasetParam";
import { DEFAULT_DATASET, listDatasets, loadEventDataset, loadStoredDataset, removeImported, shippedEntries, sortEntries, type DatasetEntry } from "../../state/datasets/datasets";
import { afterPaint, markOpened, markOpening, unfinishedOpening } from "../../state/datasets/openingGuard";
import { onStoredChange, saveStored } from "../../state/datasets/storedDatasets";
import { readUrl, setSearch, writeUrl } from "../../state/view/url";
import { useImport } from "../../state/import/useImport";
import { DatasetMenu } from "../datasets/DatasetMenu";
import { DropImport } from "../import/DropImport";
import { EditActions } from "../edit/EditActions";
import { RelationTypesButton } from "../datasets/RelationTypes";
import { NewDataset } from "../edit/NewDataset";
import { Explorer } from "../explorer/Explorer";
import { buildInSlices, LARGE_DATASET, type Building } from "../import/buildInSlices";
import { ImportControl } from "../import/ImportControl";
import { Loading } from "./Loading";
import "../import/import.css";

// The extraction dialog (and the extractor behind it), the event view and the event-table mapping load only when asked for.
const ExtractDialog = lazy(() => import("../extract/ExtractDialog"));
const EventExplorer = lazy(() => import("../events/EventExplorer").then((m) => ({ default: m.EventExplorer })));
// An imported dataset opens in the editor, which brings the validator (zod) with it.
const EditableExplorer = lazy(() => import("../edit/EditableExplorer").then((m) => ({ default: m.EditableExplorer })));
const ColumnMappingDialog = lazy(() => import("../events/ColumnMappingDialog").then((m) => ({ default: m.ColumnMappingDialog })));

const BUILDING_STAGES: Record<Building["stage"], string> = { reading: "Reading the stored dataset", model: "Building the graph", display: "Preparing the drawing" };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** What a dataset opens as: a model of relations, or an event table. */
type Opened = { model: Model; display?: DisplayGraph; layout?: Positions; events?: undefined } | { events: EventDataset; model?: undefined };

/** Opens a dataset; a large imported one has its graphs built in slices, reporting to `onBuilding`, as on import. */
async function open(entry: DatasetEntry, onBuilding: (b: Building | null) => void = () => {}): Promise<Opened> {
  if (entry.kind === "events") return { events: await loadEventDataset(entry) };
  if (entry.origin === "shipped") return loadShippedDataset(entry.id);
  const dataset = await loadStoredDataset(entry, (done, total) => onBuilding({ stage: "reading", done, total })).finally(() => onBuilding(null));
  return builtGraphs(dataset, onBuilding);
}

/** The graphs of a dataset: at once, or in slices when it is large (the page answering in between). */
async function builtGraphs(dataset: Dataset, onBuilding: (b: Building | null) => void): Promise<Opened> {
  if (dataset.relations.length < LARGE_DATASET) return { model: buildModel(dataset) };
  try {
    return await buildInSlices(dataset, onBuilding);
  } finally {
    onBuilding(null);
  }
}

/** Opens a dataset, remembering an imported one until it is on screen (see openingGuard); a failure is not a freeze. */
async function openGuarded(entry: DatasetEntry, onBuilding: (b: Building | null) => void): Promise<Opened> {
  if (entry.origin === "imported") markOpening(entry.id);
  try {
    return await open(entry, onBuilding);
  } catch (e) {
    markOpened(entry.id);
    throw e;
  }
}

/** Forgets that an imported dataset is being opened once it is on screen. */
function onScreen(entry: DatasetEntry): void {
  if (entry.origin === "imported") void afterPaint().then(() => markOpened(entry.id));
}

/** Loads the dataset the URL names (or the default), switches datasets, and takes imports; failures are shown, never swallowed. */
export function App() {
  const [datasets, setDatasets] = useState<DatasetEntry[]>(shippedEntries);
  const [shown, setShown] = useState<({ entry: DatasetEntry } & Opened) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  /** An imported dataset that could not be opened: the Dataset menu offers to remove it. */
  const [failed, setFailed] = useState<DatasetEntry | null>(null);
  const [extracting, setExtracting] = useState(false);
  const [building, setBuilding] = useState<Building | null>(null);
  const datasetsRef = useRef(datasets);
  datasetsRef.current = datasets;
  const shownRef = useRef(shown);
  shownRef.current = shown;

  /**
   * Shows a dataset: the URL changes first so the explorer opens on the new dataset's own view, or on
   * `view` (the address query a bundle was exported at).
   */
  const show = useCallback((entry: DatasetEntry, opened: Opened, view?: string) => {
    setSearch(view === undefined ? searchForDataset(window.location.search, entry.id, DEFAULT_DATASET) : writeUrl({ dataset: entry.id === DEFAULT_DATASET ? undefined : entry.id }, ["dataset"], view));
    setShown({ entry, ...opened });
    onScreen(entry);
  }, []);

  useEffect(() => {
    let live = true;
    (async () => {
      const all = await listDatasets();
      if (!live) return;
      setDatasets(all);
      const id = datasetFromSearch(window.location.search, all.map((d) => d.id), DEFAULT_DATASET);
      const entry = all.find((d) => d.id === id)!;
      const asked = readUrl(window.location.search).dataset;
      if (asked !== undefined && asked !== id) {
        // A link to a dataset kept in another browser: say so, and show the default at its own view (the link's view was of the other).
        setMissing(asked);
        setSearch("");
      }
      const fallback = all.find((d) => d.id === DEFAULT_DATASET)!;
      const stuck = unfinishedOpening();
      if (stuck !== null) markOpened(stuck);
      if (stuck === entry.id && entry.origin === "imported") {
        // It froze or crashed the tab last time: opening it again would do the same, on every reload.
        setFailed(entry);
        setError(`“${entry.title}” did not finish opening last time, so the default dataset is shown. Choose it in the Dataset menu to try again, or remove it there.`);
        return show(fallback, await open(fallback));
      }
      try {
        const opened = await openGuarded(entry, setBuilding);
        if (!live) return;
        setShown({ entry, ...opened }); // the URL already names it, as the user wrote it
        onScreen(entry);
      } catch (e) {
        if (!live) return;
        if (entry === fallback) return setError(message(e));
        if (entry.origin === "imported") setFailed(entry);
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
        show(entry, await openGuarded(entry, setBuilding));
        setError(null);
        setMissing(null);
        setFailed((f) => (f?.id === id ? null : f));
      } catch (e) {
        if (entry.origin === "imported") setFailed(entry);
        setError(`Could not open “${entry.title}”: ${message(e)}`);
      }
    },
    [show],
  );

  const imported = useCallback(
    async (dataset: Dataset, files: string[], view?: string) => {
      const { withFreeId } = await import("../../model/import/common");
      const known = new Set(datasetsRef.current.map((d) => d.id));
      const name = (taken: ReadonlySet<string>) => withFreeId(dataset, new Set(taken));
      const notes: string[] = [];
      let kept: Dataset;
      let stored = true;
      try {
        kept = await saveStored(name, files, known);
      } catch (e) {
        stored = false;
        kept = name(known);
        notes.push(`It could not be kept in this browser (${message(e)}), so it will be gone after a reload.`);
      }
      if (kept !== dataset) notes.unshift(`A dataset with the id "${dataset.meta.id}" exists already, so this one is kept as "${kept.meta.id}".`);
      const entry: DatasetEntry = { id: kept.meta.id, title: kept.meta.title, origin: "imported" };
      setDatasets((all) => sortEntries([...all.filter((d) => d.id !== entry.id), entry]));
      // Read the list again after this tab's own write: another tab's announcement may have listed the store
      // just before it, and that older list must not be the last one set.
      if (stored) void listDatasets().then((all) => setDatasets(all.some((d) => d.id === entry.id) ? all : (now) => now));
      markOpening(entry.id);
      // A large dataset's graphs are built in slices, the page answering in between (the shown dataset stays until then).
      show(entry, await builtGraphs(kept, setBuilding), view);
      setError(null);
      return { title: kept.meta.title, notes };
    },
    [show],
  );
  const importedEvents = useCallback(
    async (events: EventImport, file: string) => {
      const { eventDatasetOf } = await import("../../model/events/dataset");
      const known = new Set(datasetsRef.current.map((d) => d.id));
      const name = (taken: ReadonlySet<string>) => eventDatasetOf(events, file, taken);
      const notes: string[] = [];
      let data: EventDataset;
      try {
        data = await saveStored(name, [file], known);
      } catch (e) {
        data = name(known);
        notes.push(`It could not be kept in this browser (${message(e)}), so it will be gone after a reload.`);
      }
      const entry: DatasetEntry = { id: data.meta.id, title: data.meta.title, origin: "imported", kind: "events" };
      setDatasets((all) => sortEntries([...all.filter((d) => d.id !== entry.id), entry]));
      markOpening(entry.id);
      show(entry, { events: data });
      setError(null);
      return { title: data.meta.title, notes };
    },
    [show],
  );
  const importer = useImport(imported, importedEvents);

  /**
   * Relations accepted from an article go to an imported copy of the dataset shown, so the dataset
   * they came to is never changed (saving never replaces a stored dataset).
   */
  const extracted = useCallback(
    async (dataset: Dataset, file: string) => {
      const meta = { ...dataset.meta, id: `${dataset.meta.id}-extracted`, title: `${dataset.meta.title} (with extracted relations)` };
      await imported({ ...dataset, meta }, [file]);
      setExtracting(false);
    },
    [imported],
  );

  const created = useCallback(async (dataset: Dataset) => void (await imported(dataset, [])), [imported]);
  const replaceModel = useCallback((model: Model) => {
    // An edit may rename the dataset: the menu follows (other tabs hear of it from the store).
    const { id, title } = model.dataset.meta;
    setShown((s) => (s?.model ? { ...s, model, entry: { ...s.entry, title } } : s));
    setDatasets((all) => (all.some((d) => d.id === id && d.title !== title) ? all.map((d) => (d.id === id ? { ...d, title } : d)) : all));
  }, []);

  const remove = useCallback(
    async (id: string) => {
      try {
        await removeImported(id);
      } catch (e) {
        return setError(`Could not remove the dataset: ${message(e)}`);
      }
      setDatasets((all) => all.filter((d) => d.id !== id));
      setFailed((f) => (f?.id === id ? null : f));
      if (shown?.entry.id === id) await select(DEFAULT_DATASET);
    },
    [select, shown],
  );

  // Another tab stored or removed a dataset: the menu follows; a dataset removed while shown here gives way to the default.
  useEffect(
    () =>
      onStoredChange(async ({ change, id }) => {
        const all = await listDatasets();
        setDatasets(all);
        if (change !== "removed") return;
        setFailed((f) => (f?.id === id ? null : f));
        const current = shownRef.current?.entry;
        if (current?.id !== id) return;
        const fallback = all.find((d) => d.id === DEFAULT_DATASET)!;
        show(fallback, await open(fallback));
        setError(`“${current.title}” was removed in another tab, so the default dataset is shown.`);
      }),
    [show],
  );

  const alert = error && (
    <div role="alert" className="alert">
      <strong>Could not load the dataset.</strong>
      <pre>{error}</pre>
    </div>
  );
  const missingAlert = missing && (
    <div role="alert" className="alert">
      <strong>This browser has no dataset “{missing}”.</strong>
      <p>
        The link names a dataset imported in another browser, or removed since. The default dataset is shown instead; import the
        dataset’s file with “Import data” to open it here.
      </p>
      <button type="button" onClick={() => setMissing(null)}>
        Dismiss
      </button>
    </div>
  );
  const buildingStatus = building && (
    <p role="status" aria-busy="true" className="loading building">
      {BUILDING_STAGES[building.stage]}: {building.done.toLocaleString("en")} of {building.total.toLocaleString("en")} relations…
    </p>
  );
  if (!shown) return <div className="app">{alert || buildingStatus || <p className="loading">Loading…</p>}</div>;
  const controls = (
    <>
      <DatasetMenu datasets={datasets} current={shown.entry.id} failed={failed ?? undefined} onSelect={select} onRemove={remove} />
      <ImportControl progress={importer.progress} report={importer.report} onFiles={importer.start} onRetry={importer.retry} onCancel={importer.cancel} onDismiss={importer.dismiss} />
      {shown.model && (
        <button type="button" onClick={() => setExtracting(true)}>
          Extract from article
        </button>
      )}
      <RelationTypesButton />
      <NewDataset shipped={shown.entry.origin === "shipped" ? shown.model?.dataset : undefined} onCreate={created} />
      <EditActions />
      <DropImport onFiles={importer.start} />
      {extracting && shown.model && (
        <Suspense fallback={null}>
          <ExtractDialog dataset={shown.model.dataset} onClose={() => setExtracting(false)} onAccept={extracted} />
        </Suspense>
      )}
      {importer.pending && (
        <Suspense fallback={<Loading what="the column mapping" />}>
          <ColumnMappingDialog key={importer.pending.file.name} fileName={importer.pending.file.name} firstLines={importer.pending.firstLines} onConfirm={importer.importEvents} onCancel={importer.cancelMapping} />
        </Suspense>
      )}
    </>
  );
  return (
    <>
      {alert}
      {missingAlert}
      {buildingStatus}
      {shown.events ? (
        <Suspense fallback={<Loading what="the event view" />}>
          <EventExplorer key={shown.entry.id} data={shown.events} controls={controls} />
        </Suspense>
      ) : shown.entry.origin === "imported" ? (
        <Suspense fallback={<Loading what="the editor" />}>
          <EditableExplorer key={shown.entry.id} model={shown.model} display={shown.display} onModel={replaceModel} controls={controls} />
        </Suspense>
      ) : (
        <Explorer key={shown.entry.id} model={shown.model} display={shown.display} keptLayout={shown.layout} controls={controls} />
      )}
    </>
  );
}
