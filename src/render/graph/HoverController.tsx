import { useSigma } from "@react-sigma/core";
import { useEffect, useState, type ReactNode } from "react";
import type { ViewContents } from "../../model/time/window";

export type HoverTarget = { kind: "entity" | "relation"; id: string } | null;

interface HoverControllerProps {
  contents: ViewContents;
  /** The tooltip's words for an entity or relation in view (each source of frames has its own). */
  tip: (target: NonNullable<HoverTarget>) => ReactNode;
  onHover: (target: HoverTarget) => void;
}

interface Tip {
  kind: "entity" | "relation";
  id: string;
  x: number;
  y: number;
}

/** Reports what the pointer is over and shows a tooltip for it at the pointer. */
export function HoverController({ contents, tip: words, onHover }: HoverControllerProps) {
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
      {words({ kind: tip.kind, id: tip.id })}
    </div>
  );
}

/** Keeps a tooltip inside the graph: it opens away from the nearer edges of the pointer. */
function tooltipPosition(at: { x: number; y: number }, { width, height }: { width: number; height: number }) {
  return {
    left: at.x < width / 2 ? at.x + 14 : undefined,
    right: at.x >= width / 2 ? width - at.x + 14 : undefined,
    top: at.y < height / 2 ? at.y + 14 : undefined,
    bottom: at.y >= height / 2 ? height - at.y + 14 : undefined,
  };
}
