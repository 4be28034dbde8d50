import type { EntenteGraph, Model, RelationAttributes } from "../dataset/graph";
import type { RelationType } from "../dataset/schema";
import { orderBy } from "./sortOrder";
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
const NO_WINDOW: TimeWindow = { first: Infinity, last: -Infinity };

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

/**
 * Relation and entity numbering, spans and sort orders. Built once per model, then kept in step with the
 * graph's edits (`sync`): a changed relation's number is retired and it gets a new one at the end, so
 * the sort orders only need the new numbers merged in, never a sort of everything.
 */
export class RelationIndex {
  relationIds: string[] = [];
  readonly entityIds: string[];
  first: Float64Array;
  last: Float64Array;
  source: Uint32Array;
  target: Uint32Array;
  /** undefined for a retired number (its relation was changed or dropped). */
  readonly kinds: (Kind | undefined)[] = [];
  private readonly relationNumber = new Map<string, number>();
  private readonly entityNumber: Map<string, number>;
  private byKind: Record<Kind, KindIndex>;

  constructor(model: Model) {
    const { graph } = model;
    this.entityIds = graph.nodes();
    this.entityNumber = new Map(this.entityIds.map((id, i) => [id, i]));
    const n = graph.size;
    this.first = new Float64Array(n);
    this.last = new Float64Array(n);
    this.source = new Uint32Array(n);
    this.target = new Uint32Array(n);
    const members: Record<Kind, number[]> = { event: [], state: [] };
    graph.forEachEdge((id, attrs, source, target) => members[attrs.kind].push(this.append(id, attrs, source, target)));
    this.byKind = { event: this.sorted(members.event), state: this.sorted(members.state) };
  }

  /** Numbers handed out so far, retired ones included. */
  get size(): number {
    return this.relationIds.length;
  }

  numberOf(relationId: string): number | undefined {
    return this.relationNumber.get(relationId);
  }

  inWindow(r: number, windows: KindWindows): boolean {
    const kind = this.kinds[r];
    if (kind === undefined) return false;
    const w = windows[kind];
    return this.first[r] <= w.last && this.last[r] >= w.first;
  }

  /** Calls `visit` once for every relation whose in-view status may differ between the two sets of windows. */
  forEachCandidate(from: KindWindows, to: KindWindows, visit: (r: number) => void): void {
    for (const kind of ["event", "state"] as const) candidates(this.byKind[kind], this.first, from[kind], to[kind], visit);
  }

  /**
   * Brings these relations (added, changed or dropped in `graph`) up to date: the numbers retired and
   * the numbers given. Cost: the relations named, plus one merge pass over each sort order they touch.
   */
  sync(graph: EntenteGraph, relationIds: Iterable<string>): IndexChange {
    const change: IndexChange = { retired: [], added: [] };
    const touched = new Set<Kind>();
    for (const id of relationIds) {
      const old = this.relationNumber.get(id);
      if (old !== undefined) {
        touched.add(this.kinds[old]!);
        this.kinds[old] = undefined;
        this.relationNumber.delete(id);
        change.retired.push(old);
      }
      if (!graph.hasEdge(id)) continue;
      const attrs = graph.getEdgeAttributes(id);
      touched.add(attrs.kind);
      change.added.push(this.append(id, attrs, graph.source(id), graph.target(id)));
    }
    for (const kind of touched) {
      const added = change.added.filter((r) => this.kinds[r] === kind);
      const { byFirst, byLast } = this.byKind[kind];
      const first = merged(byFirst, this.first, this.kinds, added);
      const last = merged(byLast, this.last, this.kinds, added);
      this.byKind[kind] = { byFirst: first.order, firstSorted: first.keys, byLast: last.order, lastSorted: last.keys };
    }
    return change;
  }

  /** Gives a relation the next number (growing the arrays by doubling), and its entities theirs. */
  private append(id: string, attrs: RelationAttributes, source: string, target: string): number {
    const r = this.relationIds.length;
    if (r === this.first.length) {
      const capacity = Math.max(16, 2 * r);
      this.first = grown(this.first, new Float64Array(capacity));
      this.last = grown(this.last, new Float64Array(capacity));
      this.source = grown(this.source, new Uint32Array(capacity));
      this.target = grown(this.target, new Uint32Array(capacity));
    }
    this.relationIds.push(id);
    this.kinds.push(attrs.kind);
    this.relationNumber.set(id, r);
    this.first[r] = attrs.first;
    this.last[r] = attrs.last;
    this.source[r] = this.entityOf(source);
    this.target[r] = this.entityOf(target);
    return r;
  }

  private entityOf(id: string): number {
    let e = this.entityNumber.get(id);
    if (e === undefined) {
      e = this.entityIds.push(id) - 1;
      this.entityNumber.set(id, e);
    }
    return e;
  }

  private sorted(members: number[]): KindIndex {
    const byFirst = orderBy(members, this.first);
    const byLast = orderBy(members, this.last);
    return {
      byFirst,
      firstSorted: Float64Array.from(byFirst, (r) => this.first[r]),
      byLast,
      lastSorted: Float64Array.from(byLast, (r) => this.last[r]),
    };
  }
}

/** What an index sync did: numbers retired (their relations changed or were dropped) and numbers given. */
export interface IndexChange {
  retired: number[];
  added: number[];
}

function grown<T extends Float64Array | Uint32Array | Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * A sort order without its retired numbers and with `added` merged in by key. Added numbers are the
 * largest, so among equal keys they go last: the order a full sort of the same numbers gives.
 */
function merged(order: Uint32Array, key: Float64Array, kinds: readonly (Kind | undefined)[], added: number[]): { order: Uint32Array; keys: Float64Array } {
  const adding = [...added].sort((a, b) => key[a] - key[b] || a - b);
  const out = new Uint32Array(order.length + adding.length);
  let n = 0;
  let j = 0;
  for (const r of order) {
    if (kinds[r] === undefined) continue;
    while (j < adding.length && key[adding[j]] < key[r]) out[n++] = adding[j++];
    out[n++] = r;
  }
  while (j < adding.length) out[n++] = adding[j++];
  const kept = out.slice(0, n);
  return { order: kept, keys: Float64Array.from(kept, (r) => key[r]) };
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
  private inView: Uint8Array;
  private entityCount: Int32Array;
  /** Per entity: the change it was last touched in, and its count before that change. */
  private entityStamp: Uint32Array;
  private entityBefore: Int32Array;
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

  /**
   * Follows an index sync: retired numbers leave the view, new ones enter it if in the window and
   * included. A relation changed but in view before and after is in neither list of the diff.
   */
  sync(change: IndexChange): ViewDiff {
    this.fit();
    const diff = this.change((update) => {
      for (const r of change.retired) update(r);
      for (const r of change.added) update(r);
    });
    const entered = new Set(diff.entered);
    const stayed = new Set(diff.left.filter((id) => entered.has(id)));
    if (stayed.size === 0) return diff;
    return { ...diff, entered: diff.entered.filter((id) => !stayed.has(id)), left: diff.left.filter((id) => !stayed.has(id)) };
  }

  /** Room for the numbers the index has handed out since (doubling, so growth costs little over many edits). */
  private fit(): void {
    const { size, entityIds } = this.index;
    if (size > this.inView.length) this.inView = grown(this.inView, new Uint8Array(2 * size));
    if (entityIds.length > this.entityCount.length) {
      const n = 2 * entityIds.length;
      this.entityCount = grown(this.entityCount, new Int32Array(n));
      this.entityStamp = grown(this.entityStamp, new Uint32Array(n));
      this.entityBefore = grown(this.entityBefore, new Int32Array(n));
    }
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
      // A retired number is out of view (inWindow says so before `include` asks the graph about it).
      const should = index.inWindow(r, this.windows) && this.include(r) ? 1 : 0;
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


