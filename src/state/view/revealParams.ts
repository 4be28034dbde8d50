/**
 * The URL after an edit, showing the record edited: an entity is focused, a relation selected and the
 * year window widened to its years (a year window only: As of and Compare views are left as they are).
 */
export function searchRevealing(search: string, reveal: { focus?: string; relation?: string; years?: [number, number] }): string {
  const params = new URLSearchParams(search);
  if (reveal.focus) {
    params.set("focus", reveal.focus);
    params.delete("relation");
  }
  if (reveal.relation) params.set("relation", reveal.relation);
  const from = params.get("from");
  const to = params.get("to");
  if (reveal.years && !params.has("at") && !params.has("compare") && from && to && /^\d{4}$/.test(from) && /^\d{4}$/.test(to)) {
    params.set("from", String(Math.min(Number(from), reveal.years[0])));
    params.set("to", String(Math.max(Number(to), reveal.years[1])));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
