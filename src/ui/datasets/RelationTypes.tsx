import { lazy, Suspense, useState } from "react";
import type { RelationType } from "../../model/dataset/schema";
// The list and the shared vocabulary load when it is opened, not with the first screen.
const RelationTypesDialog = lazy(() => import("../import/RelationTypesDialog").then((m) => ({ default: m.RelationTypesDialog })));

/** "Relation types": the valid types one click away (the header, the relation form); `types` defaults to the shared vocabulary. */
export function RelationTypesButton({ types, intro }: { types?: RelationType[]; intro?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Relation types
      </button>
      {open && (
        <Suspense fallback={null}>
          <RelationTypesDialog types={types} intro={intro} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
