import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";

/** A request to bring an entity or relation to the centre; `seq` makes a repeated request for the same target count. */
export interface CameraTarget {
  entity?: string;
  relation?: string;
  seq: number;
}

/** Moves the camera to the requested entity (or the middle of a relation). Renders nothing. */
export function CameraController({ target }: { target: CameraTarget | null }) {
  const sigma = useSigma();
  useEffect(() => {
    if (!target) return;
    // Display positions are only normalised once sigma has processed the graph: move after the next render.
    const move = () => {
      const graph = sigma.getGraph();
      const nodes = target.entity ? [target.entity] : target.relation && graph.hasEdge(target.relation) ? graph.extremities(target.relation) : [];
      const points = nodes.map((n) => sigma.getNodeDisplayData(n)).filter((d) => d !== undefined);
      if (points.length === 0) return;
      let x = points.reduce((s, p) => s + p.x, 0) / points.length;
      let y = points.reduce((s, p) => s + p.y, 0) / points.length;
      // Where a sheet covers the graph's lower part (narrow screens, layout.css), the target goes to the middle of what shows.
      const shift = Number(getComputedStyle(sigma.getContainer()).getPropertyValue("--camera-shift")) || 0;
      if (shift > 0) {
        const { width, height } = sigma.getDimensions();
        const middle = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 });
        const lower = sigma.viewportToFramedGraph({ x: width / 2, y: height / 2 + shift * height });
        x += lower.x - middle.x;
        y += lower.y - middle.y;
      }
      const still = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
      // (animate with duration 0 would divide by zero)
      if (still) sigma.getCamera().setState({ x, y });
      else sigma.getCamera().animate({ x, y }, { duration: 400, easing: "quadraticInOut" });
    };
    sigma.once("afterRender", move);
    sigma.scheduleRefresh();
    return () => {
      sigma.off("afterRender", move);
    };
  }, [sigma, target]);
  return null;
}
