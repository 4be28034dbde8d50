import { useSigma } from "@react-sigma/core";
import { useEffect, useState, type RefObject } from "react";
import { fitToView } from "./camera";

const ANIMATION = { duration: 250 };

/** Zoom in, zoom out, fit to view and full screen, over the graph (so they stay in full screen). */
export function GraphControls({ section }: { section: RefObject<HTMLElement | null> }) {
  const sigma = useSigma();
  const [fullScreen, setFullScreen] = useState(false);
  useEffect(() => {
    const changed = () => {
      setFullScreen(document.fullscreenElement !== null && document.fullscreenElement === section.current);
      // The graph changed size: let sigma measure it, then frame the view again.
      requestAnimationFrame(() => {
        sigma.resize();
        void fitToView(sigma);
      });
    };
    document.addEventListener("fullscreenchange", changed);
    return () => document.removeEventListener("fullscreenchange", changed);
  }, [sigma, section]);

  const toggleFullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void section.current?.requestFullscreen();
  };
  return (
    <div className="graph-controls">
      <button type="button" aria-label="Zoom in" title="Zoom in" onClick={() => void sigma.getCamera().animatedZoom({ ...ANIMATION, factor: 1.5 })}>
        <Icon d="M12 5v14M5 12h14" />
      </button>
      <button type="button" aria-label="Zoom out" title="Zoom out" onClick={() => void sigma.getCamera().animatedUnzoom({ ...ANIMATION, factor: 1.5 })}>
        <Icon d="M5 12h14" />
      </button>
      <button type="button" aria-label="Fit to view" title="Fit to view" onClick={() => void fitToView(sigma, ANIMATION.duration)}>
        <Icon d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5M10 10h4v4h-4z" />
      </button>
      {document.fullscreenEnabled && (
        <button type="button" aria-label="Full screen" title={fullScreen ? "Leave full screen" : "Full screen"} aria-pressed={fullScreen} onClick={toggleFullScreen}>
          <Icon d={fullScreen ? "M4 14h6v6M20 10h-6V4M14 10l7-7M3 21l7-7" : "M14 4h6v6M10 20H4v-6M20 4l-7 7M4 20l7-7"} />
        </button>
      )}
    </div>
  );
}

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
