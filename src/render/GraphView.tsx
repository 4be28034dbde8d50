import { SigmaContainer, useSigma } from "@react-sigma/core";
import "@react-sigma/core/lib/style.css";
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { useEffect, useMemo, useState, type Ref } from "react";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { ViewContents } from "../model/window";
import type { DisplayGraph } from "./displayGraph";

/** Attributes stay loosely typed at the sigma boundary: its plugins are typed for plain attributes. */
export type EntenteSigma = Sigma;

interface GraphViewProps {
  display: DisplayGraph;
  contents: ViewContents;
  sigmaRef: Ref<EntenteSigma | null>;
}

/** The graph section: sigma draws the display graph; the window only hides what is not in view. */
export function GraphView({ display, contents, sigmaRef }: GraphViewProps) {
  const [busy, setBusy] = useState(true);
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
    }),
    [],
  );
  return (
    <section className="graph" aria-label="Graph" aria-busy={busy}>
      <SigmaContainer graph={display} settings={settings} ref={sigmaRef} className="graph-canvas">
        <VisibilityController contents={contents} onBusy={setBusy} />
      </SigmaContainer>
    </section>
  );
}

/** Applies what the model says is in view, and reports when sigma has drawn it. */
function VisibilityController({ contents, onBusy }: { contents: ViewContents; onBusy: (busy: boolean) => void }) {
  const sigma = useSigma();
  useEffect(() => {
    onBusy(true);
    const rendered = () => onBusy(false);
    sigma.once("afterRender", rendered);
    sigma.setSetting("nodeReducer", (node, data) => (contents.entities.has(node) ? data : { ...data, hidden: true }));
    sigma.setSetting("edgeReducer", (edge, data) => (contents.relations.has(edge) ? data : { ...data, hidden: true }));
    return () => {
      sigma.off("afterRender", rendered);
    };
  }, [sigma, contents, onBusy]);
  return null;
}
