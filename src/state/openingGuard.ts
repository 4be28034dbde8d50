/**
 * Remembers which imported dataset is being opened until its first picture is on screen, so a dataset
 * that froze or crashed the tab is not opened again by the next load (its id is still in the URL).
 * localStorage outlives a crashed tab; where it is unavailable, nothing is remembered.
 */
const KEY = "entente:opening";

export function markOpening(id: string): void {
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // storage disabled: no guard
  }
}

export function markOpened(id: string): void {
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

/** Resolves after the page has laid out and painted twice: a tab frozen by what it shows never gets there. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
}
