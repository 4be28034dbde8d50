import { isEqual, SigmaProvider } from "@react-sigma/core";
import type { MultiDirectedGraph } from "graphology";
import { useEffect, useImperativeHandle, useMemo, useRef, useState, type ReactNode, type Ref } from "react";
import Sigma from "sigma";
import type { Settings } from "sigma/settings";
import { withScheduledFirstRefresh } from "./firstDraw";

/** sigma, processing and drawing its first frame after the constructor's task (firstDraw.ts). */
class EntenteRenderer extends withScheduledFirstRefresh(Sigma) {}

interface RendererContainerProps {
  graph: MultiDirectedGraph;
  settings: Partial<Settings>;
  className?: string;
  ref?: Ref<Sigma | null>;
  children?: ReactNode;
}

/**
 * What @react-sigma's SigmaContainer does (a renderer per graph and settings, the camera kept across them, `useSigma`
 * for the children), with EntenteRenderer: SigmaContainer constructs sigma itself, so its first refresh cannot be split.
 */
export function RendererContainer({ graph, settings, className, ref, children }: RendererContainerProps) {
  const root = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<Sigma | null>(null);
  // Equal settings keep the renderer, as SigmaContainer's do.
  const stable = useRef(settings);
  if (!isEqual(stable.current, settings)) stable.current = settings;
  const current = stable.current;
  useEffect(() => {
    if (!container.current) return;
    const instance = new EntenteRenderer(graph, container.current, current) as unknown as Sigma;
    setSigma((previous) => {
      if (previous) instance.getCamera().setState(previous.getCamera().getState());
      return instance;
    });
    return () => instance.kill();
  }, [graph, current]);
  useImperativeHandle(ref, () => sigma as Sigma, [sigma]);
  const context = useMemo(() => (sigma && root.current ? { sigma, container: root.current } : null), [sigma]);
  return (
    <div ref={root} className={`react-sigma ${className ?? ""}`}>
      <div ref={container} className="sigma-container" />
      {context && <SigmaProvider value={context}>{children}</SigmaProvider>}
    </div>
  );
}
