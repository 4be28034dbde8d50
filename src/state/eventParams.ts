import type { EventViewSettings } from "../ui/events/EventViewControls";

/**
 * The event view's own URL parameters, beside the explorer's (`from`, `to`, `dataset`):
 * `fold` (`0` shows every actor), `width` (`goldstein`), `min` (events per edge), `top` (entities, or `all`).
 * Anything missing or invalid takes its default.
 */
export const EVENT_PARAMS = ["fold", "width", "min", "top"];

/** Folded into countries and the 50 most active entities: a 5,000-actor table reads state to state. */
export const DEFAULT_EVENT_VIEW: EventViewSettings = { fold: true, weight: "count", minCount: 1, topN: 50 };

const whole = (text: string | null) => (text !== null && /^[1-9]\d{0,6}$/.test(text) ? Number(text) : undefined);

export function eventViewFromSearch(search: string): EventViewSettings {
  const p = new URLSearchParams(search);
  const d = DEFAULT_EVENT_VIEW;
  return {
    fold: p.get("fold") === "0" ? false : p.get("fold") === "1" ? true : d.fold,
    weight: p.get("width") === "goldstein" ? "goldstein" : p.get("width") === "count" ? "count" : d.weight,
    minCount: whole(p.get("min")) ?? d.minCount,
    topN: p.get("top") === "all" ? undefined : (whole(p.get("top")) ?? d.topN),
  };
}

/** Writes the settings that differ from the defaults, keeping every other parameter. */
export function searchWithEventView(settings: EventViewSettings, search: string): string {
  const p = new URLSearchParams(search);
  for (const k of EVENT_PARAMS) p.delete(k);
  const d = DEFAULT_EVENT_VIEW;
  if (settings.fold !== d.fold) p.set("fold", settings.fold ? "1" : "0");
  if (settings.weight !== d.weight) p.set("width", settings.weight);
  if (settings.minCount !== d.minCount) p.set("min", String(settings.minCount));
  if (settings.topN !== d.topN) p.set("top", settings.topN === undefined ? "all" : String(settings.topN));
  const s = p.toString().replace(/%2C/gi, ",");
  return s ? `?${s}` : "";
}
