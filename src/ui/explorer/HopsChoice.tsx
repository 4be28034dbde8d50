export type Hops = 0 | 1 | 2;

const HOPS: [Hops, string][] = [
  [0, "All"],
  [1, "1 step"],
  [2, "2 steps"],
];

/** How much of the graph an entity's panel keeps in view: everything, or its 1- or 2-step neighbourhood (URL `hops`). */
export function HopsChoice({ hops, onHops }: { hops: Hops; onHops: (hops: Hops) => void }) {
  return (
    <fieldset className="hops">
      <legend>Neighbourhood</legend>
      {HOPS.map(([value, text]) => (
        <label key={value}>
          <input type="radio" name="hops" value={value} checked={hops === value} onChange={() => onHops(value)} />
          {text}
        </label>
      ))}
    </fieldset>
  );
}
