import { useEffect, useState } from "react";

/** Preview images are this many pixels wide: enough to judge the composition, cheap to redraw. */
export const PREVIEW_WIDTH = 480;

/**
 * A small image of the export, redrawn `delay` ms after the last change of `key` (typing does not redraw on
 * every key). Gives an object URL, revoked when replaced.
 */
export function usePreview(active: boolean, key: string, draw: () => Promise<Blob>, delay = 250): { url: string | null; drawing: boolean } {
  const [url, setUrl] = useState<string | null>(null);
  const [drawing, setDrawing] = useState(false);
  useEffect(() => {
    if (!active) return;
    let live = true;
    setDrawing(true);
    const timer = setTimeout(() => {
      draw()
        .then((blob) => {
          if (!live) return;
          setUrl(URL.createObjectURL(blob));
        })
        .catch(() => undefined)
        .finally(() => live && setDrawing(false));
    }, delay);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `draw` changes with every render; `key` says when what it draws changes.
  }, [active, key]); // eslint-disable-line react-hooks/exhaustive-deps
  // The previous image's URL is released once the next one replaces it.
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  return { url, drawing };
}
