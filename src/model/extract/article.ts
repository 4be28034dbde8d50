/**
 * The plain text of an article file: HTML loses its markup (scripts, styles and tags; blocks become
 * line breaks, entities are decoded), Markdown its formatting; plain text stays as it is.
 */
export function articleText(raw: string, fileName = ""): string {
  const text = raw.replace(/^\uFEFF/, "");
  if (/\.html?$/i.test(fileName) || /^\s*<(!doctype|html|body|article|p|div)\b/i.test(text)) return fromHtml(text);
  if (/\.(md|markdown)$/i.test(fileName)) return fromMarkdown(text);
  return text;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", mdash: "—", ndash: "–", hellip: "…" };

function fromHtml(html: string): string {
  return html
    .replace(/<(script|style|noscript|template|head|nav|footer|aside)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<\/?(p|div|br|h[1-6]|li|ul|ol|article|section|header|blockquote|tr|table|figcaption|title)\b[^>]*>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === "#" ? String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m),
    )
    .replace(/[ \t]+/g, " ")
    .replace(/ *\n[\n ]*/g, "\n")
    .trim();
}

function fromMarkdown(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^>\s?/gm, "")
    .replace(/(\*\*|__|\*|_|`)(\S[^\n]*?)\1/g, "$2");
}
