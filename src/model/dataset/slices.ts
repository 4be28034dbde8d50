/**
 * Work written as a generator that yields how far it has come (a count of items) after each slice.
 * Run at once, or a slice at a time, awaiting `pause` in between so a page can answer input and draw.
 */
export type Steps<T> = Generator<number, T>;

/** Items handled between two pauses: a few tens of milliseconds of work. */
export const SLICE = 1000;

export function runSteps<T>(steps: Steps<T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

export async function runStepsInSlices<T>(steps: Steps<T>, total: number, pause: (done: number, total: number) => Promise<void>): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause(step.value, total);
  }
}
