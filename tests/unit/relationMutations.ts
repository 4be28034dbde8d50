/** Ways to break (or keep) a relation record, applied at random and in combination: the validator's fast paths are tested with them. */
const BAD_VALUES: unknown[] = [undefined, null, 0, 1.5, "", " ", "Niger", "a_b", "a--b", "-a", "2024-02-30", "2024-13", "24-01-01", "2024-1-01", "2024~~", [], {}, [{}], true,
  // Over the limits: an id over 200 characters, a name over 500, prose over 10,000, a NUL.
  "a".repeat(201), "A".repeat(501), "A".repeat(10_001), "a\u0000b"];
const FIELDS = ["id", "type", "source", "target", "date", "start", "end", "label", "citations", "note", "extra", "__proto__"];

export function mutate(record: object, rnd: () => number): unknown {
  const copy = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
  const times = 1 + Math.floor(rnd() * 2);
  for (let i = 0; i < times; i++) {
    const field = FIELDS[Math.floor(rnd() * FIELDS.length)];
    const choice = rnd();
    if (choice < 0.2) delete copy[field];
    else if (choice < 0.35 && Array.isArray(copy.citations) && copy.citations.length > 0) {
      const c = copy.citations[0] as Record<string, unknown>;
      const key = ["source", "quote", "page"][Math.floor(rnd() * 3)];
      c[key] = BAD_VALUES[Math.floor(rnd() * BAD_VALUES.length)];
    } else copy[field] = BAD_VALUES[Math.floor(rnd() * BAD_VALUES.length)];
  }
  // Through JSON, as records arrive (undefined values vanish, "__proto__" becomes an own key).
  return rnd() < 0.5 ? JSON.parse(JSON.stringify(copy).replace('"extra"', '"__proto__"')) : copy;
}
