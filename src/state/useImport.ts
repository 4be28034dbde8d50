import { useCallback, useEffect, useRef, useState } from "react";
import type { Problem } from "../model/validate";
import type { Dataset } from "../model/schema";
import { runImport, type ImportProgress, type RunningImport } from "./runImport";

/** What the last import came to, as shown to the user. */
export type ImportReport =
  | { kind: "failed"; files: string[]; problems: Problem[] }
  | { kind: "imported"; title: string; dataset: Dataset; notes: string[] }
  | { kind: "cancelled" };

/**
 * Runs imports in a worker and keeps their progress and outcome. `onImported` shows and stores a dataset
 * and returns notes to add; until it is called nothing about the current dataset changes.
 */
export function useImport(onImported: (dataset: Dataset, files: string[]) => Promise<{ title: string; notes: string[] }>) {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const running = useRef<RunningImport | null>(null);
  useEffect(() => () => running.current?.cancel(), []);

  const start = useCallback(
    async (files: File[]) => {
      if (files.length === 0) return;
      running.current?.cancel();
      setReport(null);
      setProgress({ stage: "reading", loaded: 0, total: files.reduce((n, f) => n + f.size, 0) });
      const run = runImport(files, setProgress);
      running.current = run;
      const result = await run.result;
      if (running.current !== run) return; // a newer import replaced this one
      running.current = null;
      setProgress(null);
      const names = files.map((f) => f.name);
      if (result === "cancelled") setReport({ kind: "cancelled" });
      else if (!result.ok) setReport({ kind: "failed", files: names, problems: result.problems });
      else {
        const shown = await onImported(result.dataset, names);
        setReport({ kind: "imported", title: shown.title, dataset: result.dataset, notes: [...result.notes, ...shown.notes] });
      }
    },
    [onImported],
  );
  const cancel = useCallback(() => running.current?.cancel(), []);
  const dismiss = useCallback(() => setReport(null), []);
  return { progress, report, start, cancel, dismiss };
}
