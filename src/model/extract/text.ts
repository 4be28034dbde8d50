/**
 * Text folding for matching: lower case, accents removed, typographic quotes and dashes made plain,
 * one character for one character, so an offset in the folded text is the same offset in the original.
 */
export function fold(text: string): string {
  let out = "";
  for (const ch of text) {
    const base = ch.normalize("NFD")[0] ?? ch;
    const plain = QUOTES[base] ?? base;
    // Keep the length: a character outside the BMP (2 code units) stays as it is.
    out += plain.length === ch.length ? plain.toLowerCase().slice(0, ch.length).padEnd(ch.length) : ch;
  }
  return out;
}

const QUOTES: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u02bc": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u00a0": " ",
};

/** Name folded for lookup: `fold`, possessive dropped, spaces squeezed. */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/'s$/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

