import { useSigma } from "@react-sigma/core";
import { useLayoutEffect } from "react";
import { scheduleFirstRefreshes } from "./firstDraw";

/**
 * A task after the next frame: that frame may draw what the renderer's constructor indexed (a pass over every item),
 * and the reducers this runs are another; in one task they would hold the page for both.
 */
const nextFrame = (run: () => void) => {
  let task: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (task = setTimeout(run)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(task);
  };
};

/** Place first among the renderer's controllers: their redraws while it mounts become one, in the next frame. */
export function FirstDraw() {
  const sigma = useSigma();
  useLayoutEffect(() => scheduleFirstRefreshes(sigma, nextFrame), [sigma]);
  return null;
}
