import type { Model } from "../dataset/graph";
import type { RelationType } from "../dataset/schema";
import type { TimeWindow, ViewContents } from "./window";

/**
 * Index over relation spans: per kind, relation numbers sorted by first day and by last day.
 * Moving a window only looks at relations whose first or last day lies in the part of the
 * time axis a window bound swept over, so the cost follows what changes, not the dataset size.
 */

/** The window each kind of relation is seen through: as-of views give events and states different windows. */
export interface KindWindows {
  event: TimeWindow;
  state: TimeWindow;
}

export type Kind = RelationType["kind"];

/** A window no relation overlaps (an inverted finite window would still overlap spans that cover it). */
export const NO_WINDOW: TimeWindow = { first: Infinity, last: -Infinity };

export function sameWindows(window: TimeWindow): KindWindows {
  return { event: window, state: window };
}

/** Sorted views of the relations of one kind. */
interface KindIndex {
  byFirst: Uint32Array;
  firstSorted: Float64Array;
  byLast: Uint32Array;
  lastSorted: Float64Array;
}

/** Static part: relation and entity numbering, spans and sort orders. Built once per model. */
export class RelationIndex {
  readonly relationIds: string[];
  readonly entityIds: string[];
  readonly first: Float64Array;
  readonly last: Float64Array;
  readonly source: Uint32Array;
  readonly target: Uint32Array;
  readonly kinds: Kind[];
  private readonly relationNumber = new Map<string, number>();
  private readonly byKind: Record<Kind, KindIndex>;

  constructor(model: Model) {
    const { graph } = model;
    this.entityIds = graph.nodes();
    const entityNumber = new Map(this.entityIds.map((id, i) => [id, i]));
    const n = graph.size;
    this.relationIds = new Array<string>(n);
    this.first = new Float64Array(n);
    this.last = new Float64Array(n);
    this.source = new Uint32Array(n);
    this.target = new Uint32Array(n);
    this.kinds = new Array<Kind>(n);
    const members: Record<Kind, number[]> = { event: [], state: [] };
    let i = 0;
    graph.forEachEdge((id, attrs, source, target) => {
      this.relationIds[i] = id;
      this.relationNumber.set(id, i);
      this.first[i] = attrs.first;
      this.last[i] = attrs.last;
      this.source[i] = entityNumber.get(source)!;
      this.target[i] = entityNumber.get(target)!;
      this.kinds[i] = attrs.kind;
      members[attrs.kind].push(i);
      i++;
    });
    this.byKind = { event: this.sorted(members.event), state: this.sorted(members.state) };
  }

  get size(): number {
    return this.relationIds.length;
  }

  numberOf(relationId: string): number | undefined {
    return this.relationNumber.get(relationId);
  }

  inWindow(r: number, windows: KindWindows): boolean {
    const w = windows[this.kinds[r]];
    return this.first[r] <= w.last && this.last[r] >= w.first;
  }

  /** Calls `visit` once for every relation whose in-view status may differ between the two sets of windows. */
  forEachCandidate(from: KindWindows, to: KindWindows, visit: (r: number) => void): void {
    for (const kind of ["event", "state"] as const) candidates(this.byKind[kind], this.first, from[kind], to[kind], visit);
  }

  private sorted(members: number[]): KindIndex {
    const byFirst = Uint32Array.from(members).sort((a, b) => this.first[a] - this.first[b]);
    const byLast = Uint32Array.from(members).sort((a, b) => this.last[a] - this.last[b]);
    return {
      byFirst,
      firstSorted: Float64Array.from(byFirst, (r) => this.first[r]),
      byLast,
      lastSorted: Float64Array.from(byLast, (r) => this.last[r]),
    };
  }
}

/** First position whose value is > x (or >= x when `orEqual`). */
function bound(sorted: Float64Array, x: number, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x || (!orEqual && sorted[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A relation is in a window when first <= w.last and last >= w.first. Between windows a and b the
 * first test can only change for first in (min(a.last, b.last), max(...)], the second only for
 * last in [min(a.first, b.first), max(...)): those two slices of the sort orders are the candidates.
 */
function candidates(index: KindIndex, firstOf: Float64Array, a: TimeWindow, b: TimeWindow, visit: (r: number) => void): void {
  const lastLo = Math.min(a.last, b.last);
  const lastHi = Math.max(a.last, b.last);
  if (lastLo !== lastHi) {
    const end = bound(index.firstSorted, lastHi, false);
    for (let i = bound(index.firstSorted, lastLo, false); i < end; i++) visit(index.byFirst[i]);
  }
  const firstLo = Math.min(a.first, b.first);
  const firstHi = Math.max(a.first, b.first);
  if (firstLo !== firstHi) {
    const end = bound(index.lastSorted, firstHi, true);
    const sweptLast = lastLo !== lastHi;
    for (let i = bound(index.lastSorted, firstLo, true); i < end; i++) {
      const r = index.byLast[i];
      // Already visited from the first slice.
      if (sweptLast && firstOf[r] > lastLo && firstOf[r] <= lastHi) continue;
      visit(r);
    }
  }
}

/** What a window change did: relations and entities that came into view and that left it. */
export interface ViewDiff {
  entered: string[];
  left: string[];
  entitiesEntered: string[];
  entitiesLeft: string[];
}

/** Keeps which relations are in view, and per entity how many of them touch it. */
export class TimeView {
  readonly index: RelationIndex;
  private windows: KindWindows = { event: NO_WINDOW, state: NO_WINDOW };
  private include: (r: number) => boolean;
  private readonly inView: Uint8Array;
  private readonly entityCount: Int32Array;
  /** Per entity: the change it was last touched in, and its count before that change. */
  private readonly entityStamp: Uint32Array;
  private readonly entityBefore: Int32Array;
  private generation = 0;
  private relationCount = 0;
  private entityInViewCount = 0;

  constructor(index: RelationIndex, include: (r: number) => boolean = () => true) {
    this.index = index;
    this.include = include;
    this.inView = new Uint8Array(index.size);
    this.entityCount = new Int32Array(index.entityIds.length);
    this.entityStamp = new Uint32Array(index.entityIds.length);
    this.entityBefore = new Int32Array(index.entityIds.length);
  }

  get current(): KindWindows {
    return this.windows;
  }

  get relationsInView(): number {
    return this.relationCount;
  }

  get entitiesInView(): number {
    return this.entityInViewCount;
  }

  hasRelation(r: number): boolean {
    return this.inView[r] === 1;
  }

  hasEntity(e: number): boolean {
    return this.entityCount[e] > 0;
  }

  /** Moves to new windows, touching only the relations whose status may change. */
  moveTo(windows: KindWindows): ViewDiff {
    const from = this.windows;
    this.windows = windows;
    return this.change((update) => this.index.forEachCandidate(from, windows, update));
  }

  /** Changes which relations may be shown at all (filters): a full pass. */
  setInclude(include: (r: number) => boolean): ViewDiff {
    this.include = include;
    return this.change((update) => {
      for (let r = 0; r < this.index.size; r++) update(r);
    });
  }

  /** Ids of the relations and entities in view, as sets (cost follows the view's size). */
  contents(): ViewContents {
    const relations = new Set<string>();
    const entities = new Set<string>();
    const { relationIds, entityIds } = this.index;
    for (let r = 0; r < this.inView.length; r++) if (this.inView[r] === 1) relations.add(relationIds[r]);
    for (let e = 0; e < this.entityCount.length; e++) if (this.entityCount[e] > 0) entities.add(entityIds[e]);
    return { relations, entities };
  }

  private change(run: (update: (r: number) => void) => void): ViewDiff {
    const diff: ViewDiff = { entered: [], left: [], entitiesEntered: [], entitiesLeft: [] };
    const touched: number[] = [];
    const generation = ++this.generation;
    const { index, inView, entityCount, entityStamp, entityBefore } = this;
    const touch = (e: number, delta: number) => {
      if (entityStamp[e] !== generation) {
        entityStamp[e] = generation;
        entityBefore[e] = entityCount[e];
        touched.push(e);
      }
      entityCount[e] += delta;
    };
    run((r) => {
      const should = this.include(r) && index.inWindow(r, this.windows) ? 1 : 0;
      if (should === inView[r]) return;
      inView[r] = should;
      (should ? diff.entered : diff.left).push(index.relationIds[r]);
      const delta = should ? 1 : -1;
      this.relationCount += delta;
      touch(index.source[r], delta);
      touch(index.target[r], delta);
    });
    // Net change only: an entity may lose one relation and gain another within the same move.
    for (const e of touched) {
      const wasIn = entityBefore[e] > 0;
      const isIn = entityCount[e] > 0;
      if (isIn && !wasIn) diff.entitiesEntered.push(index.entityIds[e]);
      else if (wasIn && !isIn) diff.entitiesLeft.push(index.entityIds[e]);
    }
    this.entityInViewCount += diff.entitiesEntered.length - diff.entitiesLeft.length;
    return diff;
  }
}

