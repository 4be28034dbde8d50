import { describe, expect, it } from "vitest";
import { scheduleFirstRefreshes } from "./firstDraw";

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
  it("schedules the redraws asked for while mounting (keeping what else they ask), then redraws as asked", () => {
    const sigma = new Renderer();
    const f = frames();
    scheduleFirstRefreshes(sigma, f.next);
    sigma.refresh();
    sigma.refresh({ skipIndexation: true } as never);
    sigma.refresh({ schedule: false });
    expect(sigma.passes).toEqual([{ schedule: true }, { skipIndexation: true, schedule: true }, { schedule: false }]);
    f.run();
    sigma.refresh();
    expect(sigma.passes.at(-1)).toBe("now");
    expect(Object.hasOwn(sigma, "refresh")).toBe(false);
  });

  it("lets go when the renderer goes before the frame", () => {
    const sigma = new Renderer();
    const f = frames();
    const undo = scheduleFirstRefreshes(sigma, f.next);
    undo();
    expect(f.queued).toEqual([]);
    sigma.refresh();
    expect(sigma.passes).toEqual(["now"]);
  });
});
