import { useSigma } from "@react-sigma/core";
import { MultiDirectedGraph } from "graphology";
import type { Attributes } from "graphology-types";
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Settings } from "sigma/settings";
import { EVENT_CLASSES } from "../../model/events/cameo";
import { classCurvature, edgeEnds, shownDiff, type ShownEvents } from "../../model/events/display";
import type { Entity } from "../../model/dataset/schema";
import type { ViewContents } from "../../model/time/window";
import { fitToView } from "./camera";
import { CHANGE_COLORS } from "../style/changeStyle";
import type { Emphasis } from "./highlight";
import type { HoverTarget } from "./HoverController";
import type { KeyboardWords } from "./KeyboardNavigation";
import { neighboursAround } from "../../model/frame/neighbours";
import { plural } from "../../model/import/report";
import type { Positions } from "../../model/layout/layout";
import { CLASS_COLORS, drawnLabel, ENTITY_COLORS } from "../style/style";
import type { GraphSource } from "./source";

/** Labels forced on for this many of the largest shown entities: sigma's label grid is only rebuilt on a full refresh. */
const LABELLED = 40;

interface EventSourceProps {
  entities: readonly Entity[];
  positions: Positions | null;
  shown: ShownEvents;
  /** The edge whose events the panel lists: drawn thicker, the rest faded. */
  selected: number | null;
  /** The entity in focus (index): it and its neighbours stand out when no edge is selected. */
  focus: number | null;
  /** Tooltip contents for an edge key or entity index. */
  tip: (target: { kind: "edge" | "entity"; index: number }) => ReactNode;
  /** An edge in words, for the keyboard's announcements. */
  said: (key: number) => string;
}

/** How aggregated edges reach the screen: curved by class, so each class between two actors stays apart. */
const EVENT_SETTINGS: Partial<Settings> = { defaultEdgeType: "curvedArrow", minCameraRatio: 0.01 };

/**
 * The aggregated event view as a source of frames: one edge per (source, target, class), keyed by its number. An
 * edge or entity enters the display graph the first time it is shown and then stays, hidden when out of view, so a
 * window step refreshes only what differs and never rebuilds the graph. (All edges of all time up front would make
 * every frame draw thousands of hidden edges: 3 s more for the first picture of the ICEWS sample in software WebGL.)
 */
export function useEventSource({ entities, positions, shown, selected, focus, tip, said }: EventSourceProps): GraphSource {
  const [drawn, setDrawn] = useState<ShownEvents | null>(null);
  // What the last step refreshed (as the explorer's graph states it), for tests and the bench to count.
  const [refresh, setRefresh] = useState<Refresh | null>(null);
  // Edge keys name entities, not actors, so folded and detailed views share one graph; it fills as the window moves.
  const graph = useMemo(() => (positions ? new MultiDirectedGraph() : null), [positions]);
  const current = useRef(shown);
  current.current = shown;
  const contents = useMemo<ViewContents>(
    () => ({ entities: new Set([...shown.entities.keys()].map((i) => entities[i].id)), relations: new Set([...shown.edges.keys()].map(String)) }),
    [shown, entities],
  );
  const frameNode = useCallback((_: string, data: Attributes) => {
    const size = current.current.entities.get(data.entity);
    if (size === undefined) return { ...data, hidden: true };
    return { ...data, size, forceLabel: size >= labelFloor(current.current), zIndex: 1 };
  }, []);
  const frameEdge = useCallback((_: string, data: Attributes) => {
    const size = current.current.edges.get(data.key);
    if (size === undefined) return { ...data, hidden: true };
    // Compare draws each edge in the colour of its change (began, ended, held), as the explorer does.
    const mark = current.current.marks?.get(data.key);
    return { ...data, size, ...(mark ? { color: CHANGE_COLORS[mark] } : {}) };
  }, []);
  const words = useCallback(
    (target: NonNullable<HoverTarget>) => (target.kind === "relation" ? tip({ kind: "edge", index: Number(target.id) }) : tip({ kind: "entity", index: graph!.getNodeAttribute(target.id, "entity") })),
    [tip, graph],
  );
  const indexOf = useMemo(() => new Map(entities.map((e, i) => [e.id, i])), [entities]);
  // Read once the frame is drawn: what it shows for the first time is in the graph only then.
  const keyboard = useMemo<KeyboardWords | undefined>(() => {
    if (!drawn || !graph) return undefined;
    // The keyboard starts at the largest actor in view; edges between the same two actors go in class order.
    const degrees = new Map([...drawn.entities].map(([i, size]) => [entities[i].id, size]));
    const label = (id: string) => entities[indexOf.get(id)!].label;
    return {
      degrees,
      selected: focus !== null ? entities[focus].id : undefined,
      label,
      neighbours: (entity, contents, at) => (graph.hasNode(entity) ? neighboursAround(graph, entity, contents.relations, at, label, Number) : []),
      said: ([first, ...more]) => `${said(Number(first))}${more.length === 0 ? "" : ` and ${plural(more.length, "more edge", "more edges")}`}`,
    };
  }, [drawn, entities, indexOf, graph, focus, said]);
  return {
    graph,
    contents,
    keyboard,
    emphasis: emphasisOfEdge(selected, shown, entities) ?? emphasisOfEntity(focus, shown, entities),
    // A step refreshes what it changed with the emphasis of its frame: only a new selection restyles everything.
    restyle: `${selected} ${focus}`,
    settings: EVENT_SETTINGS,
    frameNode,
    frameEdge,
    // A timeline's tick points at the edges of its month and class, drawn or not.
    pointed: "all",
    tip: words,
    busy: !graph || drawn !== shown,
    state: {
      "data-refresh": refresh?.mode,
      "data-refreshed-edges": refresh?.mode === "partial" ? refresh.edges : undefined,
    },
    controllers: graph && positions && <ShownController shown={shown} entities={entities} positions={positions} onDrawn={setDrawn} onRefresh={setRefresh} />,
    overlay: !graph && (
      <p className="graph-status" role="status">
        Computing layout…
      </p>
    ),
  };
}

/** The selected edge (when drawn) and its two entities. */
function emphasisOfEdge(selected: number | null, shown: ShownEvents, entities: readonly Entity[]): Emphasis | null {
  if (selected === null || !shown.edges.has(selected)) return null;
  const { source, target } = edgeEnds(selected, entities.length);
  return { nodes: new Set([entities[source].id, entities[target].id]), edges: new Set([String(selected)]), selectedEdge: String(selected) };
}

/** The focused entity (when drawn), its shown edges and their other ends. */
function emphasisOfEntity(focus: number | null, shown: ShownEvents, entities: readonly Entity[]): Emphasis | null {
  if (focus === null || !shown.entities.has(focus)) return null;
  const nodes = new Set([entities[focus].id]);
  const edges = new Set<string>();
  for (const key of shown.edges.keys()) {
    const { source, target } = edgeEnds(key, entities.length);
    if (source !== focus && target !== focus) continue;
    edges.add(String(key));
    nodes.add(entities[source].id).add(entities[target].id);
  }
  return { nodes, edges, selectedNode: entities[focus].id };
}

/** The size above which an entity's label is forced on: the LABELLED largest shown entities get one. */
const floors = new WeakMap<ShownEvents, number>();
function labelFloor(shown: ShownEvents): number {
  let floor = floors.get(shown);
  if (floor === undefined) {
    const sizes = [...shown.entities.values()].sort((a, b) => b - a);
    floor = sizes.length > LABELLED ? sizes[LABELLED - 1] : 0;
    floors.set(shown, floor);
  }
  return floor;
}

/** The extent of every position: fixed, so entities entering the graph never reframe the picture. */
function boundsOf(positions: Positions) {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const { x, y } of positions.values()) [x0, x1, y0, y1] = [Math.min(x0, x), Math.max(x1, x), Math.min(y0, y), Math.max(y1, y)];
  return Number.isFinite(x0) ? { x: [x0, x1] as [number, number], y: [y0, y1] as [number, number] } : null;
}

/** A full first picture, or a partial refresh of the edges whose presence or look changed. */
interface Refresh {
  mode: "full" | "partial";
  edges: number;
}

interface ShownProps {
  shown: ShownEvents;
  entities: readonly Entity[];
  positions: Positions;
  onDrawn: (s: ShownEvents) => void;
  onRefresh: (r: Refresh) => void;
}

/**
 * Applies each new picture: adds what is shown for the first time (sigma indexes just those), refreshes the
 * entries whose presence or size differs, and frames the first picture. One render per step.
 */
function ShownController({ shown, entities, positions, onDrawn, onRefresh }: ShownProps) {
  const sigma = useSigma();
  const before = useRef<{ sigma: unknown; shown: ShownEvents } | null>(null);
  useLayoutEffect(() => {
    const done = () => onDrawn(shown);
    sigma.once("afterRender", done);
    const graph = sigma.getGraph();
    // A new renderer (folding switched) starts from nothing drawn.
    const previous = before.current?.sigma === sigma ? before.current.shown : null;
    before.current = { sigma, shown };
    // Entries new to the graph are indexed by sigma itself (its graph listeners); the rest get a partial refresh.
    const added = new Set<string>();
    const node = (i: number) => {
      const e = entities[i];
      if (graph.hasNode(e.id)) return e.id;
      added.add(e.id);
      const { x, y } = positions.get(e.id) ?? { x: 0, y: 0 };
      return graph.addNode(e.id, { x, y, size: 4, label: drawnLabel(e.label), color: ENTITY_COLORS[e.type], entity: i });
    };
    for (const i of shown.entities.keys()) node(i);
    for (const key of shown.edges.keys()) {
      if (graph.hasEdge(String(key))) continue;
      const { source, target, cls } = edgeEnds(key, entities.length);
      added.add(String(key));
      graph.addDirectedEdgeWithKey(String(key), node(source), node(target), { key, size: 1, color: CLASS_COLORS[EVENT_CLASSES[cls]], curvature: classCurvature(cls) });
    }
    if (!previous) {
      sigma.setCustomBBox(boundsOf(positions));
      void fitToView(sigma);
      onRefresh({ mode: "full", edges: shown.edges.size });
    } else {
      const diff = shownDiff(previous, shown);
      const floorMoved = labelFloor(previous) !== labelFloor(shown);
      const nodes = diff.entities.length > 0 || floorMoved ? graph.filterNodes((n, a) => !added.has(n) && (shown.entities.has(a.entity) || previous.entities.has(a.entity))) : [];
      const edges = diff.edges.map(String).filter((e) => !added.has(e));
      sigma.refresh({ partialGraph: { nodes, edges }, skipIndexation: true, schedule: true });
      onRefresh({ mode: "partial", edges: diff.edges.length });
    }
    return () => {
      sigma.off("afterRender", done);
    };
  }, [sigma, shown, entities, positions, onDrawn, onRefresh]);
  return null;
}
