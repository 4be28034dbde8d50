import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { frameCaption, frameFileName } from "../../model/frame/describe";
import { periodOf } from "../../model/frame/period";
import { buildModel } from "../../model/dataset/graph";
import { EVENT_CLASSES } from "../../model/events/cameo";
import { eventHistogram, eventYears, type EventDataset } from "../../model/events/dataset";
import { entitySize, eventSnapshotText, layoutLinks, shownEvents, yearlyScale } from "../../model/events/display";
import { aggregateDataset } from "../../model/events/exportDataset";
import { visibleAggregates } from "../../model/events/filters";
import { groupedRows, hiddenSummary } from "../../model/events/present";
import { edgeId, edgeKeyOf, edgesOfEntity, entitiesWithAliases } from "../../model/events/selection";
import { eventFilterCounts, eventInclude, eventScope, usedCameoTypes, usedEntityTypesOf } from "../../model/events/typeFilters";
import { eventDetails } from "../../model/events/table";
import type { ChangeMark } from "../../model/time/timeModes";
import type { CameraTarget } from "../../render/graph/CameraController";
import { useEventSource } from "../../render/graph/eventSource";
import { GraphView } from "../../render/graph/GraphView";
import type { Selection } from "../../render/graph/highlight";
import type { EntenteSigma } from "../../render/graph/sigmaSettings";
import { keptForceLayout } from "../../render/layout/keptLayout";
import type { Positions } from "../../model/layout/layout";
import { CLASS_LABELS } from "../../render/style/style";
import { eventViewFromSearch, searchWithEventView } from "../../state/events/eventParams";
import { useEventFrame } from "../../state/events/useEventFrame";
import { useLabel } from "../../state/view/useFrameLabel";
import { setSearch } from "../../state/view/url";
import { useUrlView } from "../../state/view/useUrlView";
import { selectionOf } from "../../state/view/useTimeView";
import type { ViewDomain } from "../../state/view/view";
import { DataExport } from "../export/DataExport";
import { ExplorerShell } from "../explorer/ExplorerShell";
import { ExportDialog } from "../export/ExportDialog";
import { HopsChoice } from "../explorer/HopsChoice";
import { Legend } from "../explorer/Legend";
import { TimeControls } from "../time/TimeControls";
import { useCloseSelection } from "../explorer/useCloseSelection";
import { useTheme } from "../app/useTheme";
import { ActorPartnersPanel } from "../partners/ActorPartnersPanel";
import { AggregateEventsPanel } from "./AggregateEventsPanel";
import { EntityEdgesPanel } from "./EntityEdgesPanel";
import type { EventViewSettings } from "../../model/events/filters";
import { EventViewControls } from "./EventViewControls";
import { GroupedEventsTable } from "./GroupedEventsTable";
import { edgeInWords, EventTip } from "./EventTip";
import "./events.css";

/**
 * ForceAtlas2 iterations for an event table's layout: about 5,000 actors and 20,000 links settle enough
 * for the busiest actors to stand apart, and the layout is ready in a few seconds (see README).
 */
const LAYOUT_ITERATIONS = 60;

/** An event table's compare marks: an edge is active in one 12-month window, the other, or both. */
const EVENT_MARKS: readonly ChangeMark[] = ["began", "ended", "held"];

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

/** The view of an imported event table: aggregated edges for the view's time, with the explorer's search, filters, time modes and exports. */
export function EventExplorer({ data, controls }: { data: EventDataset; controls?: ReactNode }) {
  const { table, actors } = data.events;
  const bounds = useMemo(() => eventYears(data.events), [data]);
  const histogram = useMemo(() => eventHistogram(data.events, bounds.min, bounds.max), [data, bounds]);
  // Entities with the file's other spellings (and a country's ISO code) as aliases, for search.
  const entities = useMemo(() => entitiesWithAliases(actors.entities, table.actors, actors.detailed), [actors, table]);
  const indexOf = useMemo(() => new Map(entities.map((e, i) => [e.id, i])), [entities]);
  const cameoTypes = useMemo(() => usedCameoTypes(table), [table]);
  const typeIds = useMemo(() => [...cameoTypes.values()].flat().map((t) => t.id), [cameoTypes]);
  const entityTypes = useMemo(() => usedEntityTypesOf(entities), [entities]);
  const domain = useMemo<ViewDomain>(
    () => ({
      isEntity: (id) => indexOf.has(id),
      isRelation: (id) => edgeKeyOf(id, indexOf) !== undefined,
      isRelationType: (id) => typeIds.includes(id),
      isDataset: (id) => id === data.meta.id,
    }),
    [indexOf, typeIds, data],
  );
  const defaults = { from: data.meta.defaultView?.from ?? bounds.min, to: data.meta.defaultView?.to ?? bounds.max, layout: "force" as const };
  const [playing, setPlaying] = useState(false);
  const [view, setView] = useUrlView(defaults, bounds, domain, playing);
  const [settings, setSettings] = useState(() => eventViewFromSearch(window.location.search));
  const changeSettings = useCallback((next: EventViewSettings) => {
    setSearch(searchWithEventView(next, window.location.search));
    setSettings(next);
  }, []);
  const [theme, toggleTheme] = useTheme();
  const sigmaRef = useRef<EntenteSigma | null>(null);
  const positions = useEventLayout(data);

  // Folding switches the mapping from actors to entities: a new aggregator, scale and set of edges; so does a filter.
  const entityOf = settings.fold ? actors.folded : actors.detailed;
  const scale = useMemo(() => yearlyScale(table, entityOf, entities.length), [table, entityOf, entities]);
  const typesKey = view.types?.join(",");
  const entityTypesKey = view.entityTypes?.join(",");
  const include = useMemo(() => eventInclude(table, entityOf, entities, view.types, view.entityTypes), [table, entityOf, entities, typesKey, entityTypesKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const focus = view.focus !== undefined ? (indexOf.get(view.focus) ?? null) : null;
  const frame = useEventFrame(table, entityOf, entities.length, include, view, focus);
  const compareKey = view.compare?.join(",");
  const selection = useMemo(() => selectionOf(view), [view.from, view.to, view.fromMonth, view.toMonth, view.at, compareKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const filter = useMemo(() => ({ minCount: settings.minCount, topN: settings.topN }), [settings.minCount, settings.topN]);
  const visible = useMemo(() => visibleAggregates(frame.counts, filter), [frame, filter]);
  // In Compare, the marks of the edges drawn: their colours, the legend's entries and the time bar's counts.
  const marks = useMemo(() => frame.marks && new Map(visible.edges.map((e) => [e.key, frame.marks!.get(e.key)!])), [frame, visible]);
  const shown = useMemo(() => {
    const s = shownEvents(visible, frame.counts.activity, settings.weight, scale, marks);
    performance.measure("entente:event-step", { start: frame.started });
    return s;
  }, [visible, frame, settings.weight, scale, marks]);
  const hidden = hiddenSummary(visible.hidden, filter);
  const counts = useMemo(() => eventFilterCounts(frame.aggregator, entities), [frame, entities]);
  const rows = useMemo(() => groupedRows(table, visible.edges, entities, frame.eventsOf, marks), [table, visible, entities, frame, marks]);

  const selectedKey = view.relation !== undefined ? (edgeKeyOf(view.relation, indexOf) ?? null) : null;
  const edgeInView = selectedKey !== null ? (visible.edges.find((e) => e.key === selectedKey) ?? null) : null;
  const scope = eventScope(focus !== null ? entities[focus] : undefined, { types: typeIds, entityTypes }, view);
  const label = useLabel({ id: data.meta.id, title: data.meta.title }, periodOf(view), scope);
  const caption = frameCaption(label);
  const text = useMemo(() => eventSnapshotText(caption, data.file, visible, entities, hidden, marks), [caption, data, visible, entities, hidden, marks]);
  const maxActivity = visible.entities.reduce((m, i) => Math.max(m, frame.counts.activity[i]), 0);
  // The data exports read the edges drawn as a dataset of their own (see exportDataset.ts), built when asked for:
  // about 80 ms for the 3,000 edges of an unthinned ICEWS year, too much for every step.
  const exported = () => {
    const model = buildModel(aggregateDataset(data.meta, data.file, table, entities, visible.edges, frame.eventsOf));
    return { model, contents: { relations: new Set(model.graph.edges()), entities: new Set(model.graph.nodes()) } };
  };

  const [camera, setCamera] = useState<CameraTarget | null>(() => (view.focus ? { entity: view.focus, seq: 0 } : null));
  const selectEntity = useCallback(
    (index: number, moveCamera = false) => {
      const entity = entities[index].id;
      setView((v) => ({ ...v, focus: entity, relation: undefined }), "push");
      if (moveCamera) setCamera((c) => ({ entity, seq: (c?.seq ?? 0) + 1 }));
    },
    [entities, setView],
  );
  const selectEdge = useCallback((key: number) => setView((v) => ({ ...v, relation: edgeId(key, entities) }), "push"), [entities, setView]);
  const close = useCloseSelection(view, setView);
  const actor = focus;
  const actorLabels = useMemo(() => entities.map((e) => e.label), [entities]);
  const tip = useCallback((target: { kind: "edge" | "entity"; index: number }) => <EventTip target={target} frame={frame} entities={entities} />, [frame, entities]);
  const said = useCallback((key: number) => edgeInWords(key, frame, entities), [frame, entities]);
  const graphSource = useEventSource({ entities, positions, shown, selected: edgeInView ? edgeInView.key : null, focus, tip, said });
  // The graph names entities by id and edges by their key.
  const onGraphSelect = useCallback(
    (s: Selection) => (s.relation !== undefined ? selectEdge(Number(s.relation)) : s.entity !== undefined && selectEntity(indexOf.get(s.entity)!)),
    [selectEdge, selectEntity, indexOf],
  );

  return (
    <ExplorerShell
      title={data.meta.title}
      entities={entities}
      onSearch={(id) => selectEntity(indexOf.get(id)!, true)}
      controls={controls}
      theme={theme}
      onToggleTheme={toggleTheme}
      exports={
        <>
          <DataExport source={exported} from={view.from} to={view.to} label={label} caption={caption} sigmaRef={sigmaRef} wholeOption={false} />
          <ExportDialog sigmaRef={sigmaRef} text={text} fileName={frameFileName(label)} />
        </>
      }
      time={
        <TimeControls
          bounds={bounds}
          view={view}
          histogram={histogram}
          canMonth
          marks={marks}
          markKinds={EVENT_MARKS}
          asOfNote="Events of the 12 months up to that day."
          onChange={(v) => setView(v)}
          playing={playing}
          onPlayingChange={setPlaying}
        />
      }
      graph={
        <GraphView source={graphSource} sigmaRef={sigmaRef} theme={theme} camera={camera} onSelect={onGraphSelect} />
      }
      view={view}
      setView={setView}
      filters={{ relationTypes: cameoTypes, entityTypes, counts }}
      selection={{ id: edgeInView?.key ?? (actor ?? undefined), hasPanel: edgeInView !== null || actor !== null }}
    >
      <EventViewControls value={settings} onChange={changeSettings} hiddenSummary={hidden || "Nothing is hidden."} />
      {edgeInView ? (
        <div className="panel aggregate-panel">
          <button type="button" className="close" onClick={close}>
            Close
          </button>
          <AggregateEventsPanel
            source={entities[edgeInView.source].label}
            target={entities[edgeInView.target].label}
            className={CLASS_LABELS[EVENT_CLASSES[edgeInView.cls]].toLowerCase()}
            events={frame.eventsOf(edgeInView.key).map((id) => eventDetails(table, id))}
            file={data.file}
            onActor={(end) => selectEntity(end === "source" ? edgeInView.source : edgeInView.target)}
          />
        </div>
      ) : (
        focus !== null && (
          <div className="panel aggregate-panel">
            <button type="button" className="close" onClick={close}>
              Close
            </button>
            <EntityEdgesPanel index={focus} edges={edgesOfEntity(focus, visible.edges)} entities={entities} marks={marks} onSelectEdge={selectEdge}>
              <HopsChoice hops={view.hops ?? 0} onHops={(hops) => setView((v) => ({ ...v, hops: hops === 0 ? undefined : hops }), "push")} />
            </EntityEdgesPanel>
            {focus < entities.length && (
              <ActorPartnersPanel
              datasetId={data.meta.id}
              file={data.file}
              table={table}
              entityOf={entityOf}
              labels={actorLabels}
              actor={focus}
              lastYear={bounds.max}
              from={view.from}
              to={view.to}
              selection={selection}
              onPeriod={(p) => setView((v) => ({ ...v, from: p.from, to: p.to }), "push")}
              onClose={close}
              theme={theme}
              bare
            />
            )}
          </div>
        )
      )}
      <Legend entityTypes={text.entityTypes} classes={text.classes} changes={text.changes} maxDegree={maxActivity} sizeMeaning="events in view" sizeOf={(n) => entitySize(n, scale.activity)} note={hidden} />
      <GroupedEventsTable rows={rows} selected={edgeInView ? edgeInView.key : null} onSelect={selectEdge} />
    </ExplorerShell>
  );
}
