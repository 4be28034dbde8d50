import { useSyncExternalStore } from "react";
import type { LayoutDraft } from "./keptLayout";

/**
 * The drafts of a converging layout, handed straight to the graph: only the graph redraws for each, not the
 * explorer around it (its table and panels do not depend on positions).
 */
export class LayoutDrafts {
  private draft: LayoutDraft | null = null;
  private listeners = new Set<() => void>();

  set(draft: LayoutDraft | null): void {
    this.draft = draft;
    for (const listener of this.listeners) listener();
  }

  readonly latest = (): LayoutDraft | null => this.draft;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** The latest draft, re-rendering the caller when another arrives. */
export function useLayoutDraft(drafts: LayoutDrafts | undefined): LayoutDraft | null {
  return useSyncExternalStore(drafts?.subscribe ?? noSubscription, drafts?.latest ?? noDraft);
}

const noSubscription = () => () => {};
const noDraft = () => null;
