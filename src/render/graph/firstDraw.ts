/** The part of sigma this needs: its redraw. */
export interface Redrawn {
  refresh(options?: { schedule?: boolean; partialGraph?: unknown }): unknown;
}

/**
 * While sigma mounts, each of its controllers asks for a redraw, and setting changes ask for more. Each full redraw
 * runs every reducer again at once (150–300 ms at 100k relations), even when its drawing is scheduled: five of them
 * held the main thread for seconds. Until the next frame they are only noted; that frame runs one full redraw, which
 * indexes there and draws in the frame after, so the two halves are separate tasks. A redraw asked with
 * `schedule: false` (camera.ts fits to what it processes) runs at once. Returns the undo.
 */
export function scheduleFirstRefreshes(sigma: Redrawn, nextFrame: (run: () => void) => () => void): () => void {
  const own = sigma.refresh;
  const hadOwn = Object.hasOwn(sigma, "refresh");
  let asked = false;
  const restore = () => {
    if (hadOwn) sigma.refresh = own;
    else delete (sigma as Partial<Redrawn>).refresh; // the prototype's method again
  };
  sigma.refresh = (options) => {
    if (options?.schedule !== false) {
      asked = true;
      return sigma;
    }
    // A full redraw at once covers what was asked before it.
    if (!options.partialGraph) asked = false;
    return own.call(sigma, options);
  };
  const cancel = nextFrame(() => {
    restore();
    if (asked) sigma.refresh({ schedule: true });
  });
  return () => {
    cancel();
    restore();
  };
}
