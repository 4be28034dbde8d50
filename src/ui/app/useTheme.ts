import { useEffect, useState } from "react";
import type { Theme } from "../../render/graph/highlight";

const KEY = "entente-theme";
const query = () => window.matchMedia?.("(prefers-color-scheme: dark)");

function stored(): Theme | null {
  try {
    const value = window.localStorage.getItem(KEY);
    return value === "dark" || value === "light" ? value : null;
  } catch {
    return null;
  }
}

/** The colour theme: the system's (prefers-color-scheme) until the user picks one, which is remembered. */
export function useTheme(): [Theme, () => void] {
  const [system, setSystem] = useState<Theme>(() => (query()?.matches ? "dark" : "light"));
  const [chosen, setChosen] = useState<Theme | null>(stored);
  const theme = chosen ?? system;

  useEffect(() => {
    const mq = query();
    if (!mq) return;
    const onChange = () => setSystem(mq.matches ? "dark" : "light");
    mq.addEventListener("change", onChange);
    return () => mq.removeEventListener("change", onChange);
  }, []);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const toggle = () => {
    const next: Theme = theme === "dark" ? "light" : "dark";
    setChosen(next);
    try {
      // Back to following the system when the choice matches it.
      if (next === system) window.localStorage.removeItem(KEY);
      else window.localStorage.setItem(KEY, next);
    } catch {
      // Storage may be unavailable (private mode): the choice then lasts for this page only.
    }
  };
  return [theme, toggle];
}
