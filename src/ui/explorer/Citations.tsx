import { describeDate } from "../../model/dataset/describe";
import { safeHref } from "../../model/dataset/safeHref";
import type { Model } from "../../model/dataset/graph";
import type { Relation } from "../../model/dataset/schema";

/** A relation's citations: the quote, then the source, linked when it has an http(s) URL. All dataset text is rendered as text. */
export function Citations({ model, relation }: { model: Model; relation: Relation }) {
  const sources = new Map(model.dataset.sources.map((s) => [s.id, s]));
  return (
    <ul className="citations">
      {relation.citations.map((c, i) => {
        const source = sources.get(c.source);
        const href = safeHref(source?.url);
        const title = source?.title ?? c.source;
        return (
          <li key={i}>
            <div className="source">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {title}
                </a>
              ) : (
                <cite>{title}</cite>
              )}
              {source && (
                <span className="publisher">
                  {" "}
                  — {source.publisher}
                  {source.published && `, ${describeDate(source.published).replace(/ \(.*\)$/, "")}`}
                  {!href && source.url && ` (${source.url})`}
                </span>
              )}
            </div>
            {c.quote && <blockquote>{c.quote}</blockquote>}
          </li>
        );
      })}
    </ul>
  );
}
