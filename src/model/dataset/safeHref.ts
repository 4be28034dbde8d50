/** A URL from a dataset as a link target, only when it is absolute http(s); anything else (javascript:, data:, relative) is not linked. */
export function safeHref(url: string | undefined): string | undefined {
  if (typeof url !== "string") return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
}
