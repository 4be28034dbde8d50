import { SigmaContainer, useSigma } from "@react-sigma/core";
import "@react-sigma/core/lib/style.css";
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type Ref } from "react";
import type Sigma from "sigma";
import { drawDiscNodeLabel } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { ViewUpdate } from "../model/viewTracker";
import type { DisplayGraph } from "./displayGraph";
import { Visibility } from "./visibility";

/** Attributes stay loosely typed at the sigma boundary: its plugins are typed for plain attributes. */
export type EntenteSigma = Sigma;

interface GraphViewProps {
  display: DisplayGraph;
  /** The view to draw; each update carries what changed since the one before. */
  view: ViewUpdate;
  sigmaRef: Ref<EntenteSigma | null>;
  /** Entities fade in and out over this many ms (0: no fade; reduced motion turns it off). */
  fadeMs?: number;
  /** Other parts of the view (table, legend) are still catching up: the view is not drawn yet. */
  pending?: boolean;
  /** "full": redraw everything on each change instead of a partial refresh (for benchmarks). */
  refresh?: "partial" | "full";
}

const reducedMotion = () => typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;

/** The graph section: sigma draws the display graph; the window only hides what is not in view. */
export function GraphView({ display, view, sigmaRef, pending = false, fadeMs = 200, refresh = "partial" }: GraphViewProps) {
  const [drawn, setDrawn] = useState(-1);
  const visibility = useMemo(() => new Visibility(display, reducedMotion() ? 0 : fadeMs), [display, fadeMs]);
  // Memoised: @react-sigma recreates the renderer whenever settings change identity.
  const settings = useMemo<Partial<Settings>>(
    () => ({
      edgeProgramClasses: { curvedArrow: EdgeCurvedArrowProgram },
      defaultEdgeType: "arrow",
      labelRenderedSizeThreshold: 0,
      labelSize: 13,
      labelWeight: "600",
      labelDensity: 3,
      labelGridCellSize: 60,
      zIndex: true,
      // Room for labels, which sigma does not count when fitting the graph.
      stagePadding: 70,
      minCameraRatio: 0.05,
      maxCameraRatio: 5,
      nodeReducer: visibility.nodeReducer,
      edgeReducer: visibility.edgeReducer,
      defaultDrawNodeLabel: drawFadingLabel,
    }),
    [visibility],
  );
  return (
    <section className="graph" aria-label="Graph" aria-busy={pending || drawn !== view.seq}>
      <SigmaContainer graph={display} settings={settings} ref={sigmaRef} className="graph-canvas">
        <VisibilityController view={view} visibility={visibility} refresh={refresh} onDrawn={setDrawn} />
      </SigmaContainer>
    </section>
  );
}

/** Labels fade with their entity; out of view they are not drawn. */
const drawFadingLabel: Settings["defaultDrawNodeLabel"] = (context, data, settings) => {
  const opacity = (data as { opacity?: number }).opacity ?? 1;
  if (opacity <= 0) return;
  if (opacity >= 1) return drawDiscNodeLabel(context, data, settings);
  context.save();
  context.globalAlpha = opacity;
  drawDiscNodeLabel(context, data, settings);
  context.restore();
};

interface ControllerProps {
  view: ViewUpdate;
  visibility: Visibility;
  refresh: "partial" | "full";
  onDrawn: (seq: number) => void;
}

/**
 * Applies each view update: only what entered or left is refreshed (sigma's partial refresh,
 * no reindexing), then fades run frame by frame; reports the update drawn once the last frame is.
 */
function VisibilityController({ view, visibility, refresh, onDrawn }: ControllerProps) {
  const sigma = useSigma();
  const applied = useRef<{ sigma: Sigma; view: ViewUpdate } | undefined>(undefined);
  const frame = useRef(0);
  useLayoutEffect(() => {
    const previous = applied.current?.sigma === sigma ? applied.current.view : undefined;
    applied.current = { sigma, view };
    const changed = visibility.apply(view, previous, performance.now(), previous !== undefined);
    if (refresh === "full" || previous === undefined) sigma.refresh();
    else if (changed.nodes.length > 0 || changed.edges.length > 0) sigma.refresh({ partialGraph: changed, skipIndexation: true });
    cancelAnimationFrame(frame.current);
    const tick = () => {
      const stepped = visibility.step(performance.now());
      if (stepped.nodes.length > 0 || stepped.edges.length > 0) sigma.refresh({ partialGraph: stepped, skipIndexation: true });
      if (visibility.fading) frame.current = requestAnimationFrame(tick);
      else onDrawn(view.seq);
    };
    if (visibility.fading) frame.current = requestAnimationFrame(tick);
    else onDrawn(view.seq);
  }, [sigma, view, visibility, refresh, onDrawn]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return null;
}
