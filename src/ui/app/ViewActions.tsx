import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { Theme } from "../../render/graph/highlight";
import { CopyLink } from "./CopyLink";
import "../layout/layout.css";

/**
 * The header's actions every view shares (dataset controls, Copy link, Dark mode), then the view's own exports.
 * On narrow screens (layout.css) they fold behind one button, "Menu"; on wide ones that button is not shown.
 */
export function ViewActions({ controls, theme, onToggleTheme, children }: { controls?: ReactNode; theme: Theme; onToggleTheme: () => void; children?: ReactNode }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // A press outside the menu folds it (its dialogs are inside it).
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);
  return (
    <div
      className="header-menu"
      ref={box}
      onKeyDown={(e) => {
        // Escape folds the menu (before it may close a panel), unless a dialog of the menu is handling it.
        if (e.key === "Escape" && open && !(e.target as Element).closest("dialog")) {
          e.preventDefault();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button type="button" ref={button} className="menu-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
          <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        Menu
      </button>
      <div className={open ? "actions open" : "actions"} id={id}>
        {controls}
        <CopyLink />
        <button type="button" aria-pressed={theme === "dark"} onClick={onToggleTheme}>
          Dark mode
        </button>
        {children}
      </div>
    </div>
  );
}
