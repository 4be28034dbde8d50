import type { ReactNode } from "react";
import type { Theme } from "../render/highlight";
import { CopyLink } from "./CopyLink";

/** The header's actions every view shares (dataset controls, Copy link, Dark mode), then the view's own exports. */
export function ViewActions({ controls, theme, onToggleTheme, children }: { controls?: ReactNode; theme: Theme; onToggleTheme: () => void; children?: ReactNode }) {
  return (
    <div className="actions">
      {controls}
      <CopyLink />
      <button type="button" aria-pressed={theme === "dark"} onClick={onToggleTheme}>
        Dark mode
      </button>
      {children}
    </div>
  );
}
