import type { Problem } from "../dataset/validate";

const NOT_TEXT = "is not a text file (encoding)";

/**
 * Why the start of a file is not UTF-8 text (binary data, UTF-16, Latin-1…), or undefined when it is.
 * `partial`: the bytes are a head cut from a longer file (a character cut at the end is fine).
 */
export function textProblem(bytes: Uint8Array, partial = false): string | undefined {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `${NOT_TEXT}: a NUL byte at offset ${nul} (binary data, or UTF-16 text): save it as UTF-8 text`;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: partial });
    return undefined;
  } catch {
    return `${NOT_TEXT}: not valid UTF-8 (first bad byte at offset ${firstBadByte(bytes)}): save it as UTF-8 and try again`;
  }
}

/** Decodes UTF-8 strictly (a byte-order mark is dropped); any invalid byte or a NUL is reported with its offset. */
export function decodeUtf8(bytes: Uint8Array, file: string): string | Problem {
  const problem = textProblem(bytes);
  return problem ? { file, message: problem } : new TextDecoder("utf-8").decode(bytes);
}

/** Offset of the first byte that breaks UTF-8's structure (0 when only its meaning is wrong, e.g. a lone surrogate). */
function firstBadByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    const valid = n > 0 && i + n <= bytes.length && [...bytes.subarray(i + 1, i + n)].every((c) => (c & 0xc0) === 0x80);
    if (!valid) return i;
    i += n;
  }
  return 0;
}
