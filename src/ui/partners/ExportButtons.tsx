import { useState } from "react";
import { downloadBlob } from "../export/download";

/** One download of a partners view: its button's name, the file's suffix, and how to make it. */
export interface ExportItem {
  name: string;
  /** Appended to the base name: "partners.csv". */
  file: string;
  make: () => Blob | Promise<Blob>;
}

/** CSV text as a file, as the relations CSV is. */
export const csvBlob = (text: string) => new Blob([text], { type: "text/csv;charset=utf-8" });

/** The partners views' exports as a group of buttons; a failed export is announced, not thrown away. */
export function ExportButtons({ label, base, items }: { label: string; base: string; items: ExportItem[] }) {
  const [error, setError] = useState<string | null>(null);
  const run = async (item: ExportItem) => {
    try {
      setError(null);
      downloadBlob(await item.make(), `${base}-${item.file}`);
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <div className="partners-export" role="group" aria-label={`Export partners of ${label}`}>
      {items.map((item) => (
        <button key={item.file} type="button" onClick={() => void run(item)}>
          {item.name}
        </button>
      ))}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
