import { editsSince } from "../edit/patch";
import { applyFilter, type Filter } from "../filters/filters";
import type { Model } from "../dataset/graph";
import type { TimeSelection } from "../time/timeModes";
import { difference, ViewTracker, type ViewUpdate } from "./viewTracker";

const EMPTY = { relations: new Set<string>(), entities: new Set<string>() };

/** Type filters as one test per relation, so the time index applies them as it moves (no full pass per step). */
function includeOf(model: Model, filters: Filter[]): ((relation: string) => boolean) | undefined {
  const { graph } = model;
  const tests = filters.flatMap((f): ((relation: string) => boolean)[] => {
    if (f.kind === "relation-types") {
      const shown = new Set(f.shown);
      return [(id) => shown.has(graph.getEdgeAttribute(id, "relation").type)];
    }
    if (f.kind === "entity-types") {
      const shown = new Set<string>(f.shown);
      const ok = (node: string) => shown.has(graph.getNodeAttribute(node, "entity").type);
      return [(id) => ok(graph.source(id)) && ok(graph.target(id))];
    }
    return [];
  });
  return tests.length === 0 ? undefined : (id) => tests.every((t) => t(id));
}

/**
 * Follows the view through time and filters, yielding updates that say what entered or left since the
 * previous one, so the renderer refreshes only that, filtered or not. `inTime` is the same period
 * without filters (the filter counts are of it).
 */
export class FrameTracker {
  private readonly all: ViewTracker;
  private readonly filtered: ViewTracker;
  private filterKey = "";
  private include: ((relation: string) => boolean) | undefined;
  private last: { timed: ViewUpdate; ego: string; update: ViewUpdate; filtered: boolean } | undefined;

  /** How many of the model's edits the index and views have followed. */
  private seen: number;

  constructor(private model: Model) {
    this.all = new ViewTracker(model);
    this.filtered = new ViewTracker(model, this.all.index);
    this.seen = model.edits?.length ?? 0;
  }

  /** Follows the edits patched into the model's graph since: the shared index once, then both views. Idempotent. */
  catchUp(model: Model): void {
    const edit = editsSince(model, this.seen);
    this.model = model;
    this.seen = model.edits?.length ?? 0;
    if (!edit) return;
    const change = this.all.index.sync(model.graph, edit.relations);
    this.all.followEdit(change, model);
    this.filtered.followEdit(change, model);
  }

  update(selection: TimeSelection, filters: Filter[]): { update: ViewUpdate; inTime: ViewUpdate } {
    const inTime = this.all.update(selection);
    const key = JSON.stringify(filters.filter((f) => f.kind !== "ego"));
    if (key !== this.filterKey) {
      this.filterKey = key;
      this.include = includeOf(this.model, filters);
    }
    const timed = this.include ? this.filtered.update(selection, this.include) : inTime;
    const egoFilter = filters.find((f) => f.kind === "ego");
    const ego = egoFilter ? `${egoFilter.entity}:${egoFilter.hops}` : "";
    const last = this.last;
    if (last && last.timed === timed && last.ego === ego) return { update: last.update, inTime };

    const contents = egoFilter ? applyFilter(this.model, timed.contents, egoFilter) : timed.contents;
    // The time index's own diff holds when it leads on from what was shown last; otherwise compare contents.
    const sameTracker = last !== undefined && (this.include !== undefined) === last.filtered;
    const direct = last && sameTracker && !ego && !last.ego && timed.base === last.timed.seq;
    const diff = direct ? timed.diff : difference(last?.update.contents ?? EMPTY, contents);
    const marks = egoFilter && timed.marks ? new Map([...timed.marks].filter(([id]) => contents.relations.has(id))) : timed.marks;
    const seq = (last?.update.seq ?? -1) + 1;
    const update: ViewUpdate = { seq, base: last ? seq - 1 : -1, selection, contents, diff, marks };
    this.last = { timed, ego, update, filtered: this.include !== undefined };
    return { update, inTime };
  }
}
