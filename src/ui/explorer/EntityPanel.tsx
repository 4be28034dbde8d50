import { lazy, Suspense } from "react";
import { relationSentence, relationsOf } from "../../model/dataset/describe";
import type { Model } from "../../model/dataset/graph";
import type { ViewContents } from "../../model/time/window";
import { ENTITY_TYPE_LABELS } from "../../render/style/style";
import { Citations } from "./Citations";
import { ChangeHistory, RecordActions } from "../edit/RecordTools";
import { Loading } from "../app/Loading";
import { Panel } from "./Panel";
import type { PartnersViewProps } from "../partners/PartnersView";
import { relationDate } from "./RelationsTable";

// Partners by year, what changed and the timeline (with their exports) load when an entity is first opened.
const PartnersView = lazy(() => import("../partners/PartnersView").then((m) => ({ default: m.PartnersView })));

interface EntityPanelProps {
  model: Model;
  entity: string;
  contents: ViewContents;
  hops: 0 | 1 | 2;
  onHops: (hops: 0 | 1 | 2) => void;
  onSelectRelation: (relation: string) => void;
  onClose: () => void;
  /** The view's time and how to show a period: when given, the partners views are shown. */
  partners?: Pick<PartnersViewProps, "view" | "lastYear" | "onPeriod">;
}

const HOPS: [0 | 1 | 2, string][] = [
  [0, "All"],
  [1, "1 step"],
  [2, "2 steps"],
];

/** An entity: what it is, and every relation it has, in date order, with citations. */
export function EntityPanel({ model, entity: id, contents, hops, onHops, onSelectRelation, onClose, partners }: EntityPanelProps) {
  const entity = model.graph.getNodeAttribute(id, "entity");
  const relations = relationsOf(model, id);
  const inView = relations.filter((r) => contents.relations.has(r.id)).length;
  return (
    <Panel title={entity.label} kicker={ENTITY_TYPE_LABELS[entity.type]} onClose={onClose}>
      {entity.description && <p className="description">{entity.description}</p>}
      {entity.aliases && entity.aliases.length > 0 && (
        <p className="aliases">
          <span className="muted">Also known as </span>
          {entity.aliases.join(" · ")}
        </p>
      )}
      <RecordActions collection="entities" id={id} />
      <fieldset className="hops">
        <legend>Neighbourhood</legend>
        {HOPS.map(([value, text]) => (
          <label key={value}>
            <input type="radio" name="hops" value={value} checked={hops === value} onChange={() => onHops(value)} />
            {text}
          </label>
        ))}
      </fieldset>
      {partners && (
        <Suspense fallback={<Loading what="partners over time" />}>
          <PartnersView model={model} entity={id} {...partners} onSelectRelation={onSelectRelation} />
        </Suspense>
      )}
      <h3>
        Relations <span className="count">({inView} in view of {relations.length})</span>
      </h3>
      {!contents.entities.has(id) && <p className="muted">Not in view with the current time window and filters.</p>}
      <ol className="relation-list">
        {relations.map((r) => {
          return (
            <li key={r.id} className={contents.relations.has(r.id) ? undefined : "out-of-view"}>
              <div className="when">
                {relationDate(r)}
                {!contents.relations.has(r.id) && <span className="muted"> · not in view</span>}
              </div>
              <button type="button" className="link what" onClick={() => onSelectRelation(r.id)}>
                {relationSentence(model, r)}
              </button>
              <Citations model={model} relation={r} />
            </li>
          );
        })}
      </ol>
      <ChangeHistory collection="entities" id={id} />
    </Panel>
  );
}
