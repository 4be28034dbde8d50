import { useSigma } from "@react-sigma/core";
import { useLayoutEffect } from "react";
import { mergeFirstRefreshes } from "./firstDraw";

const nextFrame = (run: () => void) => {
  const frame = requestAnimationFrame(run);
  return () => cancelAnimationFrame(frame);
};

/** Place first among the renderer's controllers: their redraws while it mounts become one, in the next frame. */
export function FirstDraw() {
  const sigma = useSigma();
  useLayoutEffect(() => mergeFirstRefreshes(sigma, nextFrame), [sigma]);
  return null;
}
