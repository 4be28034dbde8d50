import type { EventViewSettings } from "../../model/events/filters";

/** Folding, edge width, threshold and top N for an aggregated event view; states what is hidden. */
export function EventViewControls({ value, onChange, hiddenSummary }: { value: EventViewSettings; onChange: (v: EventViewSettings) => void; hiddenSummary: string }) {
  const whole = (text: string) => Math.max(1, Math.floor(Number(text) || 1));
  return (
    <fieldset className="event-view-controls">
      <legend>Events</legend>
      <label>
        <input type="checkbox" checked={value.fold} onChange={(e) => onChange({ ...value, fold: e.target.checked })} /> Fold sector actors into countries
      </label>
      <div role="radiogroup" aria-label="Edge width">
        {(["count", "goldstein"] as const).map((w) => (
          <label key={w}>
            <input type="radio" name="edge-width" checked={value.weight === w} onChange={() => onChange({ ...value, weight: w })} />{" "}
            {w === "count" ? "Event count" : "Summed Goldstein score"}
          </label>
        ))}
      </div>
      <label>
        Minimum events per edge{" "}
        <input type="number" min={1} value={value.minCount} onChange={(e) => onChange({ ...value, minCount: whole(e.target.value) })} />
      </label>
      <label>
        Top entities{" "}
        <input
          type="number"
          min={1}
          placeholder="all"
          value={value.topN ?? ""}
          onChange={(e) => onChange({ ...value, topN: e.target.value === "" ? undefined : whole(e.target.value) })}
        />
      </label>
      <p role="status">{hiddenSummary}</p>
    </fieldset>
  );
}
