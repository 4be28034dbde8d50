import type { SnapshotText } from "../../model/frame/snapshot";
import { CHANGE_COLORS, CHANGE_LABELS } from "../style/changeStyle";
import { CLASS_COLORS, CLASS_LABELS, ENTITY_COLORS, ENTITY_TYPE_LABELS } from "../style/style";

// Apart from the exported band (legendBand.ts): the page's legend lists the same entries, and the band's drawing
// code loads only with an export (issue 18).

export interface LegendEntry {
  kind: "dot" | "line";
  color: string;
  label: string;
}

/** The colours drawn, in the order the legend lists them: entity types, then relation classes and change marks. */
export function legendEntries(text: Pick<SnapshotText, "entityTypes" | "classes" | "changes">): LegendEntry[] {
  return [
    ...text.entityTypes.map((t) => ({ kind: "dot" as const, color: ENTITY_COLORS[t], label: ENTITY_TYPE_LABELS[t] })),
    ...text.classes.map((c) => ({ kind: "line" as const, color: CLASS_COLORS[c], label: CLASS_LABELS[c] })),
    ...(text.changes ?? []).map((m) => ({ kind: "line" as const, color: CHANGE_COLORS[m], label: CHANGE_LABELS[m] })),
  ];
}
