import { lazy, Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Settings } from "sigma/settings";
import type { Attributes } from "graphology-types";
import type { Model } from "../../model/dataset/graph";
import { describeWhen, relationSentence } from "../../model/dataset/describe";
import { EntityTip, RelationTip } from "./curatedTips";
import type { ViewUpdate } from "../../model/frame/viewTracker";
import type { Layout } from "../../state/view/view";
import type { DisplayGraph } from "./displayGraph";
import { emphasisOf, type Selection } from "./highlight";
import { sizedNode } from "./hover";
import type { HoverTarget } from "./HoverController";
import type { Positions } from "../../model/layout/layout";
import type { KeyboardWords } from "./KeyboardNavigation";
import { neighboursAround } from "../../model/frame/neighbours";
import { NodeDrag } from "./NodeDrag";
import { LayoutController, placeEntities } from "../layout/LayoutController";
import { useLayoutDraft, type LayoutDrafts } from "../layout/layoutDrafts";
import type { GraphSource } from "./source";
import { Visibility } from "./visibility";
import { VisibilityController, type Applied } from "./VisibilityController";

// The map's outlines layer loads with the map layout, not with the page.
const MapLayer = lazy(() => import("../map/MapLayer").then((m) => ({ default: m.MapLayer })));

interface CuratedSourceProps {
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
  selection: Selection;
  /** Other parts of the view (table, legend) are still catching up: the view is not drawn yet. */
  pending?: boolean;
  /** Entities fade in and out over this many ms (0: no fade; reduced motion turns it off). */
  fadeMs?: number;
  /** "full": redraw everything on each change instead of a partial refresh (for benchmarks). */
  refresh?: "partial" | "full";
}

const reducedMotion = () => typeof window !== "undefined" && window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;

/** How the curated relations reach the screen: sigma's own settings for them. */
const CURATED_SETTINGS: Partial<Settings> = { defaultEdgeType: "arrow", labelDensity: 3, labelGridCellSize: 60, minCameraRatio: 0.02 };

/**
 * The curated dataset as a source of frames: the display graph is built up front from the model and the window
 * only hides what is not in view (with a fade); layout drafts, dragging and the map layer come with it.
 */
export function useCuratedSource(props: CuratedSourceProps): GraphSource {
  const { model, display, view, degrees, positions: settled, drafts, layout, selection, pending = false, fadeMs = 200, refresh = "partial" } = props;
  const draft = useLayoutDraft(drafts);
  // A draft is drawn until the layout is done; then the layout's own positions.
  const converging = settled ? null : draft;
  const positions = settled ?? draft?.positions ?? null;
  const placed = useFirstPlacement(display, positions);
  const [drawn, setDrawn] = useState<ViewUpdate | null>(null);
  const [applied, setApplied] = useState<Applied | null>(null);
  const [placing, setPlacing] = useState(true);
  const [mapLoading, setMapLoading] = useState(false);
  const contents = view.contents;
  const visibility = useMemo(() => new Visibility(display, reducedMotion() ? 0 : fadeMs), [display, fadeMs]);
  // The reducer is set once per display graph; it reads the current sizes from here.
  const sizes = useRef(degrees);
  sizes.current = degrees;
  const frameNode = useCallback((node: string, data: Attributes) => sizedNode(data, sizes.current.get(node) ?? 0), []);
  const emphasis = useMemo(() => emphasisOf(display, contents, selection), [display, contents, selection]);
  const tip = useCallback(
    (target: NonNullable<HoverTarget>) => (target.kind === "relation" ? <RelationTip model={model} id={target.id} /> : <EntityTip model={model} id={target.id} degrees={degrees} />),
    [model, degrees],
  );
  const keyboard = useKeyboardWords(model, degrees, selection.entity);
  return {
    // Until the layout's first draft arrives the entities sit on a circle: not a picture worth drawing, and drawing a large
    // graph costs the main thread seconds (software WebGL) that the layout worker would otherwise wait for.
    graph: placed ? display : null,
    contents,
    emphasis,
    settings: CURATED_SETTINGS,
    frameNode,
    frameEdge: same,
    fadeNode: visibility.nodeReducer,
    fadeEdge: visibility.edgeReducer,
    pointed: "in-view",
    keyboard,
    tip,
    busy: pending || drawn !== view || placing || mapLoading || !positions || converging !== null,
    state: {
      "data-layout": !positions ? "pending" : converging ? "converging" : "settled",
      "data-refresh": applied?.refresh,
      "data-refreshed-relations": applied?.relations,
    },
    controllers: (
      <>
        <VisibilityController view={view} edits={model.edits?.length ?? 0} visibility={visibility} refresh={refresh} onDrawn={setDrawn} onApplied={setApplied} />
        <LayoutController positions={positions} draft={converging !== null} onBusy={setPlacing} />
        <NodeDrag positions={settled} dataset={model.dataset.meta.id} layout={layout} />
        {layout === "map" && (
          <Suspense fallback={null}>
            <MapLayer onBusy={setMapLoading} />
          </Suspense>
        )}
      </>
    ),
    overlay: (
      <>
        {(!positions || converging) && (
          <p className={converging ? "graph-status converging" : "graph-status"} role="status">
            Laying out…{converging && ` ${Math.round((100 * converging.done) / converging.total)}%`}
          </p>
        )}
        {layout === "map" && <p className="map-credit">Map: Natural Earth</p>}
      </>
    ),
  };
}

const same = (_: string, data: Attributes) => data;

/** The keyboard's words for curated relations: entity labels, and a relation's sentence and date. */
function useKeyboardWords(model: Model, degrees: ReadonlyMap<string, number>, selected: string | undefined): KeyboardWords {
  const words = useMemo(
    () => ({
      label: (id: string) => model.graph.getNodeAttribute(id, "entity").label,
      neighbours: (entity: string, contents: { relations: ReadonlySet<string> }, at: (id: string) => { x: number; y: number } | undefined) =>
        neighboursAround(model.graph, entity, contents.relations, at),
      said: (relations: string[]) => {
        const [first, ...more] = relations.map((r) => model.graph.getEdgeAttribute(r, "relation"));
        const also = more.length === 0 ? "" : ` and ${more.length} more relation${more.length === 1 ? "" : "s"}`;
        return `${relationSentence(model, first)}, ${describeWhen(first)}${also}`;
      },
    }),
    [model],
  );
  return useMemo(() => ({ ...words, degrees, selected }), [words, degrees, selected]);
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
