import { SigmaContainer, useSigma } from "@react-sigma/core";
import "@react-sigma/core/lib/style.css";
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { useEffect, useMemo, useState, type Ref } from "react";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { ViewContents } from "../model/window";
import { CameraController, type CameraTarget } from "./CameraController";
import type { DisplayGraph } from "./displayGraph";
import { emphasisOf, styleEdge, styleNode, type Selection, type Theme } from "./highlight";
import { SelectionEvents } from "./SelectionEvents";
import { ThemeController } from "./ThemeController";

/** Attributes stay loosely typed at the sigma boundary: its plugins are typed for plain attributes. */
export type EntenteSigma = Sigma;

interface GraphViewProps {
  display: DisplayGraph;
  contents: ViewContents;
  sigmaRef: Ref<EntenteSigma | null>;
  selection: Selection;
  theme: Theme;
  camera: CameraTarget | null;
  onSelect: (selection: Selection) => void;
}

/** The graph section: sigma draws the display graph; the window only hides what is not in view. */
export function GraphView({ display, contents, sigmaRef, selection, theme, camera, onSelect }: GraphViewProps) {
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
      enableEdgeEvents: true,
    }),
    [],
  );
  return (
    <section className="graph" aria-label="Graph" aria-busy={busy}>
      <SigmaContainer graph={display} settings={settings} ref={sigmaRef} className="graph-canvas">
        <VisibilityController contents={contents} selection={selection} theme={theme} onBusy={setBusy} />
        <SelectionEvents onSelect={onSelect} />
        <CameraController target={camera} />
        <ThemeController theme={theme} />
      </SigmaContainer>
    </section>
  );
}

interface VisibilityProps {
  contents: ViewContents;
  selection: Selection;
  theme: Theme;
  onBusy: (busy: boolean) => void;
}

/** Applies what the model says is in view (with the selection emphasised), and reports when sigma has drawn it. */
function VisibilityController({ contents, selection, theme, onBusy }: VisibilityProps) {
  const sigma = useSigma();
  useEffect(() => {
    onBusy(true);
    const rendered = () => onBusy(false);
    sigma.once("afterRender", rendered);
    const emphasis = emphasisOf(sigma.getGraph(), contents, selection);
    sigma.setSetting("nodeReducer", (node, data) => (contents.entities.has(node) ? styleNode(node, data, emphasis, theme) : { ...data, hidden: true }));
    sigma.setSetting("edgeReducer", (edge, data) => (contents.relations.has(edge) ? styleEdge(edge, data, emphasis, theme) : { ...data, hidden: true }));
    return () => {
      sigma.off("afterRender", rendered);
    };
  }, [sigma, contents, selection, theme, onBusy]);
  return null;
}
