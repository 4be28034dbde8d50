import type { Model } from "../../model/dataset/graph";
import { describeEntity, describeRelation } from "../../model/dataset/describe";
import { ENTITY_TYPE_LABELS } from "../style/style";

/** Tooltips of the curated view: a relation's sentence, date and first citation; an entity's type and relations in view. */
export function RelationTip({ model, id }: { model: Model; id: string }) {
  const { sentence, date, citation } = describeRelation(model, id);
  return (
    <>
      <p className="tip-title">{sentence}</p>
      <p className="tip-date">{date}</p>
      {citation && (
        <p className="tip-citation">
          <cite>{citation.title}</cite>
          {citation.quote && <q>{citation.quote}</q>}
          {citation.more > 0 && <span className="more"> +{citation.more} more</span>}
        </p>
      )}
    </>
  );
}

export function EntityTip({ model, id, degrees }: { model: Model; id: string; degrees: ReadonlyMap<string, number> }) {
  const { label, type, relationsInView } = describeEntity(model, id, degrees);
  return (
    <>
      <p className="tip-title">{label}</p>
      <p className="tip-date">
        {ENTITY_TYPE_LABELS[type]} · {relationsInView} {relationsInView === 1 ? "relation" : "relations"} in view
      </p>
    </>
  );
}
