import { lazy, Suspense } from "react";
import { useEdit } from "./EditContext";

const EditBar = lazy(() => import("./EditBar").then((m) => ({ default: m.EditBar })));

/** The edit bar, loaded only when the dataset shown can be edited (never for a shipped one). */
export function EditActions() {
  return useEdit() ? (
    <Suspense fallback={null}>
      <EditBar />
    </Suspense>
  ) : null;
}
