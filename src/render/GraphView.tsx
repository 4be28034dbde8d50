import { SigmaContainer, useSigma } from "@react-sigma/core";
import "@react-sigma/core/lib/style.css";
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { useEffect, useMemo, useRef, useState, type ReactNode, type Ref } from "react";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import { neighboursInView } from "../model/degree";
import type { Model } from "../model/graph";
import type { ViewContents } from "../model/window";
import { CameraController, type CameraTarget } from "./CameraController";
import type { DisplayGraph } from "./displayGraph";
import { GraphControls } from "./GraphControls";
import { emphasisOf, GRAPH_THEME, styleEdge, styleNode, type Selection, type Theme } from "./highlight";
import { hoveredEdge, hoveredNode, sizedNode, type Hover } from "./hover";
import { HoverController, type HoverTarget } from "./HoverController";
import type { Positions } from "./layout";
import { LayoutController } from "./LayoutController";
import { MapLayer } from "./MapLayer";
import { SelectionEvents } from "./SelectionEvents";
import { ThemeController } from "./ThemeController";
import type { Layout } from "../state/view";

/** Attributes stay loosely typed at the sigma boundary: its plugins are typed for plain attributes. */
export type EntenteSigma = Sigma;

interface GraphViewProps {
  model: Model;
  display: DisplayGraph;
  contents: ViewContents;
  /** Relations in view per entity: sizes nodes. */
  degrees: ReadonlyMap<string, number>;
  positions: Positions | null;
  layout: Layout;
  sigmaRef: Ref<EntenteSigma | null>;
  selection: Selection;
  theme: Theme;
  camera: CameraTarget | null;
  onSelect: (selection: Selection) => void;
  /** Controls shown over the graph (they stay available in full screen). */
  children?: ReactNode;
}

/** The graph section: sigma draws the display graph; the window only hides what is not in view. */
export function GraphView({ model, display, contents, degrees, positions, layout, sigmaRef, selection, theme, camera, onSelect, children }: GraphViewProps) {
  const [busy, setBusy] = useState(true);
  const [placing, setPlacing] = useState(true);
  const [mapLoading, setMapLoading] = useState(false);
  const [target, setTarget] = useState<HoverTarget>(null);
  const section = useRef<HTMLElement>(null);
  const hover = useMemo(() => hoverOf(model, contents, target), [model, contents, target]);
  // Memoised: @react-sigma recreates the renderer whenever settings change identity.
  const settings = useMemo<Partial<Settings>>(
    () => ({
      edgeProgramClasses: { curvedArrow: EdgeCurvedArrowProgram },
      defaultEdgeType: "arrow",
      enableEdgeEvents: true,
      labelRenderedSizeThreshold: 0,
      labelSize: 13,
      labelWeight: "600",
      labelDensity: 3,
      labelGridCellSize: 60,
      zIndex: true,
      // Zooming out shrinks nodes and edges (as sigma does); zooming in keeps them at their size,
      // so crowded entities come apart instead of growing into each other.
      zoomToSizeRatioFunction: (ratio: number) => Math.sqrt(Math.max(ratio, 1)),
      // sigma's own framing (mouse reset); the initial camera and "Fit to view" also leave room for labels (camera.ts).
      stagePadding: 30,
      minCameraRatio: 0.02,
      maxCameraRatio: 5,
    }),
    [],
  );
  return (
    <section ref={section} className="graph" aria-label="Graph" aria-busy={busy || placing || mapLoading || !positions}>
      <SigmaContainer graph={display} settings={settings} ref={sigmaRef} className="graph-canvas">
        <VisibilityController contents={contents} degrees={degrees} hover={hover} selection={selection} theme={theme} onBusy={setBusy} />
        <LayoutController positions={positions} onBusy={setPlacing} />
        {layout === "map" && <MapLayer onBusy={setMapLoading} />}
        <HoverController model={model} contents={contents} degrees={degrees} onHover={setTarget} />
        <SelectionEvents onSelect={onSelect} />
        <CameraController target={camera} />
        <ThemeController theme={theme} />
        <GraphControls section={section} />
      </SigmaContainer>
      {!positions && (
        <p className="graph-status" role="status">
          Computing layout…
        </p>
      )}
      {layout === "map" && <p className="map-credit">Map: Natural Earth</p>}
      {children}
    </section>
  );
}

/** The hovered entity with its neighbours and relations in view, or the hovered relation; nothing out of view. */
function hoverOf(model: Model, contents: ViewContents, target: HoverTarget): Hover {
  if (target?.kind === "relation") return contents.relations.has(target.id) ? { kind: "relation", id: target.id } : null;
  if (target?.kind !== "entity" || !contents.entities.has(target.id)) return null;
  const relations = new Set(model.graph.edges(target.id).filter((e) => contents.relations.has(e)));
  return { kind: "entity", id: target.id, neighbours: neighboursInView(model.graph, target.id, contents.relations), relations };
}

interface VisibilityProps {
  contents: ViewContents;
  degrees: ReadonlyMap<string, number>;
  hover: Hover;
  selection: Selection;
  theme: Theme;
  onBusy: (busy: boolean) => void;
}

/** Applies what the model says is in view (sized, selection emphasised, hover on top), and reports when sigma has drawn it. */
function VisibilityController({ contents, degrees, hover, selection, theme, onBusy }: VisibilityProps) {
  const sigma = useSigma();
  useEffect(() => {
    onBusy(true);
    const rendered = () => onBusy(false);
    sigma.once("afterRender", rendered);
    const emphasis = emphasisOf(sigma.getGraph(), contents, selection);
    const background = GRAPH_THEME[theme].background;
    sigma.setSetting("nodeReducer", (node, data) =>
      contents.entities.has(node)
        ? hoveredNode(node, styleNode(node, sizedNode(data, degrees.get(node) ?? 0), emphasis, theme), hover, background)
        : { ...data, hidden: true },
    );
    sigma.setSetting("edgeReducer", (edge, data) =>
      contents.relations.has(edge) ? hoveredEdge(edge, styleEdge(edge, data, emphasis, theme), hover, background) : { ...data, hidden: true },
    );
    return () => {
      sigma.off("afterRender", rendered);
    };
  }, [sigma, contents, degrees, hover, selection, theme, onBusy]);
  return null;
}
