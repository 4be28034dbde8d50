import { useSigma } from "@react-sigma/core";
import "@react-sigma/core/lib/style.css";
import { useEffect, useMemo, useRef, useState, type ReactNode, type Ref } from "react";
import type { Settings } from "sigma/settings";
import type { Attributes } from "graphology-types";
import { neighboursInView } from "../../model/frame/degree";
import type { ViewContents } from "../../model/time/window";
import { CameraController, type CameraTarget } from "./CameraController";
import { FirstDraw } from "./FirstDraw";
import { GraphControls } from "./GraphControls";
import { GRAPH_THEME, styleEdge, styleNode, type Emphasis, type Selection, type Theme } from "./highlight";
import { hoveredEdge, hoveredNode, type Hover } from "./hover";
import { HoverController, type HoverTarget } from "./HoverController";
import { KeyboardNavigation } from "./KeyboardNavigation";
import { LabelsApart } from "./LabelsApart";
import { RendererContainer } from "./RendererContainer";
import { setGraphHoveredRelation, usePointedRelations } from "./linkedHighlight";
import { SelectionEvents } from "./SelectionEvents";
import { BASE_SETTINGS, type EntenteSigma } from "./sigmaSettings";
import type { GraphSource } from "./source";
import { ThemeController } from "./ThemeController";

interface GraphViewProps {
  /** What to draw: a source of frames (curated relations or aggregated events) adapted by useCuratedSource or useEventSource. */
  source: GraphSource;
  sigmaRef: Ref<EntenteSigma | null>;
  theme: Theme;
  camera: CameraTarget | null;
  /** A click on an entity or relation (ids of the display graph). */
  onSelect: (selection: Selection) => void;
  /** Controls shown over the graph (they stay available in full screen). */
  children?: ReactNode;
}

/** How entities and relations in view look beyond the frame's own sizes: selection emphasis and theme, hover on top. */
interface Look {
  emphasis: Emphasis | null;
  hover: Hover;
  theme: Theme;
}

/** The graph section: sigma draws the source's display graph as each frame says; selection, hover and theme on top. */
export function GraphView({ source, sigmaRef, theme, camera, onSelect, children }: GraphViewProps) {
  const { graph, contents, emphasis, frameNode, frameEdge, fadeNode, fadeEdge } = source;
  const [styling, setStyling] = useState(false);
  const [target, setTarget] = useState<HoverTarget>(null);
  const section = useRef<HTMLElement>(null);
  const pointed = usePointedRelations();
  const hover = useMemo(() => (graph ? hoverOf(graph, contents, target, pointed, source.pointed) : null), [graph, contents, target, pointed, source.pointed]);
  useEffect(() => setGraphHoveredRelation(target?.kind === "relation" ? target.id : null), [target]);
  useEffect(() => () => setGraphHoveredRelation(null), []);
  // The reducers are set once per source; they read the current look from here, so a frame needs no new reducer.
  // Set while rendering: the source's controllers refresh what a frame changed before effects run.
  const look = useRef<Look>({ emphasis, hover, theme });
  look.current = { emphasis, hover, theme };
  const restyle = "restyle" in source ? source.restyle : emphasis;
  // Memoised: the container recreates the renderer whenever settings change.
  const settings = useMemo<Partial<Settings>>(
    () => ({
      ...BASE_SETTINGS,
      ...source.settings,
      nodeReducer: (node: string, data: Attributes) => {
        const framed = frameNode(node, data);
        if (framed.hidden) return framed;
        const { emphasis, hover, theme } = look.current;
        const styled = hoveredNode(node, styleNode(node, framed, emphasis, theme), hover, GRAPH_THEME[theme].background);
        return fadeNode ? fadeNode(node, styled) : styled;
      },
      edgeReducer: (edge: string, data: Attributes) => {
        const framed = frameEdge(edge, data);
        if (framed.hidden) return framed;
        const { emphasis, hover, theme } = look.current;
        const styled = hoveredEdge(edge, styleEdge(edge, framed, emphasis, theme), hover, GRAPH_THEME[theme].background);
        return fadeEdge ? fadeEdge(edge, styled) : styled;
      },
    }),
    [source.settings, frameNode, frameEdge, fadeNode, fadeEdge],
  );
  return (
    <section
      ref={section}
      className="graph"
      aria-label="Graph"
      aria-busy={source.busy || styling}
      {...source.state}
      data-pointed={hover?.kind === "relations" ? [...hover.ids].sort().join(" ") : undefined}
    >
      {graph && (
        <RendererContainer graph={graph} settings={settings} ref={sigmaRef} className="graph-canvas">
          <FirstDraw />
          {source.keyboard && <KeyboardNavigation contents={contents} words={source.keyboard} onOpen={(entity) => onSelect({ entity })} />}
          {source.controllers}
          <LabelsApart />
          <LookController restyle={restyle} hover={hover} theme={theme} onBusy={setStyling} />
          <HoverController contents={contents} tip={source.tip} onHover={setTarget} />
          <SelectionEvents onSelect={onSelect} />
          <CameraController target={camera} />
          <ThemeController theme={theme} />
          <GraphControls section={section} />
          <PositionsHook />
        </RendererContainer>
      )}
      {source.overlay}
      {children}
    </section>
  );
}

/**
 * The hovered entity with its neighbours and relations in view, or the hovered relation; nothing out of view.
 * With nothing hovered, what a view beside the graph points at.
 */
function hoverOf(graph: NonNullable<GraphSource["graph"]>, contents: ViewContents, target: HoverTarget, pointed: ReadonlySet<string>, which: GraphSource["pointed"]): Hover {
  // The pointer in the graph wins; otherwise what a view beside it points at.
  if (target === null && pointed.size > 0) {
    const ids = which === "all" ? pointed : new Set([...pointed].filter((id) => contents.relations.has(id)));
    return ids.size > 0 ? { kind: "relations", ids } : null;
  }
  if (target?.kind === "relation") return contents.relations.has(target.id) ? { kind: "relation", id: target.id } : null;
  if (target?.kind !== "entity" || !contents.entities.has(target.id) || !graph.hasNode(target.id)) return null;
  const relations = new Set(graph.edges(target.id).filter((e) => contents.relations.has(e)));
  return { kind: "entity", id: target.id, neighbours: neighboursInView(graph, target.id, contents.relations), relations };
}

/**
 * For browser tests: each entity's place in graph coordinates (not the screen's, which the camera moves),
 * as `window.ententeEntityPositions()`.
 */
function PositionsHook() {
  const sigma = useSigma();
  useEffect(() => {
    const w = window as { ententeEntityPositions?: () => Record<string, { x: number; y: number }> };
    w.ententeEntityPositions = () => Object.fromEntries(sigma.getGraph().mapNodes((id, { x, y }) => [id, { x, y }]));
    return () => void delete w.ententeEntityPositions;
  }, [sigma]);
  return null;
}

interface LookProps {
  restyle: unknown;
  hover: Hover;
  theme: Theme;
  onBusy: (busy: boolean) => void;
}

/** Selection, hover and theme change how everything looks: a full refresh, reported when drawn. */
function LookController({ restyle, hover, theme, onBusy }: LookProps) {
  const sigma = useSigma();
  const drawn = useRef<{ restyle: unknown; hover: Hover; theme: Theme } | null>(null);
  useEffect(() => {
    const last = drawn.current;
    drawn.current = { restyle, hover, theme };
    if (last && last.restyle === restyle && last.hover === hover && last.theme === theme) return;
    onBusy(true);
    const rendered = () => onBusy(false);
    sigma.once("afterRender", rendered);
    sigma.refresh({ skipIndexation: true });
    return () => {
      sigma.off("afterRender", rendered);
    };
  }, [sigma, restyle, hover, theme, onBusy]);
  return null;
}
