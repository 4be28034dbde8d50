import { useSigma } from "@react-sigma/core";
import { useEffect, useRef } from "react";
import type { Selection } from "./highlight";

/** Clicking a node selects its entity, clicking an edge its relation; both show a pointer. Renders nothing. */
export function SelectionEvents({ onSelect }: { onSelect: (selection: Selection) => void }) {
  const sigma = useSigma();
  const select = useRef(onSelect);
  select.current = onSelect;
  useEffect(() => {
    const container = sigma.getContainer();
    const pointer = () => (container.style.cursor = "pointer");
    const normal = () => (container.style.cursor = "");
    const clickNode = ({ node }: { node: string }) => select.current({ entity: node });
    const clickEdge = ({ edge }: { edge: string }) => select.current({ relation: edge });
    sigma.on("clickNode", clickNode);
    sigma.on("clickEdge", clickEdge);
    sigma.on("enterNode", pointer);
    sigma.on("enterEdge", pointer);
    sigma.on("leaveNode", normal);
    sigma.on("leaveEdge", normal);
    return () => {
      sigma.off("clickNode", clickNode);
      sigma.off("clickEdge", clickEdge);
      sigma.off("enterNode", pointer);
      sigma.off("enterEdge", pointer);
      sigma.off("leaveNode", normal);
      sigma.off("leaveEdge", normal);
    };
  }, [sigma]);
  return null;
}
