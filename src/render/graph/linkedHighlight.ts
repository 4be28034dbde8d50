import { useSyncExternalStore } from "react";

/**
 * The link between the graph and views drawn beside it (an entity's timeline, its partners grid):
 * relations a view points at are emphasised in the graph, and the relation under the pointer in
 * the graph is shown in those views. Two small stores, so neither side needs the other's props.
 */
function store<T>(initial: T) {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: T) {
      if (next === value) return;
      value = next;
      for (const l of listeners) l();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const EMPTY: ReadonlySet<string> = new Set();
const pointed = store<ReadonlySet<string>>(EMPTY);
const graphHover = store<string | null>(null);

/** Relations a view beside the graph points at (hovered bar, picked cell); empty for none. */
export function pointAtRelations(ids: Iterable<string> | null): void {
  const next = ids ? new Set(ids) : EMPTY;
  const current = pointed.get();
  if (next.size === current.size && [...next].every((id) => current.has(id))) return;
  pointed.set(next.size === 0 ? EMPTY : next);
}

export function usePointedRelations(): ReadonlySet<string> {
  return useSyncExternalStore(pointed.subscribe, pointed.get);
}

/** The relation under the pointer in the graph, for views beside it. */
export const setGraphHoveredRelation = (id: string | null) => graphHover.set(id);

export function useGraphHoveredRelation(): string | null {
  return useSyncExternalStore(graphHover.subscribe, graphHover.get);
}
