import { describe, expect, it } from "vitest";
import { scheduleFirstRefreshes, withScheduledFirstRefresh } from "./firstDraw";

class Renderer {
  passes: unknown[] = [];
  refresh(options?: { schedule?: boolean }) {
    this.passes.push(options ?? "now");
    return this;
  }
}

/** Frames run by hand. */
function frames() {
  const queued: (() => void)[] = [];
  return { queued, next: (run: () => void) => (queued.push(run), () => void queued.splice(queued.indexOf(run), 1)), run: () => queued.splice(0).forEach((f) => f()) };
}

describe("scheduleFirstRefreshes", () => {
  it("turns the redraws asked for while mounting into one full redraw, scheduled in the next frame; then redraws as asked", () => {
    const sigma = new Renderer();
    const f = frames();
    scheduleFirstRefreshes(sigma, f.next);
    sigma.refresh();
    sigma.refresh({ skipIndexation: true } as never);
    sigma.refresh({ partialGraph: { edges: ["r1"] }, schedule: true } as never);
    expect(sigma.passes).toEqual([]);
    f.run();
    expect(sigma.passes).toEqual([{ schedule: true }]);
    sigma.refresh();
    expect(sigma.passes.at(-1)).toBe("now");
    expect(Object.hasOwn(sigma, "refresh")).toBe(false);
  });

  it("runs a redraw asked at once (the camera's fit) at once; a full one covers what was asked before it", () => {
    const sigma = new Renderer();
    const f = frames();
    scheduleFirstRefreshes(sigma, f.next);
    sigma.refresh();
    sigma.refresh({ partialGraph: { nodes: ["a"] }, schedule: false } as never);
    expect(sigma.passes).toEqual([{ partialGraph: { nodes: ["a"] }, schedule: false }]);
    sigma.refresh({ schedule: false });
    f.run();
    expect(sigma.passes).toEqual([{ partialGraph: { nodes: ["a"] }, schedule: false }, { schedule: false }]);
  });

  it("asks nothing in the next frame when nothing was asked", () => {
    const sigma = new Renderer();
    const f = frames();
    scheduleFirstRefreshes(sigma, f.next);
    f.run();
    expect(sigma.passes).toEqual([]);
  });

  it("lets go when the renderer goes before the frame", () => {
    const sigma = new Renderer();
    const f = frames();
    const undo = scheduleFirstRefreshes(sigma, f.next);
    sigma.refresh();
    undo();
    expect(f.queued).toEqual([]);
    sigma.refresh();
    expect(sigma.passes).toEqual(["now"]);
  });
});

/** Like sigma: the constructor ends with a full refresh, at once. */
class Constructed extends Renderer {
  constructor() {
    super();
    this.refresh();
  }
}

describe("withScheduledFirstRefresh", () => {
  it("schedules the refresh the constructor asks at once, then refreshes as asked", () => {
    const renderer = new (withScheduledFirstRefresh(Constructed))();
    expect(renderer.passes).toEqual([{ schedule: true }]);
    renderer.refresh();
    renderer.refresh({ schedule: false });
    expect(renderer.passes).toEqual([{ schedule: true }, "now", { schedule: false }]);
  });

  it("keeps what the constructor's base does without it: a refresh at once", () => {
    expect(new Constructed().passes).toEqual(["now"]);
  });
});
