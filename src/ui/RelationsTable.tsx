import type { Model } from "../model/graph";
import type { Relation } from "../model/schema";
import type { ChangeMark } from "../model/timeModes";
import { CHANGE_COLORS, CHANGE_DESCRIPTIONS, CHANGE_LABELS } from "../render/changeStyle";

interface RelationsTableProps {
  model: Model;
  relations: Set<string>;
  /** Compare mode: how each relation changed, shown in a Change column. */
  marks?: Map<string, ChangeMark>;
}

export function relationDate(r: Relation): string {
  if (r.date !== undefined) return r.date;
  return `${r.start} – ${r.end ?? "ongoing"}`;
}

/** "Relations in view": one row per relation in the window, in date order. */
export function RelationsTable({ model, relations, marks }: RelationsTableProps) {
  const { graph } = model;
  const sources = new Map(model.dataset.sources.map((s) => [s.id, s]));
  const rows = [...relations]
    .map((id) => graph.getEdgeAttributes(id))
    .sort((a, b) => a.first - b.first || a.relation.id.localeCompare(b.relation.id));
  return (
    <div className="relations">
      <h2 id="relations-heading">
        Relations in view <span className="count">({rows.length})</span>
      </h2>
      <div className="table-scroll">
        <table aria-label="Relations in view" className={marks ? "with-change" : undefined}>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Source</th>
              <th scope="col">Relation</th>
              <th scope="col">Target</th>
              <th scope="col">Citation</th>
              {marks && <th scope="col">Change</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ relation: r }) => {
              const cite = r.citations[0];
              const source = sources.get(cite.source);
              return (
                <tr key={r.id} data-relation={r.id}>
                  <td>{relationDate(r)}</td>
                  <td>{graph.getNodeAttribute(r.source, "entity").label}</td>
                  <td>{r.label}</td>
                  <td>{graph.getNodeAttribute(r.target, "entity").label}</td>
                  <td className="citation">
                    <cite>{source?.title ?? cite.source}</cite>
                    {cite.quote && <q>{cite.quote}</q>}
                    {r.citations.length > 1 && <span className="more"> +{r.citations.length - 1} more</span>}
                  </td>
                  {marks && <ChangeCell mark={marks.get(r.id)} />}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function ChangeCell({ mark }: { mark: ChangeMark | undefined }) {
  if (!mark) return <td />;
  return (
    <td>
      <span className="change-badge" style={{ borderColor: CHANGE_COLORS[mark], color: CHANGE_COLORS[mark] }} title={CHANGE_DESCRIPTIONS[mark]}>
        {CHANGE_LABELS[mark]}
      </span>
    </td>
  );
}
