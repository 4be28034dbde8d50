import { useState } from "react";
import { idFrom, type ImportProblem } from "../../model/import/common";
import type { CsvFixes } from "../../model/import/csv";
import { cellRef, rowRef } from "../../model/import/csvTable";
import { DATE_ORDER_NAMES, type DateOrder } from "../../model/import/dayMonthYear";
import { plural } from "../../model/import/report";
import type { RelationType } from "../../model/dataset/schema";
import { formatProblem } from "../../model/dataset/problem";
import { RelationTypeList } from "./RelationTypeList";
import { TypeFix, type TypeChoice } from "./TypeFix";

interface ImportProblemsProps {
  files: string[];
  problems: ImportProblem[];
  /** What was settled for this attempt; undefined when the files cannot be fixed here (JSON, GEXF). */
  fixes?: CsvFixes;
  types: RelationType[];
  onRetry(fixes: CsvFixes): void;
  onDismiss(): void;
}

/** The user's fixes so far, as the dialog keeps them. */
interface Draft {
  cells: Record<string, string>;
  ignored: Set<string>;
  types: Record<string, TypeChoice>;
  dateOrder?: DateOrder;
}

function draftOf(fixes: CsvFixes): Draft {
  const types: Record<string, TypeChoice> = {};
  for (const [written, id] of Object.entries(fixes.typeChoices ?? {})) types[written] = { use: id };
  for (const t of fixes.newTypes ?? []) types[t.label] = { create: { kind: t.kind, class: t.class } };
  return { cells: { ...fixes.cells }, ignored: new Set(fixes.ignoredRows), types, dateOrder: fixes.dateOrder };
}

function fixesOf(draft: Draft, validOnly: boolean): CsvFixes {
  const chosen = Object.entries(draft.types).filter((e): e is [string, NonNullable<TypeChoice>] => e[1] !== undefined);
  return {
    cells: draft.cells,
    ignoredRows: [...draft.ignored],
    typeChoices: Object.fromEntries(chosen.flatMap(([written, c]) => ("use" in c ? [[written, c.use]] : []))),
    newTypes: chosen.flatMap(([written, c]) => ("create" in c ? [{ id: idFrom(written), label: written, ...c.create }] : [])),
    ...(draft.dateOrder && { dateOrder: draft.dateOrder }),
    validOnly,
  };
}

/** Problems listed per section until "Show all": thousands of rows with a field each would slow the page. */
const SHOWN = 100;

/** The section a problem is listed in, and where that section comes (what blocks everything first). */
function sectionOf(p: ImportProblem): [rank: number, title: string] {
  if (!p.at) return p.kind === "date-order" ? [1, "Dates"] : [0, "Files"];
  if (p.kind === "relation-type") return [2, "Relation types not in the vocabulary"];
  return p.at.header ? [3, `Column “${p.at.header}”`] : [4, "Rows"];
}

/**
 * Every problem of a failed import, once each, grouped by kind, with its file, rows and column. A CSV import
 * can be fixed here: correct a cell, ignore a row, choose or create a type, say how dates are written; then
 * check again, or import the valid rows. Nothing is stored until an import succeeds.
 */
export function ImportProblems({ files, problems, fixes, types, onRetry, onDismiss }: ImportProblemsProps) {
  const [draft, setDraft] = useState(() => draftOf(fixes ?? {}));
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const fixable = fixes !== undefined;
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const rowsOf = (p: ImportProblem) => p.at!.rows.map((r) => rowRef(p.at!.file, r));
  const ignoring = (p: ImportProblem) => rowsOf(p).every((r) => draft.ignored.has(r));
  const ignore = (p: ImportProblem, on: boolean) => {
    const ignored = new Set(draft.ignored);
    for (const r of rowsOf(p)) (on ? ignored.add(r) : ignored.delete(r));
    set({ ignored });
  };
  const cellKey = (p: ImportProblem) => p.at!.rows.map((r) => cellRef(p.at!.file, r, p.at!.column!));
  const blocking = problems.filter((p) => !p.at && !(p.kind === "date-order" && draft.dateOrder));
  const sections = new Map<string, { rank: number; list: ImportProblem[] }>();
  for (const p of problems) {
    const [rank, title] = sectionOf(p);
    const section = sections.get(title) ?? sections.set(title, { rank, list: [] }).get(title)!;
    section.list.push(p);
  }

  const fixRow = (p: ImportProblem) =>
    fixable &&
    p.at && (
      <span className="fix-row">
        {p.at.header && p.kind === "row" && (
          <input
            aria-label={`Correct ${p.at.header}, ${p.at.file} ${p.record}`}
            defaultValue={draft.cells[cellKey(p)[0]] ?? p.at.value}
            onChange={(e) => set({ cells: { ...draft.cells, ...Object.fromEntries(cellKey(p).map((k) => [k, e.target.value])) } })}
          />
        )}
        <label className="check">
          <input type="checkbox" checked={ignoring(p)} onChange={(e) => ignore(p, e.target.checked)} />
          Ignore {p.at.file} {p.record}
        </label>
      </span>
    );

  const item = (p: ImportProblem, i: number) => (
    <li key={i}>
      <span>{formatProblem(p)}</span>
      {fixable && p.kind === "relation-type" && p.at?.value !== undefined && (
        <TypeFix written={p.at.value} suggestion={p.suggestion} types={types} choice={draft.types[p.at.value]} onChoose={(c) => set({ types: { ...draft.types, [p.at!.value!]: c } })} />
      )}
      {fixable && p.kind === "date-order" && (
        <span role="radiogroup" aria-label="Order of day and month" className="fix-row">
          {(["dmy", "mdy"] as const).map((o) => (
            <label key={o} className="check">
              <input type="radio" name="date-order" checked={draft.dateOrder === o} onChange={() => set({ dateOrder: o })} />
              {DATE_ORDER_NAMES[o]}
            </label>
          ))}
        </span>
      )}
      {fixRow(p)}
    </li>
  );

  return (
    <div role="alert" className="alert import-report import-problems">
      <p>
        <strong>
          Could not import {files.join(" and ")}: {plural(problems.length, "problem")}. Nothing was changed.
        </strong>
      </p>
      {[...sections].sort((a, b) => a[1].rank - b[1].rank).map(([title, { list }]) => (
        <section key={title} aria-label={title}>
          <h3>{title}</h3>
          <ul>{(expanded.has(title) ? list : list.slice(0, SHOWN)).map(item)}</ul>
          {list.length > SHOWN && !expanded.has(title) && (
            <button type="button" onClick={() => setExpanded(new Set([...expanded, title]))}>
              Show all {list.length}
            </button>
          )}
        </section>
      ))}
      {fixable && <RelationTypeList types={types} />}
      <div className="dialog-actions">
        {fixable && (
          <>
            <button type="button" onClick={() => onRetry(fixesOf(draft, false))}>
              Check again
            </button>
            <button type="button" disabled={blocking.length > 0} title={blocking.length > 0 ? "Fix the problems that are not in a row first" : undefined} onClick={() => onRetry(fixesOf(draft, true))}>
              Import valid rows
            </button>
          </>
        )}
        <button type="button" className="dismiss" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
