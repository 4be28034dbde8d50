import { useState, type RefObject } from "react";
import type { ExportScope } from "../../model/export/scope";
import type { Model } from "../../model/dataset/graph";
import { frameFileName, type FrameLabel } from "../../model/frame/describe";
import type { ViewContents } from "../../model/time/window";
import type { EntenteSigma } from "../../render/graph/sigmaSettings";
import { vizFrom } from "../../render/export/viz";
import { downloadBlob } from "./download";

type Exporters = typeof import("../../model/export");

interface DataExportProps {
  /** The dataset and what is in view, read when an export is asked for (an event view builds them only then). */
  source: () => { model: Model; contents: ViewContents };
  from: number;
  to: number;
  label: FrameLabel;
  caption: string;
  sigmaRef: RefObject<EntenteSigma | null>;
  /** Offer "Whole dataset" (an event view's model holds only what is in view, so it does not). */
  wholeOption?: boolean;
}

/**
 * "Export GEXF", "Export JSON", "Export CSV": the relations in view, or the whole dataset when ticked. A view's
 * JSON carries the view's address query, so importing it opens the same view (dataset and view in one file).
 * "Export CSV" writes one table for spreadsheets, or with "CSV tables (zip)" every table of the dataset,
 * which "Import data" reads back to the same dataset.
 */
export function DataExport({ source, from, to, label, caption, sigmaRef, wholeOption = true }: DataExportProps) {
  const [whole, setWhole] = useState(false);
  const [tables, setTables] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** The exporters load on the first export; the view is read at the press, before they arrive. */
  async function save(extension: string, type: string, make: (exporters: Exporters, model: Model, scope: ExportScope) => string | Uint8Array<ArrayBuffer>) {
    try {
      setError(null);
      setBusy(true);
      const { model, contents } = source();
      const fileName = `${frameFileName(label, whole)}.${extension}`;
      const exporters = await import("../../model/export");
      const scope = exporters.exportScope(model, whole ? undefined : contents.relations);
      downloadBlob(new Blob([make(exporters, model, scope)], { type }), fileName);
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div role="group" aria-label="Export data" className="data-export" aria-busy={busy}>
      {wholeOption && (
        <label className="check">
          <input type="checkbox" checked={whole} onChange={(e) => setWhole(e.target.checked)} />
          Whole dataset
        </label>
      )}
      <button
        type="button"
        onClick={() =>
          save("gexf", "application/gexf+xml", ({ toGexf }, model, scope) =>
            toGexf(model, scope, {
              ...(sigmaRef.current ? vizFrom(sigmaRef.current) : {}),
              description: whole ? `${model.dataset.meta.title}: whole dataset` : `${caption}: relations in view`,
              lastModified: new Date().toISOString().slice(0, 10),
            }),
          )
        }
      >
        Export GEXF
      </button>
      <button type="button" onClick={() => save("json", "application/json", ({ bundleJson, toBundle }, model, scope) => bundleJson({ ...toBundle(model, scope, { from, to }), ...(!whole && { view: window.location.search }) }))}>
        Export JSON
      </button>
      <button
        type="button"
        onClick={() =>
          tables
            ? save("zip", "application/zip", ({ csvTablesZip, toBundle }, model, scope) => csvTablesZip(toBundle(model, scope, { from, to })) as Uint8Array<ArrayBuffer>)
            : save("csv", "text/csv;charset=utf-8", ({ toCsv }, model, scope) => toCsv(model, scope))
        }
      >
        Export CSV
      </button>
      {wholeOption && (
        <label className="check">
          <input type="checkbox" checked={tables} onChange={(e) => setTables(e.target.checked)} />
          CSV tables (zip)
        </label>
      )}
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
    </div>
  );
}
