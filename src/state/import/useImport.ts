import { useCallback, useEffect, useRef, useState } from "react";
import type { EventImport } from "../../model/events/bundle";
import type { EventFormat } from "../../model/events/columns";
import type { CsvFixes, ImportProblem } from "../../model/import";
import type { Dataset } from "../../model/dataset/schema";
import type { ImportProgress } from "./runImport";

/** The import's own code (file checks, workers, the vocabulary) loads with the first import, not with the page. */
const importFiles = () => import("./importFiles");

/** What the last import came to, as shown to the user. */
export type ImportReport =
  /** `fixes`: what the user settled for this attempt (CSV and zip imports can be fixed and tried again). */
  | { kind: "failed"; files: string[]; problems: ImportProblem[]; fixes?: CsvFixes }
  | { kind: "imported"; title: string; dataset: Dataset; notes: string[] }
  | { kind: "imported-events"; title: string; events: number; actors: number; notes: string[] }
  | { kind: "cancelled" };

/** An event table waiting for its column mapping: the file and its first lines (to preview and guess the preset). */
export interface PendingEvents {
  file: File;
  firstLines: string[];
}

type Shown = Promise<{ title: string; notes: string[] }>;

/**
 * Runs imports in a worker and keeps their progress and outcome. An event table first waits for its
 * column mapping. `onImported` / `onEventsImported` show and store what was imported and return notes to
 * add; until one is called nothing about the current dataset changes.
 */
export function useImport(onImported: (dataset: Dataset, files: string[], view?: string) => Shown, onEventsImported: (events: EventImport, file: string) => Shown) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [pending, setPending] = useState<PendingEvents | null>(null);
  const running = useRef<{ cancel(): void } | null>(null);
  /** The files of the last dataset import, read again when the user has fixed its problems. */
  const lastFiles = useRef<File[]>([]);
  useEffect(() => () => running.current?.cancel(), []);

  /** Runs one import to its end; `finish` is skipped when a newer import replaced this one. */
  const track = useCallback(async <T,>(run: { result: Promise<T>; cancel(): void }, total: number, finish: (result: T) => Promise<void>) => {
    running.current?.cancel();
    setReport(null);
    setProgress({ stage: "reading", loaded: 0, total });
    running.current = run;
    const result = await run.result;
    if (running.current !== run) return;
    running.current = null;
    setProgress(null);
    await finish(result);
  }, []);

  /** Imports the files; nothing is shown or stored unless the whole import is valid (with `fixes` applied). */
  const run = useCallback(
    async (files: File[], fixes?: CsvFixes) => {
      const names = files.map((f) => f.name);
      const total = files.reduce((n, f) => n + f.size, 0);
      const { fixable, runImport } = await importFiles();
      await track(runImport(files, setProgress, fixes), total, async (result) => {
        if (result === "cancelled") setReport({ kind: "cancelled" });
        else if (!result.ok) setReport({ kind: "failed", files: names, problems: result.problems, ...(fixable(files) && { fixes: fixes ?? {} }) });
        else {
          const shown = await onImported(result.dataset, names, result.view);
          setReport({ kind: "imported", title: shown.title, dataset: result.dataset, notes: [...result.notes, ...shown.notes] });
        }
      });
    },
    [onImported, track],
  );

  const start = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      const route = await (await importFiles()).routeFiles(files);
      if ("problems" in route) return setReport({ kind: "failed", files: files.map((f) => f.name), problems: route.problems });
      if ("events" in route) {
        setReport(null);
        return setPending(route.events);
      }
      lastFiles.current = files;
      await run(files);
    },
    [run],
  );

  /** The last import again, with the cells, rows, types and date order the user settled. */
  const retry = useCallback((fixes: CsvFixes) => run(lastFiles.current, fixes), [run]);

  const importEvents = useCallback(
    async (format: EventFormat) => {
      if (!pending) return;
      const { file } = pending;
      setPending(null);
      performance.mark("entente:event-import-start");
      const { DELIMITER_NAMES, runEventImport } = await importFiles();
      const run = runEventImport(file, format, (loaded, total) => setProgress({ stage: "reading", loaded, total }));
      await track(run, file.size, async (result) => {
        performance.mark("entente:event-import-done"); // the worker's part ends here (the browser test reads it)
        if (result === "cancelled") return setReport({ kind: "cancelled" });
        const { leftOutRows, unusableImport } = await import("../../model/events/dataset");
        const problems = result.ok ? unusableImport(result.events, file.name, DELIMITER_NAMES[format.delimiter]) : [{ file: file.name, message: result.message }];
        if (problems || !result.ok) return setReport({ kind: "failed", files: [file.name], problems: problems ?? [] });
        const shown = await onEventsImported(result.events, file.name);
        const { table } = result.events;
        setReport({ kind: "imported-events", title: shown.title, events: table.size, actors: table.actors.length, notes: [...leftOutRows(result.events.report), ...shown.notes] });
      });
    },
    [pending, onEventsImported, track],
  );

  const cancel = useCallback(() => running.current?.cancel(), []);
  const dismiss = useCallback(() => setReport(null), []);
  const cancelMapping = useCallback(() => setPending(null), []);
  return { progress, report, pending, start, retry, importEvents, cancelMapping, cancel, dismiss };
}
