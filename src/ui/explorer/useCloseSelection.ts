import { useCallback, useEffect } from "react";
import type { UpdateView } from "../../state/view/useUrlView";
import type { ViewState } from "../../state/view/view";

/**
 * Closing the selection, for both explorers' panels and the Escape key: a relation (or edge) closes back to the
 * entity it was opened from; an entity closes with its ego view. Escape while a dialog (an export) is open is the dialog's.
 */
export function useCloseSelection(view: Pick<ViewState, "focus" | "relation">, setView: UpdateView): () => void {
  const { relation, focus } = view;
  const close = useCallback(() => {
    if (relation) setView((v) => ({ ...v, relation: undefined }), "push");
    else if (focus) setView((v) => ({ ...v, focus: undefined, hops: undefined }), "push");
  }, [relation, focus, setView]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Focus may have left the dialog (its button disabled while drawing), so ask whether one is open.
      if (e.key === "Escape" && !e.defaultPrevented && !document.querySelector("dialog[open]")) close();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [close]);
  return close;
}
