import type { ReactNode } from "react";
import type { Theme } from "../../render/graph/highlight";
import type { Entity } from "../../model/dataset/schema";
import type { UpdateView } from "../../state/view/useUrlView";
import type { ViewState } from "../../state/view/view";
import { FiltersPanel, type FiltersPanelProps } from "../filters/FiltersPanel";
import { SidePanels } from "../layout/SidePanels";
import { SearchBox } from "./SearchBox";
import { ViewActions } from "../app/ViewActions";

interface ExplorerShellProps {
  title: string;
  /** What "Search entities" finds; choosing one selects it and centres the graph on it. */
  entities: Entity[];
  onSearch: (entity: string) => void;
  /** The dataset controls (menu, import), shown in the header beside the view's exports. */
  controls?: ReactNode;
  theme: Theme;
  onToggleTheme: () => void;
  exports: ReactNode;
  time: ReactNode;
  graph: ReactNode;
  view: Pick<ViewState, "types" | "entityTypes">;
  setView: UpdateView;
  /** The filters' choices and counts; toggling one writes the view's `types` or `entityTypes`. */
  filters: Omit<FiltersPanelProps, "shownTypes" | "shownEntityTypes" | "onChange">;
  /** Identifies the selection (a new one shows its panel on narrow screens) and whether its panel is shown. */
  selection: { id?: string | number | null; hasPanel: boolean };
  /** The side column after the filters: the view's own settings, the selection's panel, the legend, the table. */
  children: ReactNode;
}

/** The page both explorers share (curated relations and event tables): header, time bar, graph and side column. */
export function ExplorerShell({ title, entities, onSearch, controls, theme, onToggleTheme, exports, time, graph, view, setView, filters, selection, children }: ExplorerShellProps) {
  return (
    <div className="app">
      <header className="top">
        <h1>
          Entente <span className="dataset-title">{title}</span>
        </h1>
        <SearchBox entities={entities} onSelect={onSearch} />
        <ViewActions controls={controls} theme={theme} onToggleTheme={onToggleTheme}>
          {exports}
        </ViewActions>
      </header>
      <div className="time">{time}</div>
      <main className="workspace">
        {graph}
        <SidePanels selection={selection.id} hasPanel={selection.hasPanel}>
          <FiltersPanel {...filters} shownTypes={view.types} shownEntityTypes={view.entityTypes} onChange={(patch) => setView((v) => ({ ...v, ...patch }), "push")} />
          {children}
        </SidePanels>
      </main>
    </div>
  );
}
