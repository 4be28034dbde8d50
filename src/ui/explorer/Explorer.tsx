import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { filterCounts, usedEntityTypes, usedRelationTypes } from "../../model/filters/filters";
import type { Model } from "../../model/dataset/graph";
import { frameFileName } from "../../model/frame/describe";
import { yearHistogram } from "../../model/time/histogram";
import { snapshotText } from "../../model/frame/snapshot";
import { hasMonthPrecision } from "../../model/time/timeModes";
import { yearRange } from "../../model/time/window";
import { degreesInView } from "../../model/frame/degree";
import type { CameraTarget } from "../../render/graph/CameraController";
import { buildDisplayGraph, type DisplayGraph } from "../../render/graph/displayGraph";
import { DisplayFollower } from "../../render/graph/displayPatch";
import { GraphView } from "../../render/graph/GraphView";
import { useCuratedSource } from "../../render/graph/curatedSource";
import type { EntenteSigma } from "../../render/graph/sigmaSettings";
import type { Selection } from "../../render/graph/highlight";
import { drawMapBackground } from "../../render/map/mapBackground";
import { useLayoutPositions } from "../../render/layout/useLayoutPositions";
import type { Positions } from "../../model/layout/layout";
import { useFilteredView } from "../../state/view/useTimeView";
import { useFrameLabel } from "../../state/view/useFrameLabel";
import { useUrlView } from "../../state/view/useUrlView";
import { selectionInDomain, type ViewDomain, type YearBounds } from "../../state/view/view";
import { DataExport } from "../export/DataExport";
import { withPeriod } from "../partners/withPeriod";
import { ExplorerShell } from "./ExplorerShell";
import { ExportDialog } from "../export/ExportDialog";
import { LayoutSwitch } from "../layout/LayoutSwitch";
import { Legend } from "./Legend";
import { RelationsTable } from "./RelationsTable";
import { TimeControls } from "../time/TimeControls";
import { useCloseSelection } from "./useCloseSelection";
import { useFrameSource } from "../export/useFrameSource";
import { useTheme } from "../app/useTheme";

// The panels of a selected entity or relation (with their edit tools) load with the first selection, not with the page.
const EntityPanel = lazy(() => import("./EntityPanel").then((m) => ({ default: m.EntityPanel })));
const RelationPanel = lazy(() => import("./RelationPanel").then((m) => ({ default: m.RelationPanel })));

function boundsOf(model: Model): YearBounds {
  const range = yearRange(model) ?? { min: new Date().getUTCFullYear(), max: new Date().getUTCFullYear() };
  const view = model.dataset.meta.defaultView;
  return { min: Math.min(range.min, view?.from ?? range.min), max: Math.max(range.max, view?.to ?? range.max) };
}

function domainOf(model: Model): ViewDomain {
  return {
    isEntity: (id) => model.graph.hasNode(id),
    isRelation: (id) => model.graph.hasEdge(id),
    isRelationType: (id) => model.relationTypes.has(id),
    // App chooses the dataset (shipped or imported); the view only keeps the one shown in the URL.
    isDataset: (id) => id === model.dataset.meta.id,
  };
}

/**
 * `controls` (dataset menu, import) are shown in the header beside the exports. `display`: the display
 * graph when it was built beforehand (a large import, in slices); otherwise it is built here. `keptLayout`:
 * the force layout that came with the dataset (a shipped one's, computed at build time).
 */
export function Explorer({ model, display: prepared, keptLayout, controls }: { model: Model; display?: DisplayGraph; keptLayout?: Positions; controls?: ReactNode }) {
  const bounds = useMemo(() => boundsOf(model), [model]);
  const domain = useMemo(() => domainOf(model), [model]);
  const defaults = { ...(model.dataset.meta.defaultView ?? { from: bounds.min, to: bounds.max }), layout: "force" as const };
  const [playing, setPlaying] = useState(false);
  // While playing, the URL is written once playback stops.
  const [urlView, setView] = useUrlView(defaults, bounds, domain, playing);
  // An edit may delete the selected entity or relation: the view lets go of it at once, the URL just after.
  const view = useMemo(() => selectionInDomain(urlView, domain), [urlView, domain]);
  useEffect(() => void (view !== urlView && setView(view)), [view, urlView, setView]);
  const { update, inTime } = useFilteredView(model, view);
  // The graph follows each step at once; the table, legend and panels catch up without holding it back,
  // but never show an update from before an edit with the edited model (what it dropped is gone from the graph).
  const latest = useMemo(() => ({ update, model }), [update, model]);
  const deferred = useDeferredValue(latest);
  const shown = deferred.model === model ? deferred.update : update;
  const contents = shown.contents;
  const counts = useMemo(() => filterCounts(model, inTime.contents), [model, inTime]);
  const { positions, drafts } = useLayoutPositions(model, view.layout, keptLayout);
  // Built once per dataset: later layouts move entities in place (LayoutController), keeping the renderer;
  // edits patch it (before the graph view applies the update that shows them).
  const follower = useMemo(() => new DisplayFollower(prepared ?? buildDisplayGraph(model, positions), model), [model.graph]); // eslint-disable-line react-hooks/exhaustive-deps
  const display = useMemo(() => (follower.catchUp(model), follower.display), [follower, model]);
  const degrees = useMemo(() => degreesInView(model.graph, update.contents.relations), [model, update]);
  const maxDegree = useMemo(() => [...degrees.values()].reduce((a, b) => Math.max(a, b), 0), [degrees]);
  const histogram = useMemo(() => yearHistogram(model, bounds.min, bounds.max), [model, bounds]);
  const canMonth = useMemo(() => hasMonthPrecision(model), [model]);
  const relationTypes = useMemo(() => usedRelationTypes(model), [model]);
  const entityTypes = useMemo(() => usedEntityTypes(model), [model]);
  const label = useFrameLabel(model, view);
  const text = useMemo(() => snapshotText(model, contents, label, shown.marks), [model, contents, label, shown.marks]);
  const selection = useMemo<Selection>(() => ({ entity: view.focus, relation: view.relation }), [view.focus, view.relation]);
  const [theme, toggleTheme] = useTheme();
  const [camera, setCamera] = useState<CameraTarget | null>(() =>
    view.relation ? { relation: view.relation, seq: 0 } : view.focus ? { entity: view.focus, seq: 0 } : null,
  );
  const sigmaRef = useRef<EntenteSigma | null>(null);
  const frames = useFrameSource(model, view, setView, bounds, label, text, sigmaRef);
  const selectEntity = useCallback(
    (entity: string, moveCamera = false) => {
      setView((v) => ({ ...v, focus: entity, relation: undefined }), "push");
      if (moveCamera) setCamera((c) => ({ entity, seq: (c?.seq ?? 0) + 1 }));
    },
    [setView],
  );
  const selectRelation = useCallback(
    (relation: string, moveCamera = false) => {
      setView((v) => ({ ...v, relation }), "push");
      if (moveCamera) setCamera((c) => ({ relation, seq: (c?.seq ?? 0) + 1 }));
    },
    [setView],
  );
  const onGraphSelect = useCallback(
    (s: Selection) => (s.entity ? selectEntity(s.entity) : s.relation && selectRelation(s.relation)),
    [selectEntity, selectRelation],
  );
  const closeSelection = useCloseSelection(view, setView);
  const graphSource = useCuratedSource({ model, display, view: update, pending: shown !== update, degrees, positions, drafts, layout: view.layout, selection });

  return (
    <ExplorerShell
      title={model.dataset.meta.title}
      entities={model.dataset.entities}
      onSearch={(entity) => selectEntity(entity, true)}
      controls={controls}
      theme={theme}
      onToggleTheme={toggleTheme}
      exports={
        <>
          <DataExport source={() => ({ model, contents })} from={view.from} to={view.to} label={label} caption={text.caption} sigmaRef={sigmaRef} />
          <ExportDialog sigmaRef={sigmaRef} text={text} fileName={frameFileName(label)} drawBackground={view.layout === "map" ? drawMapBackground : undefined} frames={frames} />
        </>
      }
      time={<TimeControls bounds={bounds} view={view} histogram={histogram} canMonth={canMonth} marks={update.marks} onChange={(v) => setView(v)} playing={playing} onPlayingChange={setPlaying} />}
      graph={
        <GraphView source={graphSource} sigmaRef={sigmaRef} theme={theme} camera={camera} onSelect={onGraphSelect}>
          <LayoutSwitch layout={view.layout} onChange={(layout) => setView((v) => ({ ...v, layout }), "push")} />
        </GraphView>
      }
      view={view}
      setView={setView}
      filters={{ relationTypes, entityTypes, counts }}
      selection={{ id: view.relation ?? view.focus, hasPanel: view.relation !== undefined || view.focus !== undefined }}
    >
      <Suspense fallback={null}>
        {view.relation ? (
          <RelationPanel model={model} relation={view.relation} contents={contents} onSelectEntity={(e) => selectEntity(e, true)} onClose={closeSelection} />
        ) : (
          view.focus && (
            <EntityPanel
              model={model}
              entity={view.focus}
              contents={contents}
              hops={view.hops ?? 0}
              onHops={(hops) => setView((v) => ({ ...v, hops: hops === 0 ? undefined : hops }), "push")}
              onSelectRelation={(r) => selectRelation(r, true)}
              onClose={closeSelection}
              partners={{ view, lastYear: bounds.max, theme, onPeriod: (p) => setView((v) => withPeriod(v, p), "push") }}
            />
          )
        )}
      </Suspense>
      <Legend entityTypes={text.entityTypes} classes={text.classes} changes={text.changes} maxDegree={maxDegree} />
      <RelationsTable model={model} relations={contents.relations} marks={shown.marks} selected={view.relation} onSelect={(r) => selectRelation(r, true)} />
    </ExplorerShell>
  );
}
