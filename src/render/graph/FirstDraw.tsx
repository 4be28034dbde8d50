import { useSigma } from "@react-sigma/core";
import { useLayoutEffect } from "react";
import { scheduleFirstRefreshes } from "./firstDraw";

const nextFrame = (run: () => void) => {
  const frame = requestAnimationFrame(run);
  return () => cancelAnimationFrame(frame);
};

/** Place first among the renderer's controllers: their redraws while it mounts become one, in the next frame. */
export function FirstDraw() {
  const sigma = useSigma();
  useLayoutEffect(() => scheduleFirstRefreshes(sigma, nextFrame), [sigma]);
  return null;
}
