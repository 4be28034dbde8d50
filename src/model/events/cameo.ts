import table from "../../../graph-data/cameo.json";
import type { RelationClass, RelationType } from "../dataset/schema";

/** CAMEO codes, their classes and the relation types an event import adds (graph-data/cameo.json). */

export type EventClass = Exclude<RelationClass, "structural">;
export const EVENT_CLASSES: readonly EventClass[] = ["verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"];

export interface CameoRoot {
  code: string;
  name: string;
  quadClass: number;
  class: EventClass;
  type: string;
  goldstein: number;
}

export const CAMEO_ROOTS: readonly CameoRoot[] = table.roots as CameoRoot[];
const codes = new Map(table.codes.map((c) => [c.code, c]));
const labels = new Map(table.labels.map((l) => [l.label, l.code]));
/** Labels known to have no CAMEO code: reported, never guessed. */
export const UNKNOWN_LABELS: ReadonlySet<string> = new Set(table.unknownLabels as string[]);

/** The one rule from root to class: GDELT's QuadClass grouping 01–05 / 06–09 / 10–14 / 15–20. */
export function quadClassOfRoot(root: number): 1 | 2 | 3 | 4 | undefined {
  if (!Number.isInteger(root) || root < 1 || root > 20) return undefined;
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

export function classOfRoot(root: number): EventClass | undefined {
  const q = quadClassOfRoot(root);
  return q === undefined ? undefined : EVENT_CLASSES[q - 1];
}

/** Root (1–20) of a CAMEO code such as "0311", "190", "19"; undefined if it is not one. */
export function rootOfCode(code: string): number | undefined {
  if (!/^\d{2,4}$/.test(code)) return undefined;
  const root = Number(code.slice(0, 2));
  return root >= 1 && root <= 20 ? root : undefined;
}

/** CAMEO code of an event label (ICEWS's CAMEO names, e.g. "Make statement" → "010"). */
export function codeOfLabel(label: string): string | undefined {
  return labels.get(label);
}

/** Description of a code ("0311" → "Express intent to cooperate economically"), or of a root. */
export function describeCode(code: string): string | undefined {
  if (code.length === 2) return CAMEO_ROOTS[Number(code) - 1]?.name;
  return codes.get(code)?.label.replace(/, not specified below$/, "");
}

/** Goldstein score GDELT's lookup gives the code (falling back to its base code, then root). */
export function goldsteinOfCode(code: string): number | undefined {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const g = c.length === 2 ? CAMEO_ROOTS[Number(c) - 1]?.goldstein : codes.get(c)?.goldstein;
    if (g !== undefined) return g;
  }
  return undefined;
}

export function rootInfo(root: number): CameoRoot | undefined {
  return CAMEO_ROOTS[root - 1];
}

/** The 20 relation types an event import adds to its dataset, one per CAMEO root. */
export function cameoRelationTypes(): RelationType[] {
  return CAMEO_ROOTS.map((r) => ({ id: r.type, label: r.name.toLowerCase(), kind: "event", class: r.class, cameo: r.code }));
}
