import type { Attributes } from "graphology-types";
import type { MultiDirectedGraph } from "graphology";
import type { ReactNode } from "react";
import type { Settings } from "sigma/settings";
import type { ViewContents } from "../../model/time/window";
import type { Emphasis } from "./highlight";
import type { HoverTarget } from "./HoverController";
import type { KeyboardWords } from "./KeyboardNavigation";

/** A reducer's step: sigma's display data of one node or edge in, changed data out. */
export type Reduce = (id: string, data: Attributes) => Attributes;

/**
 * One source of frames (curated relations, aggregated event edges) as GraphView draws it: the display graph,
 * what of it is in view, and how this frame sizes, marks and fades it. GraphView adds what every source
 * shares (selection, hover, theme, camera, tooltips, clicks) on top. Built by `useCuratedSource` and
 * `useEventSource`.
 */
export interface GraphSource {
  /** What sigma draws; it may grow as frames show what it has not had. Null until it can be drawn (layout pending). */
  graph: MultiDirectedGraph | null;
  /** The frame's entities and relations (ids in `graph`). */
  contents: ViewContents;
  /** The selection to stand out in this frame, or null. */
  emphasis: Emphasis | null;
  /**
   * What restyles everything (a full refresh) when it changes; by default the emphasis itself. A source whose frames
   * refresh the items they change anyway gives the selection instead, so a step with a selection stays partial.
   */
  restyle?: unknown;
  /** The source's own sigma settings (edge type, label grid, zoom bounds); a new object makes a new renderer. */
  settings: Partial<Settings>;
  /** This frame's look of an item before selection, hover and theme: its size, its mark, hidden when out of view. */
  frameNode: Reduce;
  frameEdge: Reduce;
  /** After selection, hover and theme: fades in and out of view. */
  fadeNode?: Reduce;
  fadeEdge?: Reduce;
  /** Items pointed at from a view beside the graph: only those in view, or all (an edge that only exists while shown). */
  pointed: "in-view" | "all";
  /** The keyboard's way round the graph (KeyboardNavigation), or none. */
  keyboard?: KeyboardWords;
  /** Tooltip words for an item in view. */
  tip: (target: NonNullable<HoverTarget>) => ReactNode;
  /** The frame is not drawn yet. */
  busy: boolean;
  /** What tests and the bench read on the graph section (how the last frame was refreshed, the layout's state). */
  state: Record<`data-${string}`, string | number | undefined>;
  /** The source's controllers, inside the renderer (applying frames, layout, dragging, map …). */
  controllers: ReactNode;
  /** Shown over the graph whether or not it is drawn yet (status lines, credits). */
  overlay?: ReactNode;
}
