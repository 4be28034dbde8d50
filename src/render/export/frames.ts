import type { PeriodFields } from "../../model/frame/period";
import type { SnapshotText } from "../../model/frame/snapshot";
import type { FrameSink } from "./animation";

export interface FrameRun {
  periods: readonly PeriodFields[];
  /** Shows a step's view and gives what its image states once it is drawn. */
  show: (period: PeriodFields) => Promise<SnapshotText>;
  /** Renders the step off-screen, as a PNG export would. */
  draw: (text: SnapshotText) => Promise<HTMLCanvasElement>;
  sink: FrameSink;
  secondsPerStep: number;
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

/** Plays the steps into the sink, one frame each, in order; stops between frames when the signal aborts. */
export async function renderFrames(run: FrameRun): Promise<Blob | undefined> {
  const { periods, sink, signal } = run;
  try {
    for (let i = 0; i < periods.length; i++) {
      if (signal.aborted) break;
      const text = await run.show(periods[i]);
      if (signal.aborted) break;
      await sink.add(await run.draw(text), run.secondsPerStep);
      run.onProgress(i + 1, periods.length);
    }
    if (signal.aborted) {
      await sink.cancel();
      return undefined;
    }
    return await sink.finish();
  } catch (e) {
    await sink.cancel().catch(() => undefined);
    throw e;
  }
}
