import { isEqual, SigmaProvider } from "@react-sigma/core";
import type { MultiDirectedGraph } from "graphology";
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef, useState, type ReactNode } from "react";
import Sigma from "sigma";
import type { Settings } from "sigma/settings";
import { withScheduledFirstRefresh } from "./firstDraw";

/** sigma, processing and drawing its first frame after the constructor's task (firstDraw.ts). */
class EntenteRenderer extends withScheduledFirstRefresh(Sigma) {}

interface RendererContainerProps {
  graph: MultiDirectedGraph;
  settings: Partial<Settings>;
  className?: string;
  children?: ReactNode;
}

/**
 * What @react-sigma's SigmaContainer does (a renderer per graph and settings, the camera kept across them, `useSigma`
 * for the children), with EntenteRenderer: SigmaContainer constructs sigma itself, so its first refresh cannot be split.
 */
export const RendererContainer = forwardRef<Sigma | null, RendererContainerProps>(function RendererContainer({ graph, settings, className, children }, ref) {
  const root = useRef<HTMLDivElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<Sigma | null>(null);
  // Equal settings keep the renderer, as SigmaContainer's do.
  const stable = useRef(settings);
  if (!isEqual(stable.current, settings)) stable.current = settings;
  const current = stable.current;
  // The renderer drawn now: it stays until the next one is made (children never hold a killed one), or until unmount.
  const live = useRef<Sigma | null>(null);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // In a task of its own: the constructor runs every reducer (about 100 ms at 100k relations), and the commit that
    // mounts this may itself be long (a layout draft's arrival renders the whole explorer).
    const task = setTimeout(() => {
      const camera = live.current?.getCamera().getState();
      // Before the new one: killing a renderer empties the container.
      live.current?.kill();
      const instance = new EntenteRenderer(graph, element, current) as unknown as Sigma;
      if (camera) instance.getCamera().setState(camera);
      live.current = instance;
      setSigma(instance);
    });
    return () => clearTimeout(task);
  }, [graph, current]);
  useEffect(() => () => live.current?.kill(), []);
  useImperativeHandle(ref, () => sigma as Sigma, [sigma]);
  const context = useMemo(() => (sigma && root.current ? { sigma, container: root.current } : null), [sigma]);
  return (
    <div ref={root} className={`react-sigma ${className ?? ""}`}>
      <div ref={container} className="sigma-container" />
      {context && <SigmaProvider value={context}>{children}</SigmaProvider>}
    </div>
  );
});
