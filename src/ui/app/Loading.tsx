/** Shown while code loaded on demand (a dialog, a panel, a view) arrives: busy, and saying what is coming. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-busy="true">
      Loading {what}…
    </p>
  );
}
