import type { Layout } from "../../state/view/view";

const NAMES: Record<Layout, string> = { force: "Force", map: "Map" };

/** "Layout": force-directed or on the map. Changes the layout only, never the window. */
export function LayoutSwitch({ layout, onChange }: { layout: Layout; onChange: (layout: Layout) => void }) {
  return (
    <div className="layout-switch" role="radiogroup" aria-label="Layout">
      {(Object.keys(NAMES) as Layout[]).map((l) => (
        <label key={l} className={l === layout ? "checked" : undefined}>
          <input type="radio" name="layout" value={l} checked={l === layout} onChange={() => onChange(l)} />
          {NAMES[l]}
        </label>
      ))}
    </div>
  );
}
