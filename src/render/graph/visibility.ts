import type { Attributes } from "graphology-types";
import { CHANGE_MARKS, type ChangeMark } from "../../model/time/timeModes";
import type { ViewUpdate } from "../../model/frame/viewTracker";
import { CHANGE_COLORS, CHANGE_SIZES } from "../style/changeStyle";
import type { DisplayGraph } from "./displayGraph";

/**
 * What the renderer shows: per entity and relation an opacity (0 = out of view), moving towards
 * its target over `fadeMs`, and per relation its compare mark. sigma's reducers read it; a window
 * change only touches the entries that entered or left, so only those need a partial refresh.
 *
 * Entities out of view are never `hidden` (sigma builds its label grid from non-hidden nodes
 * only when it fully reprocesses, which a partial refresh does not): they are drawn transparent,
 * too small to pick, and their label is skipped by `drawLabel`.
 */
export interface Changed {
  nodes: string[];
  edges: string[];
}

/**
 * Above these counts a change is applied at once: fading thousands of items, or redrawing a large
 * view a dozen times for one step, would cost more than it shows.
 */
const NODE_FADE_LIMIT = 1500;
const EDGE_FADE_LIMIT = 3000;
const VIEW_FADE_LIMIT = 4000;
const OUT_OF_VIEW_SIZE = 1e-4;
const TRANSPARENT = "rgba(0,0,0,0)";

class Fader {
  alpha: Float32Array;
  target: Uint8Array;
  private from: Float32Array;
  private start: Float64Array;
  readonly fading = new Set<number>();

  constructor(size: number) {
    this.alpha = new Float32Array(size);
    this.target = new Uint8Array(size);
    this.from = new Float32Array(size);
    this.start = new Float64Array(size);
  }

  /** Room for item `i` (an edit added it), doubling; new items start out of view. */
  fit(i: number): void {
    if (i < this.alpha.length) return;
    const size = 2 * (i + 1);
    const grow = <T extends Float32Array | Uint8Array | Float64Array>(a: T, b: T) => (b.set(a), b);
    this.alpha = grow(this.alpha, new Float32Array(size));
    this.target = grow(this.target, new Uint8Array(size));
    this.from = grow(this.from, new Float32Array(size));
    this.start = grow(this.start, new Float64Array(size));
  }

  set(i: number, target: number, now: number, animate: boolean): void {
    this.target[i] = target;
    if (animate) {
      this.from[i] = this.alpha[i];
      this.start[i] = now;
      this.fading.add(i);
    } else {
      this.alpha[i] = target;
      this.fading.delete(i);
    }
  }

  /** Advances every fade; returns the items whose opacity changed. */
  step(now: number, fadeMs: number): number[] {
    const moved: number[] = [];
    for (const i of this.fading) {
      const t = Math.min(1, (now - this.start[i]) / fadeMs);
      const eased = t * t * (3 - 2 * t);
      this.alpha[i] = t >= 1 ? this.target[i] : this.from[i] + (this.target[i] - this.from[i]) * eased;
      if (t >= 1) this.fading.delete(i);
      moved.push(i);
    }
    return moved;
  }
}

const rgbCache = new Map<string, [number, number, number] | null>();

/** The colour at an opacity, quantised to 1/50 so sigma's colour cache stays small. */
export function withAlpha(color: string, alpha: number): string {
  let rgb = rgbCache.get(color);
  if (rgb === undefined) {
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
    rgb = m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : null;
    rgbCache.set(color, rgb);
  }
  if (!rgb) return color;
  return `rgba(${rgb[0]},${rgb[1]},${rgb[2]},${Math.round(alpha * 50) / 50})`;
}

export class Visibility {
  private readonly nodeIds: string[];
  private readonly edgeIds: string[];
  private readonly nodeIndex = new Map<string, number>();
  private readonly edgeIndex = new Map<string, number>();
  private readonly nodes: Fader;
  private readonly edges: Fader;
  /** 0: no mark, else 1 + index in CHANGE_MARKS. */
  /** Grows with the relations (see `slot`). */
  private edgeMark: Uint8Array;
  private marks: Map<string, ChangeMark> | undefined;

  constructor(
    display: DisplayGraph,
    readonly fadeMs: number,
  ) {
    this.nodeIds = display.nodes();
    this.edgeIds = display.edges();
    this.nodeIds.forEach((id, i) => this.nodeIndex.set(id, i));
    this.edgeIds.forEach((id, i) => this.edgeIndex.set(id, i));
    this.nodes = new Fader(this.nodeIds.length);
    this.edges = new Fader(this.edgeIds.length);
    this.edgeMark = new Uint8Array(this.edgeIds.length);
  }

  /** An entity's or relation's number; one the display graph gained by an edit gets the next. */
  private slot(kind: "node" | "edge", id: string): number {
    const [ids, index, fader] = kind === "node" ? [this.nodeIds, this.nodeIndex, this.nodes] : [this.edgeIds, this.edgeIndex, this.edges];
    let i = index.get(id);
    if (i !== undefined) return i;
    i = ids.push(id) - 1;
    index.set(id, i);
    fader.fit(i);
    if (kind === "edge" && i >= this.edgeMark.length) this.edgeMark = Uint8Array.from({ length: fader.alpha.length }, (_, j) => this.edgeMark[j] ?? 0);
    return i;
  }

  get fading(): boolean {
    return this.nodes.fading.size > 0 || this.edges.fading.size > 0;
  }

  /**
   * Moves the targets to `update`. With `previous` being the update `update.diff` leads on from,
   * only the diff is touched; otherwise every entry is compared with `update.contents`.
   */
  apply(update: ViewUpdate, previous: ViewUpdate | undefined, now: number, animate: boolean): Changed {
    let enteredE: string[], leftE: string[], enteredN: string[], leftN: string[];
    if (previous && update.base === previous.seq) {
      ({ entered: enteredE, left: leftE, entitiesEntered: enteredN, entitiesLeft: leftN } = update.diff);
    } else {
      [enteredE, leftE] = this.sync(this.edgeIds, this.edges, update.contents.relations);
      [enteredN, leftN] = this.sync(this.nodeIds, this.nodes, update.contents.entities);
    }
    const fade = animate && this.fadeMs > 0 && update.contents.relations.size <= VIEW_FADE_LIMIT;
    const edgeFade = fade && enteredE.length + leftE.length <= EDGE_FADE_LIMIT;
    const nodeFade = fade && enteredN.length + leftN.length <= NODE_FADE_LIMIT;
    const changed: Changed = { nodes: [], edges: [] };
    const setAll = (ids: string[], target: number, kind: "node" | "edge", fader: Fader, fadeIt: boolean, out: string[]) => {
      for (const id of ids) {
        fader.set(this.slot(kind, id), target, now, fadeIt);
        if (!fadeIt) out.push(id);
      }
    };
    setAll(enteredE, 1, "edge", this.edges, edgeFade, changed.edges);
    setAll(leftE, 0, "edge", this.edges, edgeFade, changed.edges);
    setAll(enteredN, 1, "node", this.nodes, nodeFade, changed.nodes);
    setAll(leftN, 0, "node", this.nodes, nodeFade, changed.nodes);
    if (update.marks !== this.marks) this.applyMarks(update.marks, changed);
    return changed;
  }

  /** Advances the fades; returns what to refresh. */
  step(now: number): Changed {
    return {
      nodes: this.nodes.step(now, this.fadeMs).map((i) => this.nodeIds[i]),
      edges: this.edges.step(now, this.fadeMs).map((i) => this.edgeIds[i]),
    };
  }

  nodeReducer = (node: string, data: Attributes): Attributes => {
    const a = this.nodes.alpha[this.slot("node", node)];
    if (a >= 1) return data;
    if (a <= 0) return { ...data, size: OUT_OF_VIEW_SIZE, color: TRANSPARENT, opacity: 0 };
    return { ...data, color: withAlpha(data.color, a), opacity: a };
  };

  edgeReducer = (edge: string, data: Attributes): Attributes => {
    const i = this.slot("edge", edge);
    const a = this.edges.alpha[i];
    if (a <= 0) return { ...data, hidden: true };
    const mark = this.edgeMark[i];
    if (mark === 0 && a >= 1) return data;
    const m = mark ? CHANGE_MARKS[mark - 1] : undefined;
    const color = m ? CHANGE_COLORS[m] : data.color;
    return { ...data, color: a < 1 ? withAlpha(color, a) : color, size: m ? data.size * CHANGE_SIZES[m] : data.size };
  };

  /** Whether an entity is in view or fading (what the renderer currently shows). */
  shows(node: string): boolean {
    return this.nodes.alpha[this.nodeIndex.get(node) ?? -1] > 0;
  }

  private sync(ids: string[], fader: Fader, wanted: Set<string>): [string[], string[]] {
    const entered: string[] = [];
    const left: string[] = [];
    ids.forEach((id, i) => {
      const want = wanted.has(id) ? 1 : 0;
      if (want !== fader.target[i]) (want ? entered : left).push(id);
    });
    return [entered, left];
  }

  private applyMarks(marks: Map<string, ChangeMark> | undefined, changed: Changed): void {
    const touched = new Set(changed.edges);
    for (const id of this.marks?.keys() ?? []) touched.add(id);
    for (const id of marks?.keys() ?? []) touched.add(id);
    for (const id of touched) {
      const mark = marks?.get(id);
      this.edgeMark[this.slot("edge", id)] = mark ? CHANGE_MARKS.indexOf(mark) + 1 : 0;
    }
    this.marks = marks;
    changed.edges = [...touched];
  }
}
