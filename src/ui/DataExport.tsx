import { useState, type RefObject } from "react";
import { bundleJson, toBundle } from "../model/export/bundle";
import { toCsv } from "../model/export/csv";
import { csvTablesZip } from "../model/export/csvTables";
import { toGexf } from "../model/export/gexf";
import { exportScope, type ExportScope } from "../model/export/scope";
import type { Model } from "../model/graph";
import { frameFileName, type FrameLabel } from "../model/frame/describe";
import type { ViewContents } from "../model/window";
import type { EntenteSigma } from "../render/GraphView";
import { vizFrom } from "../render/viz";
import { downloadBlob } from "./download";

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
 * "Export GEXF", "Export JSON", "Export CSV": the relations in view, or the whole dataset when ticked.
 * "Export CSV" writes one table for spreadsheets, or with "CSV tables (zip)" every table of the dataset,
 * which "Import data" reads back to the same dataset.
 */
export function DataExport({ source, from, to, label, caption, sigmaRef, wholeOption = true }: DataExportProps) {
  const [whole, setWhole] = useState(false);
  const [tables, setTables] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function save(extension: string, type: string, make: (model: Model, scope: ExportScope) => string | Uint8Array<ArrayBuffer>) {
    try {
      setError(null);
      const { model, contents } = source();
      const scope = exportScope(model, whole ? undefined : contents.relations);
      downloadBlob(new Blob([make(model, scope)], { type }), `${frameFileName(label, whole)}.${extension}`);
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return (
    <div role="group" aria-label="Export data" className="data-export">
      {wholeOption && (
        <label className="check">
          <input type="checkbox" checked={whole} onChange={(e) => setWhole(e.target.checked)} />
          Whole dataset
        </label>
      )}
      <button
        type="button"
        onClick={() =>
          save("gexf", "application/gexf+xml", (model, scope) =>
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
      <button type="button" onClick={() => save("json", "application/json", (model, scope) => bundleJson(toBundle(model, scope, { from, to })))}>
        Export JSON
      </button>
      <button
        type="button"
        onClick={() =>
          tables
            ? save("zip", "application/zip", (model, scope) => csvTablesZip(toBundle(model, scope, { from, to })) as Uint8Array<ArrayBuffer>)
            : save("csv", "text/csv;charset=utf-8", (model, scope) => toCsv(model, scope))
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
