import { useSigma } from "@react-sigma/core";
import { useEffect, useState } from "react";
import type { Model } from "../../model/dataset/graph";
import { describeEntity, describeRelation } from "../../model/dataset/describe";
import type { ViewContents } from "../../model/time/window";
import { ENTITY_TYPE_LABELS } from "../style/style";

export type HoverTarget = { kind: "entity" | "relation"; id: string } | null;

interface HoverControllerProps {
  model: Model;
  contents: ViewContents;
  degrees: ReadonlyMap<string, number>;
  onHover: (target: HoverTarget) => void;
}

interface Tip {
  kind: "entity" | "relation";
  id: string;
  x: number;
  y: number;
}

/** Reports what the pointer is over and shows a tooltip for it at the pointer. */
export function HoverController({ model, contents, degrees, onHover }: HoverControllerProps) {
  const sigma = useSigma();
  const [tip, setTip] = useState<Tip | null>(null);
  useEffect(() => {
    const show = (kind: Tip["kind"], id: string, x: number, y: number) => {
      onHover({ kind, id });
      setTip({ kind, id, x, y });
    };
    const hide = () => {
      onHover(null);
      setTip(null);
    };
    // sigma 3.0.3 emits leaveNode when the pointer leaves the stage but keeps the node drawn as
    // hovered (jacomyal/sigma.js#1327); forget it so the picture is restored.
    const leaveStage = () => {
      hide();
      const internals = sigma as unknown as { hoveredNode?: string | null; hoveredEdge?: string | null };
      if (internals.hoveredNode || internals.hoveredEdge) {
        internals.hoveredNode = null;
        internals.hoveredEdge = null;
        sigma.scheduleRender();
      }
    };
    const handlers = {
      enterNode: ({ node, event }: { node: string; event: { x: number; y: number } }) => show("entity", node, event.x, event.y),
      enterEdge: ({ edge, event }: { edge: string; event: { x: number; y: number } }) => show("relation", edge, event.x, event.y),
      leaveNode: hide,
      leaveEdge: hide,
      leaveStage,
      moveBody: ({ event }: { event: { x: number; y: number } }) => setTip((t) => t && { ...t, x: event.x, y: event.y }),
    };
    for (const [name, handler] of Object.entries(handlers)) sigma.on(name as "enterNode", handler as () => void);
    return () => {
      for (const [name, handler] of Object.entries(handlers)) sigma.off(name as "enterNode", handler as () => void);
    };
  }, [sigma, onHover]);

  if (!tip) return null;
  const inView = tip.kind === "entity" ? contents.entities.has(tip.id) : contents.relations.has(tip.id);
  if (!inView) return null;
  return (
    <div role="tooltip" className="graph-tooltip" style={tooltipPosition(tip, sigma.getDimensions())}>
      {tip.kind === "relation" ? <RelationTip model={model} id={tip.id} /> : <EntityTip model={model} id={tip.id} degrees={degrees} />}
    </div>
  );
}

/** Keeps a tooltip inside the graph: it opens away from the nearer edges of the pointer. */
export function tooltipPosition(at: { x: number; y: number }, { width, height }: { width: number; height: number }) {
  return {
    left: at.x < width / 2 ? at.x + 14 : undefined,
    right: at.x >= width / 2 ? width - at.x + 14 : undefined,
    top: at.y < height / 2 ? at.y + 14 : undefined,
    bottom: at.y >= height / 2 ? height - at.y + 14 : undefined,
  };
}

function RelationTip({ model, id }: { model: Model; id: string }) {
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

function EntityTip({ model, id, degrees }: { model: Model; id: string; degrees: ReadonlyMap<string, number> }) {
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
