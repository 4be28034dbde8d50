import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { Problem } from "../dataset/validate";
import { lineColumn } from "./common";

/** An XML element as the parser gives it: attributes under `@_name`, children by tag name. */
export type XmlElement = Record<string, unknown>;

const REPEATED = new Set(["attributes", "attribute", "node", "edge", "attvalue", "spell", "nodes", "edges", "graph"]);

/**
 * Entities are never expanded (processEntities: false), so a "billion laughs" file cannot blow up;
 * the five predefined entities and character references are decoded by `decodeXml` instead.
 */
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  maxNestedTags: 64,
  isArray: (name) => REPEATED.has(name),
});

const PREDEFINED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes `&amp;`-style and `&#233;`/`&#xE9;` references; anything else is left as written. */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, ref: string) => {
    if (ref[0] !== "#") return PREDEFINED[ref] ?? whole;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** Parses XML text, or reports why not with line and column. */
export function parseXml(text: string, file: string, problems: Problem[]): XmlElement | undefined {
  if (text.trim() === "") {
    problems.push({ file, message: "is empty" });
    return undefined;
  }
  const entity = text.search(/<!ENTITY/);
  if (entity !== -1) {
    const at = lineColumn(text, entity);
    problems.push({ file, message: `at line ${at.line}, column ${at.column}: XML entity declarations (<!ENTITY>) are not accepted` });
    return undefined;
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const at = valid.err.line !== undefined && valid.err.col !== undefined ? ` at line ${valid.err.line}, column ${valid.err.col}` : "";
    problems.push({ file, message: `invalid XML${at}: ${valid.err.msg}` });
    return undefined;
  }
  try {
    return parser.parse(text) as XmlElement;
  } catch (e) {
    problems.push({ file, message: `invalid XML: ${e instanceof Error ? e.message : String(e)}` });
    return undefined;
  }
}

/** The child elements named `name` (always a list). */
export function children(el: unknown, name: string): XmlElement[] {
  if (typeof el !== "object" || el === null || !Object.hasOwn(el, name)) return [];
  const value = (el as XmlElement)[name];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => (typeof v === "object" && v !== null ? (v as XmlElement) : {}));
}

/** An attribute's decoded value, or undefined when absent. */
export function attr(el: XmlElement, name: string): string | undefined {
  const key = `@_${name}`;
  if (!Object.hasOwn(el, key)) return undefined;
  const v = el[key];
  return typeof v === "string" ? decodeXml(v) : undefined;
}
