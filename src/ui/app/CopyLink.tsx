import { useEffect, useRef, useState } from "react";

type Status = { ok: true } | { ok: false; url: string } | null;

/** "Copy link": puts the address of the current view on the clipboard and says so; if it cannot, shows the link to copy by hand. */
export function CopyLink() {
  const [status, setStatus] = useState<Status>(null);
  const box = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!status) return;
    if (status.ok) {
      const timer = setTimeout(() => setStatus(null), 4000);
      return () => clearTimeout(timer);
    }
    // The hand-copy box stays until dismissed, a click elsewhere, or Escape.
    const outside = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setStatus(null);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !e.defaultPrevented) {
        e.preventDefault();
        setStatus(null);
      }
    };
    document.addEventListener("mousedown", outside);
    document.addEventListener("keydown", escape, true);
    return () => {
      document.removeEventListener("mousedown", outside);
      document.removeEventListener("keydown", escape, true);
    };
  }, [status]);

  async function copy() {
    const url = window.location.href;
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
      await navigator.clipboard.writeText(url);
      setStatus({ ok: true });
    } catch {
      setStatus({ ok: false, url });
    }
  }

  return (
    <span className="copy-link" ref={box}>
      <button type="button" onClick={copy}>
        Copy link
      </button>
      <span role="status" className="copy-status">
        {status?.ok && "Link copied"}
        {status && !status.ok && (
          <>
            Copying is not available here; the link is{" "}
            <input readOnly aria-label="Link to this view" value={status.url} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" className="link" onClick={() => setStatus(null)}>
              Dismiss
            </button>
          </>
        )}
      </span>
    </span>
  );
}
