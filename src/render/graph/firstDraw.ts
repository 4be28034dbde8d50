/** The part of sigma this needs: its redraw. */
export interface Redrawn {
  refresh(options?: { schedule?: boolean }): unknown;
}

/**
 * While sigma mounts, each of its controllers asks for a redraw, and setting changes ask for more: several full
 * passes (index, process, draw every entity and relation) in one task, seconds of main thread for a large graph.
 * Until the next frame each redraw is scheduled instead: the data is still indexed at once, but processing and
 * drawing happen once, in that frame (unless asked with `schedule: false`). Returns the undo.
 */
export function scheduleFirstRefreshes(sigma: Redrawn, nextFrame: (run: () => void) => () => void): () => void {
  const own = sigma.refresh;
  const hadOwn = Object.hasOwn(sigma, "refresh");
  const restore = () => {
    if (hadOwn) sigma.refresh = own;
    else delete (sigma as Partial<Redrawn>).refresh; // the prototype's method again
  };
  // `schedule: false` says the caller reads what the redraw processes (camera.ts fits to it): it runs at once.
  sigma.refresh = (options) => own.call(sigma, options?.schedule === false ? options : { ...options, schedule: true });
  const cancel = nextFrame(restore);
  return () => {
    cancel();
    restore();
  };
}
