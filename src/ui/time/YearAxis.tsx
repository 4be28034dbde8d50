/** Year labels at the slider's positions, for the modes that show the histogram without the slider. */
export function YearAxis({ marks, min, max }: { marks: Record<number, string>; min: number; max: number }) {
  const span = Math.max(max - min, 1);
  return (
    <div className="year-axis" aria-hidden="true">
      {Object.entries(marks).map(([unit, year]) => (
        <span key={unit} style={{ left: `${((Number(unit) - min) / span) * 100}%` }}>
          {year}
        </span>
      ))}
    </div>
  );
}
