import { describe, expect, it } from "vitest";
import { mergeFirstRefreshes } from "./firstDraw";

class Renderer {
  passes: unknown[] = [];
  refresh(options?: unknown) {
    this.passes.push(options ?? "full");
    return this;
  }
}

/** Frames run by hand. */
function frames() {
  const queued: (() => void)[] = [];
  return { queued, next: (run: () => void) => (queued.push(run), () => queued.splice(queued.indexOf(run), 1)), run: () => queued.splice(0).forEach((f) => f()) };
}

describe("mergeFirstRefreshes", () => {
  it("turns the redraws asked for while mounting into one full redraw in the next frame, then redraws as asked", () => {
    const sigma = new Renderer();
    const f = frames();
    mergeFirstRefreshes(sigma, f.next);
    sigma.refresh();
    sigma.refresh({ skipIndexation: true });
    sigma.refresh({ partialGraph: { edges: ["r1"] }, schedule: true });
    expect(sigma.passes).toEqual([]);
    expect(f.queued).toHaveLength(1);
    f.run();
    expect(sigma.passes).toEqual(["full"]);
    sigma.refresh({ skipIndexation: true });
    expect(sigma.passes).toEqual(["full", { skipIndexation: true }]);
    expect(Object.hasOwn(sigma, "refresh")).toBe(false);
  });

  it("drops the merged redraw when the renderer goes before the frame", () => {
    const sigma = new Renderer();
    const f = frames();
    const undo = mergeFirstRefreshes(sigma, f.next);
    sigma.refresh();
    undo();
    expect(f.queued).toEqual([]);
    sigma.refresh();
    expect(sigma.passes).toEqual(["full"]);
  });
});
