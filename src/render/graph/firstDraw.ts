/** The part of sigma this needs: its redraw. */
export interface Redrawn {
  refresh(options?: unknown): unknown;
}

/**
 * While sigma mounts, each of its controllers asks for a full redraw (reindexing every entity and relation, then
 * drawing), and setting changes ask for more: several full passes in one task, seconds of main thread for a large
 * graph. Until the next frame they are merged into one full redraw, run in that frame, so the mount and the first
 * picture are two tasks of one pass each. Returns the undo (the merged redraw is then dropped).
 */
export function mergeFirstRefreshes(sigma: Redrawn, nextFrame: (run: () => void) => () => void): () => void {
  const own = sigma.refresh;
  const hadOwn = Object.hasOwn(sigma, "refresh");
  let cancel: (() => void) | null = null;
  const restore = () => {
    if (hadOwn) sigma.refresh = own;
    else delete (sigma as Partial<Redrawn>).refresh; // the prototype's method again
  };
  sigma.refresh = () => {
    cancel ??= nextFrame(() => {
      restore();
      own.call(sigma);
    });
    return sigma;
  };
  return () => {
    cancel?.();
    restore();
  };
}
