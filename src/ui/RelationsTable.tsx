import type { Model } from "../model/graph";
import { safeHref } from "../model/safeHref";
import type { Relation } from "../model/schema";

interface RelationsTableProps {
  model: Model;
  relations: Set<string>;
}

export function relationDate(r: Relation): string {
  if (r.date !== undefined) return r.date;
  return `${r.start} – ${r.end ?? "ongoing"}`;
}

/** "Relations in view": one row per relation in the window, in date order. */
export function RelationsTable({ model, relations }: RelationsTableProps) {
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
        <table aria-label="Relations in view">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Source</th>
              <th scope="col">Relation</th>
              <th scope="col">Target</th>
              <th scope="col">Citation</th>
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
                    <cite>
                      <SourceTitle title={source?.title ?? cite.source} url={source?.url} />
                    </cite>
                    {cite.quote && <q>{cite.quote}</q>}
                    {r.citations.length > 1 && <span className="more"> +{r.citations.length - 1} more</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** A source's title, linked only when its URL is http(s): dataset text is untrusted. */
function SourceTitle({ title, url }: { title: string; url?: string }) {
  const href = safeHref(url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {title}
    </a>
  ) : (
    <>{title}</>
  );
}
