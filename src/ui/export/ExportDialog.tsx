import { lazy, Suspense, useRef, useState } from "react";
import type { ExportDialogProps } from "./PngDialog";
import { Loading } from "../app/Loading";

// The dialog, the image composer and the animation exporters load on the first press of "Export PNG".
const PngDialog = lazy(() => import("./PngDialog"));

/** "Export PNG": opens the image export dialog (export/PngDialog), loading it the first time. */
export function ExportDialog(props: ExportDialogProps) {
  const openerRef = useRef<HTMLButtonElement>(null);
  const [request, setRequest] = useState(0);
  return (
    <>
      <button type="button" ref={openerRef} onClick={() => setRequest((n) => n + 1)}>
        Export PNG
      </button>
      {request > 0 && (
        <Suspense fallback={<Loading what="the image export" />}>
          <PngDialog {...props} request={request} openerRef={openerRef} />
        </Suspense>
      )}
    </>
  );
}
