import { useEffect, useId, useRef, type ReactNode } from "react";

interface PanelProps {
  title: string;
  /** Short line above the heading, e.g. the entity type. */
  kicker?: string;
  onClose: () => void;
  children: ReactNode;
}

/** A selection panel: a region named by its level-2 heading, with a Close button. Scrolls to the top on a new selection. */
export function Panel({ title, kicker, onClose, children }: PanelProps) {
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.scrollTop = 0;
  }, [title]);
  return (
    <section className="panel" aria-labelledby={headingId} ref={ref}>
      <div className="panel-head">
        <div>
          {kicker && <p className="kicker">{kicker}</p>}
          <h2 id={headingId}>{title}</h2>
        </div>
        <button type="button" className="close" onClick={onClose} title="Close (Escape)">
          Close
        </button>
      </div>
      {children}
    </section>
  );
}
