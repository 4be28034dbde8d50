import { SigmaContainer, useSigma } from "@react-sigma/core";
import "@react-sigma/core/lib/style.css";
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type Ref } from "react";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { Attributes } from "graphology-types";
import { neighboursInView } from "../../model/frame/degree";
import type { Model } from "../../model/dataset/graph";
import type { ViewUpdate } from "../../model/frame/viewTracker";
import type { ViewContents } from "../../model/time/window";
import type { Layout } from "../../state/view/view";
import { CameraController, type CameraTarget } from "./CameraController";
import { FirstDraw } from "./FirstDraw";
import type { DisplayGraph } from "./displayGraph";
import { GraphControls } from "./GraphControls";
import { emphasisOf, GRAPH_THEME, styleEdge, styleNode, type Emphasis, type Selection, type Theme } from "./highlight";
import { hoveredEdge, hoveredNode, sizedNode, type Hover } from "./hover";
import { HoverController, type HoverTarget } from "./HoverController";
import type { Positions } from "../../model/layout/layout";
import { KeyboardNavigation } from "./KeyboardNavigation";
import { LabelsApart } from "./LabelsApart";
import { NodeDrag } from "./NodeDrag";
import { LayoutController, placeEntities } from "../layout/LayoutController";
import { useLayoutDraft, type LayoutDrafts } from "../layout/layoutDrafts";
import { setGraphHoveredRelation, usePointedRelations } from "./linkedHighlight";
import { SelectionEvents } from "./SelectionEvents";
import { BASE_SETTINGS, type EntenteSigma } from "./sigmaSettings";
import { ThemeController } from "./ThemeController";
import { Visibility } from "./visibility";

// The map's outlines layer loads with the map layout, not with the page.
const MapLayer = lazy(() => import("../map/MapLayer").then((m) => ({ default: m.MapLayer })));

interface GraphViewProps {
  model: Model;
  display: DisplayGraph;
  /** The view to draw; each update carries what changed since the one before. */
  view: ViewUpdate;
  /** Relations in view per entity: sizes nodes. */
  degrees: ReadonlyMap<string, number>;
  positions: Positions | null;
  /** A large layout's drafts while it converges (positions are null until it is done). */
  drafts?: LayoutDrafts;
  layout: Layout;
  sigmaRef: Ref<EntenteSigma | null>;
  selection: Selection;
  theme: Theme;
  camera: CameraTarget | null;
  onSelect: (selection: Selection) => void;
  /** Other parts of the view (table, legend) are still catching up: the view is not drawn yet. */
  pending?: boolean;
  /** Entities fade in and out over this many ms (0: no fade; reduced motion turns it off). */
  fadeMs?: number;
  /** "full": redraw everything on each change instead of a partial refresh (for benchmarks). */
  refresh?: "partial" | "full";
  /** Controls shown over the graph (they stay available in full screen). */
  children?: ReactNode;
}

const reducedMotion = () => typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;

/** How entities and relations in view look: size by degree, selection emphasis and theme, hover on top. */
interface Look {
  degrees: ReadonlyMap<string, number>;
  emphasis: Emphasis | null;
  hover: Hover;
  theme: Theme;
}

/** The graph section: sigma draws the display graph; the window only hides what is not in view. */
export function GraphView(props: GraphViewProps) {
  const { model, display, view, degrees, positions: settled, drafts, layout, sigmaRef, selection, theme, camera, onSelect, pending = false, fadeMs = 200, refresh = "partial", children } = props;
  const draft = useLayoutDraft(drafts);
  // A draft is drawn until the layout is done; then the layout's own positions.
  const converging = settled ? null : draft;
  const positions = settled ?? draft?.positions ?? null;
  const placed = useFirstPlacement(display, positions);
  const [drawn, setDrawn] = useState<ViewUpdate | null>(null);
  const [applied, setApplied] = useState<Applied | null>(null);
  const [styling, setStyling] = useState(false);
  const [placing, setPlacing] = useState(true);
  const [mapLoading, setMapLoading] = useState(false);
  const [target, setTarget] = useState<HoverTarget>(null);
  const section = useRef<HTMLElement>(null);
  const contents = view.contents;
  const pointed = usePointedRelations();
  const hover = useMemo(() => hoverOf(model, contents, target, pointed), [model, contents, target, pointed]);
  useEffect(() => setGraphHoveredRelation(target?.kind === "relation" ? target.id : null), [target]);
  const visibility = useMemo(() => new Visibility(display, reducedMotion() ? 0 : fadeMs), [display, fadeMs]);
  // The reducers are set once; they read the current look from here, so a window step needs no new reducer.
  const look = useRef<Look>({ degrees, emphasis: null, hover, theme });
  look.current.degrees = degrees;
  // Memoised: @react-sigma recreates the renderer whenever settings change identity.
  const settings = useMemo<Partial<Settings>>(
    () => ({
      ...BASE_SETTINGS,
      defaultEdgeType: "arrow",
      labelDensity: 3,
      labelGridCellSize: 60,
      minCameraRatio: 0.02,
      nodeReducer: (node: string, data: Attributes) => {
        const { degrees, emphasis, hover, theme } = look.current;
        const styled = hoveredNode(node, styleNode(node, sizedNode(data, degrees.get(node) ?? 0), emphasis, theme), hover, GRAPH_THEME[theme].background);
        return visibility.nodeReducer(node, styled);
      },
      edgeReducer: (edge: string, data: Attributes) => {
        const { emphasis, hover, theme } = look.current;
        return visibility.edgeReducer(edge, hoveredEdge(edge, styleEdge(edge, data, emphasis, theme), hover, GRAPH_THEME[theme].background));
      },
    }),
    [visibility],
  );
  return (
    <section
      ref={section}
      className="graph"
      aria-label="Graph"
      aria-busy={pending || drawn !== view || styling || placing || mapLoading || !positions || converging !== null}
      data-layout={!positions ? "pending" : converging ? "converging" : "settled"}
      data-refresh={applied?.refresh}
      data-refreshed-relations={applied?.relations}
      data-pointed={hover?.kind === "relations" ? [...hover.ids].sort().join(" ") : undefined}
    >
      {/*
        Until the layout's first draft arrives the entities sit on a circle: not a picture worth drawing, and drawing a large
        graph costs the main thread seconds (software WebGL) that the layout worker would otherwise wait for.
      */}
      {placed && (
        <SigmaContainer graph={display} settings={settings} ref={sigmaRef} className="graph-canvas">
          <FirstDraw />
          <KeyboardNavigation model={model} contents={contents} degrees={degrees} selected={selection.entity} onOpen={(entity) => onSelect({ entity })} />
          <VisibilityController view={view} edits={model.edits?.length ?? 0} visibility={visibility} refresh={refresh} onDrawn={setDrawn} onApplied={setApplied} />
          <LookController look={look} contents={contents} hover={hover} selection={selection} theme={theme} onBusy={setStyling} />
          <LayoutController positions={positions} draft={converging !== null} onBusy={setPlacing} />
          <NodeDrag positions={settled} dataset={model.dataset.meta.id} layout={layout} />
          <LabelsApart />
          {layout === "map" && (
            <Suspense fallback={null}>
              <MapLayer onBusy={setMapLoading} />
            </Suspense>
          )}
          <HoverController model={model} contents={contents} degrees={degrees} onHover={setTarget} />
          <SelectionEvents onSelect={onSelect} />
          <CameraController target={camera} />
          <ThemeController theme={theme} />
          <GraphControls section={section} />
          <PositionsHook />
        </SigmaContainer>
      )}
      {(!positions || converging) && (
        <p className={converging ? "graph-status converging" : "graph-status"} role="status">
          Laying out…{converging && ` ${Math.round((100 * converging.done) / converging.total)}%`}
        </p>
      )}
      {layout === "map" && <p className="map-credit">Map: Natural Earth</p>}
      {children}
    </section>
  );
}

/**
 * Whether the renderer may start: once positions exist, written into the display graph first, so its very first
 * frame shows them (LayoutController moves entities from then on).
 */
function useFirstPlacement(display: DisplayGraph, positions: Positions | null): boolean {
  const [placed, setPlaced] = useState(false);
  useLayoutEffect(() => {
    if (placed || !positions) return;
    placeEntities(display, positions);
    setPlaced(true);
  }, [display, positions, placed]);
  return placed;
}

/** The hovered entity with its neighbours and relations in view, or the hovered relation; nothing out of view. */
function hoverOf(model: Model, contents: ViewContents, target: HoverTarget, pointed: ReadonlySet<string>): Hover {
  // The pointer in the graph wins; otherwise what a view beside it points at (those in view).
  if (target === null && pointed.size > 0) {
    const ids = new Set([...pointed].filter((id) => contents.relations.has(id)));
    return ids.size > 0 ? { kind: "relations", ids } : null;
  }
  if (target?.kind === "relation") return contents.relations.has(target.id) ? { kind: "relation", id: target.id } : null;
  if (target?.kind !== "entity" || !contents.entities.has(target.id)) return null;
  const relations = new Set(model.graph.edges(target.id).filter((e) => contents.relations.has(e)));
  return { kind: "entity", id: target.id, neighbours: neighboursInView(model.graph, target.id, contents.relations), relations };
}

/** How the last update reached the screen: which refresh, and how many relations it touched (a test and bench signal). */
interface Applied {
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
function VisibilityController({ view, edits, visibility, refresh, onDrawn, onApplied }: ControllerProps) {
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

/** What of a change the display graph still has (an edit may have dropped an entity or relation that was fading). */
function present(graph: ReturnType<Sigma["getGraph"]>, changed: { nodes: string[]; edges: string[] }): { nodes: string[]; edges: string[] } {
  return { nodes: changed.nodes.filter((n) => graph.hasNode(n)), edges: changed.edges.filter((e) => graph.hasEdge(e)) };
}

interface LookProps {
  look: { current: Look };
  contents: ViewContents;
  hover: Hover;
  selection: Selection;
  theme: Theme;
  onBusy: (busy: boolean) => void;
}

/** Selection, hover and theme change how everything looks: a full refresh, reported when drawn. */
function LookController({ look, contents, hover, selection, theme, onBusy }: LookProps) {
  const sigma = useSigma();
  const emphasis = useMemo(() => emphasisOf(sigma.getGraph(), contents, selection), [sigma, contents, selection]);
  const first = useRef(true);
  useEffect(() => {
    const changed = look.current.emphasis !== emphasis || look.current.hover !== hover || look.current.theme !== theme;
    Object.assign(look.current, { emphasis, hover, theme });
    if (!changed && !first.current) return;
    first.current = false;
    onBusy(true);
    const rendered = () => onBusy(false);
    sigma.once("afterRender", rendered);
    sigma.refresh({ skipIndexation: true });
    return () => {
      sigma.off("afterRender", rendered);
    };
  }, [sigma, look, emphasis, hover, theme, onBusy]);
  return null;
}
