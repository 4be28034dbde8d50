import { describeWhen, isApproximate, relationSentence } from "../../model/dataset/describe";
import type { Model } from "../../model/dataset/graph";
import type { ViewContents } from "../../model/time/window";
import { CLASS_COLORS, CLASS_LABELS } from "../../render/style/style";
import { Citations } from "./Citations";
import { ChangeHistory, RecordActions } from "../edit/RecordTools";
import { Panel } from "./Panel";

interface RelationPanelProps {
  model: Model;
  relation: string;
  contents: ViewContents;
  onSelectEntity: (entity: string) => void;
  onClose: () => void;
}

/** A relation: who did what to whom, when (and how precisely that is known), its type, every citation and the note. */
export function RelationPanel({ model, relation: id, contents, onSelectEntity, onClose }: RelationPanelProps) {
  const attrs = model.graph.getEdgeAttributes(id);
  const r = attrs.relation;
  const type = model.relationTypes.get(r.type);
  const label = (node: string) => model.graph.getNodeAttribute(node, "entity").label;
  return (
    <Panel title={relationSentence(model, r)} kicker={attrs.kind === "event" ? "Event" : "State"} onClose={onClose}>
      <RecordActions collection="relations" id={id} />
      <dl className="facts">
        <dt>When</dt>
        <dd>
          {describeWhen(r)}
          {isApproximate(r) && <div className="muted">Approximate: the source does not fix the date exactly.</div>}
          {!contents.relations.has(id) && <div className="muted">Not in view with the current time window and filters.</div>}
        </dd>
        <dt>Between</dt>
        <dd>
          <button type="button" className="link" onClick={() => onSelectEntity(r.source)}>
            {label(r.source)}
          </button>
          {" → "}
          <button type="button" className="link" onClick={() => onSelectEntity(r.target)}>
            {label(r.target)}
          </button>
        </dd>
        <dt>Type</dt>
        <dd>
          {type?.label ?? r.type} <span className="muted">({attrs.kind})</span>
        </dd>
        <dt>Class</dt>
        <dd>
          <span className="swatch line" style={{ background: CLASS_COLORS[attrs.class] }} aria-hidden="true" />
          {CLASS_LABELS[attrs.class]}
        </dd>
      </dl>
      {r.note && (
        <div className="note">
          <h3>Note</h3>
          <p>{r.note}</p>
        </div>
      )}
      <h3>
        {r.citations.length === 1 ? "Citation" : `Citations (${r.citations.length})`}
      </h3>
      <Citations model={model} relation={r} />
      <ChangeHistory collection="relations" id={id} />
    </Panel>
  );
}
