/**
 * One pass over the text: a valid surrogate pair is kept; markup characters become entities; characters XML 1.0
 * cannot hold (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD.
 */
const SPECIAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g;
const TEXT: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': '"', "\t": "\t", "\n": "\n", "\r": "&#13;" };
// In attributes, tabs and line breaks are written as references: parsers would turn them into spaces.
const ATTR: Record<string, string> = { ...TEXT, '"': "&quot;", "\t": "&#9;", "\n": "&#10;" };

function escape(value: string, table: Record<string, string>): string {
  SPECIAL.lastIndex = 0;
  if (!SPECIAL.test(value)) return value;
  return value.replace(SPECIAL, (ch) => (ch.length === 2 ? ch : (table[ch] ?? "\uFFFD")));
}

/** Escapes text for an element's content. */
export function xmlText(value: string): string {
  return escape(value, TEXT);
}

/** Escapes text for a double-quoted attribute. */
function xmlAttr(value: string): string {
  return escape(value, ATTR);
}

/** ` name="value"` pairs, skipping undefined values. */
export function attrs(pairs: Record<string, string | number | undefined>): string {
  let out = "";
  for (const [name, value] of Object.entries(pairs)) if (value !== undefined) out += ` ${name}="${xmlAttr(String(value))}"`;
  return out;
}
