import { lazy, Suspense } from "react";
import { ACCEPTED } from "../../model/import/files";
import type { CsvFixes } from "../../model/import";
import { plural } from "../../model/import/report";
import type { ImportProgress } from "../../state/import/runImport";
import { VOCABULARY, type ImportReport } from "../../state/import/useImport";
// A failed import's list of problems, with its fixes, loads when there is one (it brings the validator's messages).
const ImportProblems = lazy(() => import("./ImportProblems").then((m) => ({ default: m.ImportProblems })));

const STAGES = { reading: "Reading", decoding: "Checking text", parsing: "Parsing and validating" } as const;

interface ImportControlProps {
  progress: ImportProgress | null;
  report: ImportReport | null;
  onFiles(files: File[]): void;
  /** The last import again with the user's fixes. */
  onRetry(fixes: CsvFixes): void;
  onCancel(): void;
  onDismiss(): void;
}

/** "Import data": a file input (one bundle, one GEXF, or one or two CSVs), its progress, and what came of it. */
export function ImportControl({ progress, report, onFiles, onRetry, onCancel, onDismiss }: ImportControlProps) {
  return (
    <div className="import">
      <label className="button file-button">
        Import data
        <input
          type="file"
          accept={ACCEPTED}
          multiple
          disabled={progress !== null}
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = ""; // choosing the same file again imports it again
            onFiles(files);
          }}
        />
      </label>
      {progress && (
        <div className="import-progress">
          <span>{STAGES[progress.stage]}…</span>
          <progress
            aria-label="Import progress"
            max={progress.stage === "reading" ? progress.total || 1 : undefined}
            value={progress.stage === "reading" ? progress.loaded : undefined}
          />
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
      {report && <Report report={report} onRetry={onRetry} onDismiss={onDismiss} />}
    </div>
  );
}

function Report({ report, onRetry, onDismiss }: { report: ImportReport; onRetry(fixes: CsvFixes): void; onDismiss(): void }) {
  const dismiss = (
    <button type="button" className="dismiss" onClick={onDismiss}>
      Dismiss
    </button>
  );
  if (report.kind === "cancelled") {
    return (
      <div role="status" className="import-report">
        Import cancelled; nothing was changed. {dismiss}
      </div>
    );
  }
  if (report.kind === "imported" || report.kind === "imported-events") {
    const d = report.kind === "imported" ? report.dataset : undefined;
    return (
      <div role="status" className="import-report">
        <p>
          Imported “{report.title}”:{" "}
          {d
            ? `${plural(d.entities.length, "entity", "entities")}, ${plural(d.relations.length, "relation")}, ${plural(d.sources.length, "source")}.`
            : report.kind === "imported-events" && `${plural(report.events, "event")} between ${plural(report.actors, "actor")}.`}
        </p>
        {report.notes.length > 0 && (
          <ul>
            {report.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
        {dismiss}
      </div>
    );
  }
  return (
    <Suspense fallback={<div role="status" aria-busy="true" className="import-report">Import failed; loading its problems…</div>}>
      <ImportProblems files={report.files} problems={report.problems} fixes={report.fixes} types={VOCABULARY} onRetry={onRetry} onDismiss={onDismiss} />
    </Suspense>
  );
}
