/**
 * Remembers which imported dataset is being opened until its first picture is on screen, so a dataset
 * that froze or crashed the tab is not opened again by the next load (its id is still in the URL).
 * localStorage outlives a crashed tab; where it is unavailable, nothing is remembered.
 */
const KEY = "entente:opening";

/** The mark this tab set and has not cleared yet. */
let mine: string | null = null;

// A page that can run its pagehide handler was not frozen (a reload during a slow but live load, say): its mark goes.
if (typeof window !== "undefined") window.addEventListener("pagehide", () => mine !== null && markOpened(mine));

export function markOpening(id: string): void {
  mine = id;
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // storage disabled: no guard
  }
}

export function markOpened(id: string): void {
  if (mine === id) mine = null;
  try {
    if (localStorage.getItem(KEY) === id) localStorage.removeItem(KEY);
  } catch {
    // storage disabled: no guard
  }
}

/** The dataset whose opening never finished, if any. */
export function unfinishedOpening(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/**
 * Resolves after the page has laid out and painted twice: a tab frozen by what it shows never gets there.
 * A hidden tab paints nothing, so its wait starts when it is shown.
 */
export async function afterPaint(): Promise<void> {
  if (document.hidden) {
    await new Promise<void>((shown) => {
      const seen = () => {
        if (document.hidden) return;
        document.removeEventListener("visibilitychange", seen);
        shown();
      };
      document.addEventListener("visibilitychange", seen);
    });
  }
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
}
