import type { EventViewSettings } from "../../model/events/filters";
import { EVENT_PARAMS, readUrl, writeUrl } from "../view/url";

/** Folded into countries and the 50 most active entities: a 5,000-actor table reads state to state. */
export const DEFAULT_EVENT_VIEW: EventViewSettings = { fold: true, weight: "count", minCount: 1, topN: 50 };

/** The event view's settings from the URL (`fold`, `width`, `min`, `top`; see url.ts); missing or invalid ones take their default. */
export function eventViewFromSearch(search: string): EventViewSettings {
  const p = readUrl(search);
  const d = DEFAULT_EVENT_VIEW;
  return { fold: p.fold ?? d.fold, weight: p.width ?? d.weight, minCount: p.min ?? d.minCount, topN: p.top === "all" ? undefined : (p.top ?? d.topN) };
}

/** Writes the settings that differ from the defaults, keeping every other parameter. */
export function searchWithEventView(settings: EventViewSettings, search: string): string {
  const d = DEFAULT_EVENT_VIEW;
  const differs = <T,>(value: T, base: T) => (value !== base ? value : undefined);
  return writeUrl(
    {
      fold: differs(settings.fold, d.fold),
      width: differs(settings.weight, d.weight),
      min: differs(settings.minCount, d.minCount),
      top: settings.topN === d.topN ? undefined : (settings.topN ?? "all"),
    },
    EVENT_PARAMS,
    search,
  );
}
