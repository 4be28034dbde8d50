import { useSigma } from "@react-sigma/core";
import { useEffect, useLayoutEffect, useRef } from "react";
import type Sigma from "sigma";
import type { ViewUpdate } from "../../model/frame/viewTracker";
import type { Visibility } from "./visibility";

/** How the last update reached the screen: which refresh, and how many relations it touched (a test and bench signal). */
export interface Applied {
  refresh: "partial" | "full";
  relations: number;
}

interface ControllerProps {
  view: ViewUpdate;
  /** Edits patched into the graph so far: after one, sigma has entities and relations it has not indexed yet. */
  edits: number;
  visibility: Visibility;
  refresh: "partial" | "full";
  onDrawn: (view: ViewUpdate) => void;
  onApplied: (applied: Applied) => void;
}

/**
 * Applies each view update: only what entered or left (and the entities whose size changed with it)
 * is refreshed (sigma's partial refresh, no reindexing), then fades run frame by frame; reports the
 * update drawn once the last frame is.
 */
export function VisibilityController({ view, edits, visibility, refresh, onDrawn, onApplied }: ControllerProps) {
  const sigma = useSigma();
  const applied = useRef<{ sigma: Sigma; view: ViewUpdate; edits: number } | undefined>(undefined);
  const frame = useRef(0);
  useLayoutEffect(() => {
    const previous = applied.current?.sigma === sigma ? applied.current.view : undefined;
    // What an edit added is indexed by sigma's next render: until then a refresh must not skip indexation.
    const skipIndexation = applied.current?.edits === edits;
    applied.current = { sigma, view, edits };
    const incremental = previous !== undefined && view.base === previous.seq;
    const changed = visibility.apply(view, previous, performance.now(), previous !== undefined);
    const full = refresh === "full" || !incremental;
    onApplied({ refresh: full ? "full" : "partial", relations: full ? view.contents.relations.size : view.diff.entered.length + view.diff.left.length });
    if (full) sigma.refresh();
    else {
      // Sizes follow the relations in view: the endpoints of what entered or left change size.
      const graph = sigma.getGraph();
      const nodes = new Set(changed.nodes);
      // An edit may have dropped what left the view: sigma already forgot it.
      for (const edge of [...view.diff.entered, ...view.diff.left]) if (graph.hasEdge(edge)) nodes.add(graph.source(edge)).add(graph.target(edge));
      const partial = present(graph, { nodes: [...nodes], edges: changed.edges });
      if (partial.nodes.length > 0 || partial.edges.length > 0) sigma.refresh({ partialGraph: partial, skipIndexation });
    }
    cancelAnimationFrame(frame.current);
    const tick = () => {
      const stepped = present(sigma.getGraph(), visibility.step(performance.now()));
      if (stepped.nodes.length > 0 || stepped.edges.length > 0) sigma.refresh({ partialGraph: stepped, skipIndexation });
      if (visibility.fading) frame.current = requestAnimationFrame(tick);
      else onDrawn(view);
    };
    if (visibility.fading) frame.current = requestAnimationFrame(tick);
    else onDrawn(view);
  }, [sigma, view, edits, visibility, refresh, onDrawn, onApplied]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return null;
}

/** What of a change the display graph still has (an edit may have dropped an entity or relation that was fading). */
function present(graph: ReturnType<Sigma["getGraph"]>, changed: { nodes: string[]; edges: string[] }): { nodes: string[]; edges: string[] } {
  return { nodes: changed.nodes.filter((n) => graph.hasNode(n)), edges: changed.edges.filter((e) => graph.hasEdge(e)) };
}
