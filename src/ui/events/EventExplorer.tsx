import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { yearEnd, yearStart } from "../../model/dates";
import { frameCaption, frameFileName, type Scope } from "../../model/frame/describe";
import { periodOf } from "../../model/frame/period";
import { EventAggregator, EventWindow } from "../../model/events/aggregate";
import { EVENT_CLASSES } from "../../model/events/cameo";
import { eventHistogram, eventYears, type EventDataset } from "../../model/events/dataset";
import { entitySize, eventSnapshotText, layoutLinks, shownEvents, yearlyScale } from "../../model/events/display";
import { visibleAggregates } from "../../model/events/filters";
import { groupedRows, hiddenSummary } from "../../model/events/present";
import { eventDetails } from "../../model/events/table";
import { EventGraphView } from "../../render/EventGraphView";
import type { EntenteSigma } from "../../render/GraphView";
import { keptForceLayout } from "../../render/keptLayout";
import type { Positions } from "../../render/layout";
import { CLASS_LABELS } from "../../render/style";
import { eventViewFromSearch, searchWithEventView } from "../../state/eventParams";
import { useLabel } from "../../state/useFrameLabel";
import { setSearch } from "../../state/url";
import { useUrlView } from "../../state/useUrlView";
import type { ViewDomain } from "../../state/view";
import { ViewActions } from "../ViewActions";
import { SidePanels } from "../layout/SidePanels";
import { ExportDialog } from "../ExportDialog";
import { Legend } from "../Legend";
import { useTheme } from "../useTheme";
import { ActorPartnersPanel } from "../partners/ActorPartnersPanel";
import { AggregateEventsPanel } from "./AggregateEventsPanel";
import { EventTimeControls } from "./EventTimeControls";
import type { EventViewSettings } from "../../model/events/filters";
import { EventViewControls } from "./EventViewControls";
import { GroupedEventsTable } from "./GroupedEventsTable";
import { EventTip } from "./EventTip";
import "./events.css";

/**
 * ForceAtlas2 iterations for an event table's layout: about 5,000 actors and 20,000 links settle enough
 * for the busiest actors to stand apart, and the layout is ready in a few seconds (see README).
 */
const LAYOUT_ITERATIONS = 60;

/** Positions for every entity, from all events at once (never the window); kept with the dataset once computed. */
function useEventLayout(data: EventDataset): Positions | null {
  const [positions, setPositions] = useState<Positions | null>(null);
  useEffect(() => {
    const { table, actors } = data.events;
    const input = { ...layoutLinks(table, actors.detailed, actors.folded, actors.entities.map((e) => e.id)), iterations: LAYOUT_ITERATIONS };
    const abort = new AbortController();
    keptForceLayout(data.meta.id, input, abort.signal).then((p) => p && !abort.signal.aborted && setPositions(p));
    return () => abort.abort();
  }, [data]);
  return positions;
}

/** Thresholds are stated by the hidden-events note, not the scope. */
const NO_SCOPE: Scope = { hidden: [] };

/** The view of an imported event table: aggregated edges for the window, its controls, panel, legend and table. */
export function EventExplorer({ data, controls }: { data: EventDataset; controls?: ReactNode }) {
  const { table, actors } = data.events;
  const bounds = useMemo(() => eventYears(data.events), [data]);
  const histogram = useMemo(() => eventHistogram(data.events, bounds.min, bounds.max), [data, bounds]);
  const domain = useMemo<ViewDomain>(() => ({ isEntity: () => false, isRelation: () => false, isRelationType: () => false, isDataset: (id) => id === data.meta.id }), [data]);
  const defaults = { from: data.meta.defaultView?.from ?? bounds.min, to: data.meta.defaultView?.to ?? bounds.max, layout: "force" as const };
  const [playing, setPlaying] = useState(false);
  const [view, setView] = useUrlView(defaults, bounds, domain, playing);
  const [settings, setSettings] = useState(() => eventViewFromSearch(window.location.search));
  const changeSettings = useCallback((next: EventViewSettings) => {
    setSearch(searchWithEventView(next, window.location.search));
    setSettings(next);
  }, []);
  const [selected, setSelected] = useState<number | null>(null);
  const [actor, setActor] = useState<number | null>(null);
  const [theme, toggleTheme] = useTheme();
  const sigmaRef = useRef<EntenteSigma | null>(null);
  const positions = useEventLayout(data);

  // Folding switches the mapping from actors to entities: a new aggregator, scale and set of edges.
  const entityOf = settings.fold ? actors.folded : actors.detailed;
  const entities = actors.entities;
  const actorLabels = useMemo(() => entities.map((e) => e.label), [entities]);
  const scale = useMemo(() => yearlyScale(table, entityOf, entities.length), [table, entityOf, entities]);
  const eventWindow = useMemo(() => new EventWindow(new EventAggregator(table, entityOf, entities.length)), [table, entityOf, entities]);
  // Each window change moves the aggregator by the events entering and leaving (O(changed)); the rest follows from it.
  const step = useMemo(() => {
    const started = performance.now();
    const change = eventWindow.moveTo(yearStart(view.from), yearEnd(view.to));
    return { change, range: [...eventWindow.range] as [number, number], started };
  }, [eventWindow, view.from, view.to]);
  const filter = useMemo(() => ({ minCount: settings.minCount, topN: settings.topN }), [settings.minCount, settings.topN]);
  const visible = useMemo(() => visibleAggregates(eventWindow.aggregator, filter), [eventWindow, step, filter]);
  const shown = useMemo(() => {
    const s = shownEvents(visible, eventWindow.aggregator.activity, settings.weight, scale);
    performance.measure("entente:event-step", { start: step.started });
    return s;
  }, [visible, eventWindow, settings.weight, scale, step]);
  const hidden = hiddenSummary(visible.hidden, filter);
  const rows = useMemo(() => groupedRows(eventWindow.aggregator, visible.edges, entities, step.range), [eventWindow, visible, entities, step]);
  const label = useLabel({ id: data.meta.id, title: data.meta.title }, periodOf({ from: view.from, to: view.to }), NO_SCOPE);
  const caption = frameCaption(label);
  const text = useMemo(() => eventSnapshotText(caption, data.file, visible, entities, hidden), [caption, data, visible, entities, hidden]);
  const maxActivity = visible.entities.reduce((m, i) => Math.max(m, eventWindow.aggregator.activity[i]), 0);

  const edgeInView = selected !== null && eventWindow.aggregator.edges.has(selected) ? eventWindow.aggregator.edges.get(selected)! : null;
  const close = useCallback(() => (selected !== null ? setSelected(null) : setActor(null)), [selected]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && !e.defaultPrevented && close();
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [close]);
  const tip = useCallback(
    (target: { kind: "edge" | "entity"; index: number }) => <EventTip target={target} window={eventWindow} entities={entities} />,
    [eventWindow, entities],
  );

  return (
    <div className="app">
      <header className="top">
        <h1>
          Entente <span className="dataset-title">{data.meta.title}</span>
        </h1>
        <ViewActions controls={controls} theme={theme} onToggleTheme={toggleTheme}>
          <ExportDialog sigmaRef={sigmaRef} text={text} fileName={frameFileName(label)} />
        </ViewActions>
      </header>
      <div className="time">
        <EventTimeControls bounds={bounds} view={view} histogram={histogram} onChange={(v) => setView(v)} playing={playing} onPlayingChange={setPlaying} />
      </div>
      <main className="workspace">
        <EventGraphView entities={entities} positions={positions} shown={shown} theme={theme} selected={edgeInView ? edgeInView.key : null} sigmaRef={sigmaRef} onSelectEdge={setSelected} onSelectEntity={setActor} tip={tip} />
        <SidePanels selection={edgeInView?.key ?? (actor ?? undefined)} hasPanel={edgeInView !== null || actor !== null}>
          <EventViewControls value={settings} onChange={changeSettings} hiddenSummary={hidden || "Nothing is hidden."} />
          {edgeInView && (
            <div className="panel aggregate-panel">
              <button type="button" className="close" onClick={close}>
                Close
              </button>
              <AggregateEventsPanel
                source={entities[edgeInView.source].label}
                target={entities[edgeInView.target].label}
                className={CLASS_LABELS[EVENT_CLASSES[edgeInView.cls]].toLowerCase()}
                events={eventWindow.eventsOf(edgeInView.key).map((id) => eventDetails(table, id))}
                file={data.file}
                onActor={(end) => {
                  setActor(end === "source" ? edgeInView.source : edgeInView.target);
                  setSelected(null);
                }}
              />
            </div>
          )}
          {!edgeInView && actor !== null && actor < entities.length && (
            <ActorPartnersPanel
              datasetId={data.meta.id}
              table={table}
              entityOf={entityOf}
              labels={actorLabels}
              actor={actor}
              lastYear={bounds.max}
              from={view.from}
              to={view.to}
              onPeriod={(p) => setView((v) => ({ ...v, from: p.from, to: p.to }), "push")}
              onClose={() => setActor(null)}
            />
          )}
          <Legend entityTypes={text.entityTypes} classes={text.classes} maxDegree={maxActivity} sizeMeaning="events in the window" sizeOf={(n) => entitySize(n, scale.activity)} note={hidden} />
          <GroupedEventsTable rows={rows} selected={edgeInView ? edgeInView.key : null} onSelect={setSelected} />
        </SidePanels>
      </main>
    </div>
  );
}
