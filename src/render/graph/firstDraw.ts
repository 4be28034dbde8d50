/** The part of sigma this needs: its redraw. */
export interface Redrawn {
  refresh(options?: { schedule?: boolean; partialGraph?: unknown }): unknown;
}

/**
 * A renderer whose constructor runs the reducers but leaves processing and drawing to the next frame. sigma's own
 * constructor ends with a full refresh at once: every reducer, then `process()` of every item, then a draw, in one
 * task (over 600 ms at 100k relations on a loaded machine); here the second half is a task of its own.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's base constructor must take any[] (TypeScript)
export function withScheduledFirstRefresh<T extends new (...args: any[]) => Redrawn>(Base: T) {
  return class Scheduled extends Base {
    // Unset while the base constructor runs (class fields are set after it returns): that refresh is the first one.
    private constructed = true;
    override refresh(options?: Parameters<Redrawn["refresh"]>[0]): unknown {
      return super.refresh(this.constructed || options ? options : { schedule: true });
    }
  };
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
