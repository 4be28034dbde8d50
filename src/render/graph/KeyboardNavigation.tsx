import { useSigma } from "@react-sigma/core";
import { useEffect, useMemo, useState, type KeyboardEvent } from "react";
import type { NeighbourStep } from "../../model/frame/neighbours";
import type { ViewContents } from "../../model/time/window";

/** What the keyboard needs of a source of frames: where to start, and entities and relations in words. */
export interface KeyboardWords {
  /** Relations in view per entity (or any measure of how busy it is): with nothing selected, the busiest is the start. */
  degrees: ReadonlyMap<string, number>;
  /** The selected entity: where the keyboard starts. */
  selected?: string;
  label: (entity: string) => string;
  /** The neighbours in view in the order the arrow keys visit them (`at`: positions as drawn). */
  neighbours: (entity: string, contents: ViewContents, at: (id: string) => { x: number; y: number } | undefined) => NeighbourStep[];
  /** The relations (in view) that join a neighbour, said in words: the first, and how many more. */
  said: (relations: string[]) => string;
}

interface KeyboardNavigationProps {
  contents: ViewContents;
  words: KeyboardWords;
  /** Enter: select an entity (which opens its panel). */
  onOpen: (entity: string) => void;
}

interface Ring {
  x: number;
  y: number;
  r: number;
}

/** The entity to start from: the selected one if in view, else the one with most relations in view. */
function startOf(contents: ViewContents, degrees: ReadonlyMap<string, number>, selected?: string): string | undefined {
  if (selected && contents.entities.has(selected)) return selected;
  let best: string | undefined;
  for (const id of contents.entities) if (best === undefined || (degrees.get(id) ?? 0) > (degrees.get(best) ?? 0)) best = id;
  return best;
}

/**
 * The graph from the keyboard: one tab stop on the selected entity (or the busiest); arrow keys move round
 * its neighbours in view, each announced with the relation that joins them; Enter opens the one reached,
 * which then becomes the start; Home returns to it. A ring marks the entity reached. Owns nothing else.
 */
export function KeyboardNavigation({ contents, words, onOpen }: KeyboardNavigationProps) {
  const sigma = useSigma();
  const { degrees, selected, label } = words;
  const start = startOf(contents, degrees, selected);
  const [at, setAt] = useState(-1); // index among the neighbours; -1: the start itself
  const [focused, setFocused] = useState(false);
  const [message, setMessage] = useState("");
  const [ring, setRing] = useState<Ring | null>(null);
  const neighbours = useMemo(() => {
    if (!start) return [];
    const graph = sigma.getGraph();
    return words.neighbours(start, contents, (id) => (graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined) as { x: number; y: number } | undefined);
  }, [sigma, words.neighbours, start, contents]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => setAt(-1), [start, neighbours]);
  const current = at >= 0 && at < neighbours.length ? neighbours[at].id : start;

  // The ring follows the entity reached, through camera moves and redraws; off screen, the camera goes to it.
  useEffect(() => {
    if (!focused || !current) return setRing(null);
    const place = () => {
      const data = sigma.getNodeDisplayData(current);
      if (!data) return setRing(null);
      const p = sigma.framedGraphToViewport(data);
      setRing({ x: p.x, y: p.y, r: sigma.scaleSize(data.size) + 6 });
    };
    const data = sigma.getNodeDisplayData(current);
    const { width, height } = sigma.getDimensions();
    const p = data && sigma.framedGraphToViewport(data);
    if (data && p && (p.x < 0 || p.y < 0 || p.x > width || p.y > height)) void sigma.getCamera().animate({ x: data.x, y: data.y }, { duration: 300 });
    place();
    sigma.on("afterRender", place);
    return () => {
      sigma.off("afterRender", place);
    };
  }, [sigma, focused, current]);

  const announce = (i: number) => {
    if (!start) return;
    if (i < 0) return setMessage(`${label(start)}: ${neighbours.length} neighbours in view.`);
    const n = neighbours[i];
    setMessage(`${label(n.id)}, ${i + 1} of ${neighbours.length}: ${words.said(n.relations)}. Enter opens it.`);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!start) return;
    const n = neighbours.length;
    let next: number | undefined;
    if ((e.key === "ArrowRight" || e.key === "ArrowDown") && n > 0) next = (at + 1) % n;
    else if ((e.key === "ArrowLeft" || e.key === "ArrowUp") && n > 0) next = at <= 0 ? n - 1 : at - 1;
    else if (e.key === "Home") next = -1;
    else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      if (current) {
        onOpen(current);
        setMessage(`${label(current)} opened.`);
      }
      return;
    }
    if (next === undefined) return;
    e.preventDefault();
    setAt(next);
    announce(next);
  };

  if (!start) return null;
  const name = `Graph, from the keyboard: ${label(start)}${start === selected ? ", selected" : ""}. Arrow keys move to its ${neighbours.length} neighbours in view, Enter opens one, Home comes back.`;
  return (
    <>
      <div
        className="graph-keys"
        tabIndex={0}
        role="application"
        aria-label={name}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      >
        {focused && (
          <p className="graph-keys-hint" aria-hidden="true">
            {current && <strong>{label(current)}</strong>} · ← → neighbours · Enter opens · Home back
          </p>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {message}
      </p>
      {ring && (
        <span className="graph-key-ring" aria-hidden="true" style={{ left: ring.x - ring.r, top: ring.y - ring.r, width: 2 * ring.r, height: 2 * ring.r }} />
      )}
    </>
  );
}
