import type { Composition } from "../../model/frame/snapshot";

interface ComposerProps {
  value: Composition;
  onChange: (patch: Partial<Composition>) => void;
  /** Resets the headings and note to what the view states. */
  onReset: () => void;
  edited: boolean;
}

/** The words of the image: title, subtitle and an optional note, and whether the legend and the sources are shown. */
export function Composer({ value, onChange, onReset, edited }: ComposerProps) {
  return (
    <fieldset className="composer">
      <legend>Caption</legend>
      <label className="field">
        <span>Title</span>
        <input type="text" value={value.title} onChange={(e) => onChange({ title: e.target.value })} />
      </label>
      <label className="field">
        <span>Subtitle</span>
        <input type="text" value={value.subtitle} onChange={(e) => onChange({ subtitle: e.target.value })} />
      </label>
      <label className="field">
        <span>Note</span>
        <input type="text" value={value.note} placeholder="Optional line under the legend" onChange={(e) => onChange({ note: e.target.value })} />
      </label>
      <label className="check">
        <input type="checkbox" checked={value.legend} onChange={(e) => onChange({ legend: e.target.checked })} />
        Legend
      </label>
      <label className="check">
        <input type="checkbox" checked={value.sources} onChange={(e) => onChange({ sources: e.target.checked })} />
        Sources
      </label>
      {edited && (
        <button type="button" className="link" onClick={onReset}>
          Reset caption
        </button>
      )}
    </fieldset>
  );
}
