import type { Problem } from "../dataset/validate";

/** The form field a validation message is about, and the message without the field's name. */
function fieldOf(message: string): { field: string; message: string } {
  const path = /^([A-Za-z]+(?:\.(?:\d+|[A-Za-z]+))*): (.*)$/s.exec(message);
  if (path) return { field: path[1], message: path[2] };
  // The kind rules name the field in quotes: `"signed" is an event: "date" is missing`, `... it takes "start" ..., not "date"`.
  const missing = /: "(\w+)" is missing$/.exec(message);
  if (missing) return { field: missing[1], message };
  const not = /, not "(\w+)"/.exec(message);
  if (not) return { field: not[1], message };
  if (/^end ".*" is before start/.test(message)) return { field: "end", message };
  return { field: "", message };
}

/**
 * A record's problems by field ("" for those about the whole record). Problems about other records
 * (a relation left pointing at nothing) are put under "". The dataset's details are the record `undefined`.
 */
export function problemsByField(problems: readonly Problem[], record: string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of problems) {
    const { field, message } = p.record === record ? fieldOf(p.message) : { field: "", message: p.record ? `${p.record}: ${p.message}` : p.message };
    out.set(field, [...(out.get(field) ?? []), message]);
  }
  return out;
}
