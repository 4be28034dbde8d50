import { useEffect, useMemo, useRef, useState } from "react";
import { parseDate } from "../../model/time/dates";
import { duplicateOf, withAccepted, type ArticleInfo } from "../../model/extract/accept";
import { articleText } from "../../model/extract/article";
import type { Candidate } from "../../model/extract/types";
import type { Dataset, Relation } from "../../model/dataset/schema";
import "./extract.css";

type Verdict = "pending" | "accepted" | "rejected";

interface Row {
  candidate: Candidate;
  verdict: Verdict;
  duplicate?: Relation;
}

interface ExtractDialogProps {
  dataset: Dataset;
  onClose(): void;
  /** Adds the dataset with the accepted relations; resolves once it is shown. */
  onAccept(dataset: Dataset, file: string): Promise<void>;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * "Extract from article": paste an article or drop a .txt/.html/.md file, give its publication
 * date, and review the relations the extractor proposes, each with its sentence and trigger
 * highlighted. Accepted ones join the dataset citing the article. The extractor (and its tagger)
 * is loaded only when asked for.
 */
export default function ExtractDialog({ dataset, onClose, onAccept }: ExtractDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState("");
  const [info, setInfo] = useState<ArticleInfo>({ title: "", publisher: "", published: today(), url: "" });
  const [rows, setRows] = useState<Row[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => dialog.current?.showModal(), []);

  const readFile = async (file: File) => {
    setFileName(file.name);
    setText(articleText(await file.text(), file.name));
    if (!info.title) setInfo((i) => ({ ...i, title: file.name.replace(/\.\w+$/, "") }));
  };

  const run = async () => {
    if (typeof parseDate(info.published) === "string" || info.published.length !== 10) return setError("Give the publication date as YYYY-MM-DD.");
    setBusy(true);
    setError(null);
    try {
      const { extract } = await import("../../model/extract/extract");
      const candidates = extract(articleText(text), { relationTypes: dataset.relationTypes, entities: dataset.entities, published: info.published });
      setRows(candidates.map((c) => ({ candidate: c, verdict: "pending", duplicate: duplicateOf(c, dataset) })));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const accepted = rows?.filter((r) => r.verdict === "accepted") ?? [];
  const invalid = accepted.some((r) => !validDate(r.candidate.date ?? r.candidate.start));
  const add = async () => {
    setBusy(true);
    try {
      await onAccept(withAccepted(dataset, accepted.map((r) => r.candidate), info), fileName || "pasted article");
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };
  const update = (i: number, change: Partial<Row> | ((c: Candidate) => Candidate)) =>
    setRows((all) =>
      all!.map((r, k) => {
        if (k !== i) return r;
        if (typeof change !== "function") return { ...r, ...change };
        const candidate = change(r.candidate);
        return { ...r, candidate, duplicate: duplicateOf(candidate, dataset) };
      }),
    );

  return (
    <dialog ref={dialog} className="extract-dialog" aria-labelledby="extract-title" onCancel={onClose}>
      <h2 id="extract-title">Extract from article</h2>
      <div
        className="extract-source"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          e.stopPropagation(); // not an import of data
          const file = e.dataTransfer.files[0];
          if (file) void readFile(file);
        }}
      >
        <label className="extract-text">
          Article text
          <textarea value={text} onChange={(e) => setText(e.currentTarget.value)} rows={8} placeholder="Paste the article, or drop a .txt, .html or .md file here" />
        </label>
        <label className="extract-file">
          Article file
          <input type="file" accept=".txt,.html,.htm,.md,.markdown,text/plain,text/html,text/markdown" onChange={(e) => e.currentTarget.files?.[0] && void readFile(e.currentTarget.files[0])} />
        </label>
        <div className="extract-meta">
          <label>
            Publication date
            <input type="date" required value={info.published} onChange={(e) => setInfo({ ...info, published: e.currentTarget.value })} />
          </label>
          <label>
            Title
            <input value={info.title} onChange={(e) => setInfo({ ...info, title: e.currentTarget.value })} />
          </label>
          <label>
            Publisher
            <input value={info.publisher} onChange={(e) => setInfo({ ...info, publisher: e.currentTarget.value })} />
          </label>
          <label>
            URL
            <input type="url" value={info.url} onChange={(e) => setInfo({ ...info, url: e.currentTarget.value })} />
          </label>
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
          <button type="button" onClick={run} disabled={busy || !text.trim()}>
            Extract
          </button>
        </div>
      </div>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      {rows && (
        <section aria-labelledby="candidates-title" aria-busy={busy}>
          <h3 id="candidates-title">Candidate relations</h3>
          <p role="status">
            {rows.length} candidate relation{rows.length === 1 ? "" : "s"}, {accepted.length} accepted
          </p>
          <ol className="candidates" aria-label="Candidate relations">
            {rows.map((row, i) => (
              <CandidateItem key={i} index={i} row={row} dataset={dataset} onVerdict={(verdict) => update(i, { verdict })} onEdit={(edit) => update(i, edit)} />
            ))}
          </ol>
          <div className="dialog-actions">
            <button type="button" onClick={add} disabled={busy || accepted.length === 0 || invalid}>
              Add {accepted.length} accepted relation{accepted.length === 1 ? "" : "s"}
            </button>
          </div>
        </section>
      )}
    </dialog>
  );
}

function validDate(date: string | undefined): boolean {
  return date !== undefined && typeof parseDate(date) !== "string";
}

interface CandidateItemProps {
  index: number;
  row: Row;
  dataset: Dataset;
  onVerdict(verdict: Verdict): void;
  onEdit(edit: (c: Candidate) => Candidate): void;
}

function CandidateItem({ index, row, dataset, onVerdict, onEdit }: CandidateItemProps) {
  const c = row.candidate;
  const n = index + 1;
  const [a, b] = [c.span.trigger[0] - c.span.start, c.span.trigger[1] - c.span.start];
  const byLabel = useMemo(() => new Map(dataset.entities.map((e) => [e.label.toLowerCase(), e])), [dataset]);
  const entity = (label: string) => {
    const e = byLabel.get(label.trim().toLowerCase());
    return e ? { id: e.id, label: e.label, type: e.type } : { label };
  };
  const state = dataset.relationTypes.find((t) => t.id === c.type)?.kind === "state";
  const when = c.date ?? c.start ?? "";
  return (
    <li className={`candidate ${row.verdict}`} aria-label={`Candidate ${n}`}>
      <blockquote>
        {c.quote.slice(0, a)}
        <mark>{c.quote.slice(a, b)}</mark>
        {c.quote.slice(b)}
      </blockquote>
      <div className="candidate-fields">
        <label>
          Source
          <input value={c.source.label} list="extract-entities" onChange={(e) => onEdit((x) => ({ ...x, source: entity(e.currentTarget.value) }))} />
        </label>
        <label>
          Relation type
          <select value={c.type} onChange={(e) => onEdit((x) => ({ ...x, type: e.currentTarget.value }))}>
            {dataset.relationTypes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Target
          <input value={c.target.label} list="extract-entities" onChange={(e) => onEdit((x) => ({ ...x, target: entity(e.currentTarget.value) }))} />
        </label>
        <label>
          {state ? "From" : "Date"}
          <input
            value={when}
            aria-invalid={!validDate(when)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              onEdit((x) => (state ? { ...x, date: undefined, start: v } : { ...x, date: v, start: undefined }));
            }}
          />
        </label>
      </div>
      <datalist id="extract-entities">
        {dataset.entities.map((e) => (
          <option key={e.id} value={e.label} />
        ))}
      </datalist>
      <p className="candidate-notes">
        {!c.source.id && <span className="tag">new: {c.source.label}</span>}
        {!c.target.id && <span className="tag">new: {c.target.label}</span>}
        {c.hedged && <span className="tag">reported</span>}
        {row.duplicate && <span className="tag duplicate">Already in the dataset: {row.duplicate.id}</span>}
        <span className="reason">
          {c.reason} · confidence {c.confidence}
        </span>
      </p>
      <div className="candidate-actions" role="group" aria-label={`Review candidate ${n}`}>
        <button type="button" aria-pressed={row.verdict === "accepted"} onClick={() => onVerdict(row.verdict === "accepted" ? "pending" : "accepted")}>
          Accept
        </button>
        <button type="button" aria-pressed={row.verdict === "rejected"} onClick={() => onVerdict(row.verdict === "rejected" ? "pending" : "rejected")}>
          Reject
        </button>
      </div>
    </li>
  );
}
