import { useCallback, useEffect, useRef, useState } from "react";
import type { EventImport } from "../../model/events/bundle";
import type { EventFormat } from "../../model/events/columns";
import { textProblem } from "../../model/import/encoding";
import sharedRelationTypes from "../../../graph-data/relation-types.json?raw";
import type { CsvFixes, ImportProblem } from "../../model/import";
import { DELIMITER_NAMES, formatOf, isEventTable, sizeProblem } from "../../model/import/files";
import type { Problem } from "../../model/dataset/validate";
import type { Dataset, RelationType } from "../../model/dataset/schema";
import { runEventImport } from "./runEventImport";
import { runImport, type ImportProgress } from "./runImport";

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

/** The shared vocabulary, listed in the import dialog and offered for unknown types. */
// The shared vocabulary is ours and checked by `npm run validate` and the build, so it is read as is (no validator on the page).
export const VOCABULARY = JSON.parse(sharedRelationTypes) as RelationType[];

const HEAD_BYTES = 65_536;

/** The first lines of a file, read from its first 64 KB only, or why it is not text. */
async function firstLines(file: File): Promise<string[] | Problem> {
  if (formatOf(file.name) === "zip") return []; // CSV tables inside, checked as they are unzipped
  const bytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  const notText = textProblem(bytes, file.size > HEAD_BYTES);
  if (notText) return { file: file.name, message: notText };
  const lines = new TextDecoder().decode(bytes).split(/\r?\n/);
  if (file.size > HEAD_BYTES) lines.pop(); // cut mid-line
  return lines.slice(0, 20);
}

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
      const fixable = files.every((f) => formatOf(f.name) === "csv" || formatOf(f.name) === "zip");
      await track(runImport(files, setProgress, fixes), total, async (result) => {
        if (result === "cancelled") setReport({ kind: "cancelled" });
        else if (!result.ok) setReport({ kind: "failed", files: names, problems: result.problems, ...(fixable && { fixes: fixes ?? {} }) });
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
      const names = files.map((f) => f.name);
      // A binary file (or UTF-16, Latin-1…) is refused before it is routed anywhere, saying it is not text.
      const heads = await Promise.all(files.map((f) => firstLines(f).catch(() => [] as string[])));
      const notText = heads.filter((h): h is Problem => !Array.isArray(h));
      if (notText.length > 0) return setReport({ kind: "failed", files: names, problems: notText });
      const lines = files.length === 1 ? (heads[0] as string[]) : [];
      if (isEventTable(files, lines[0] ?? "")) {
        const tooLarge = sizeProblem(files[0]);
        if (tooLarge) return setReport({ kind: "failed", files: names, problems: [{ ...tooLarge, message: `${tooLarge.message} (aggregate a larger event table first: npm run aggregate, see README)` }] });
        setReport(null);
        return setPending({ file: files[0], firstLines: lines });
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
