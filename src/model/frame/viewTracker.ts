import type { Model } from "../dataset/graph";
import { RelationIndex, TimeView, type IndexChange, type KindWindows, type ViewDiff } from "../time/timeIndex";
import { changeMarks, windowsFor, type ChangeMark, type TimeSelection } from "../time/timeModes";
import type { ViewContents } from "../time/window";

/** One step of the view: what is in it, what changed since the update `base`, and compare marks. */
export interface ViewUpdate {
  seq: number;
  /** The update `diff` leads on from; -1 when there is none (the renderer then syncs from `contents`). */
  base: number;
  selection: TimeSelection;
  contents: ViewContents;
  diff: ViewDiff;
  /** Compare mode: how each relation in view changed between the two days. */
  marks?: Map<string, ChangeMark>;
}

const key = (w: KindWindows) => `${w.event.first},${w.event.last},${w.state.first},${w.state.last}`;

/** Follows the selection through the time index; asking twice for the same view returns the same update. */
export class ViewTracker {
  readonly index: RelationIndex;
  private readonly view: TimeView;
  private last: ViewUpdate | undefined;
  private lastKey = "";
  private include: ((relationId: string) => boolean) | undefined;

  /** Trackers of one model may share its index (it is static). */
  constructor(
    private model: Model,
    index = new RelationIndex(model),
  ) {
    this.index = index;
    this.view = new TimeView(index);
  }

  /** Follows an edit the shared index was synced with: the next update, for the same view, says what the edit brought in and took out. */
  followEdit(change: IndexChange, model: Model): void {
    this.model = model;
    const diff = this.view.sync(change);
    if (!this.last) return;
    const { selection, seq } = this.last;
    const contents = this.view.contents();
    const marks = selection.mode === "compare" ? changeMarks(model, contents.relations, selection.from, selection.to) : undefined;
    this.last = { seq: seq + 1, base: seq, selection, contents, diff, marks };
  }

  update(selection: TimeSelection, include?: (relationId: string) => boolean): ViewUpdate {
    const windows = windowsFor(selection);
    const k = `${selection.mode}:${key(windows)}`;
    if (this.last && k === this.lastKey && include === this.include) return this.last;
    let diff = this.view.moveTo(windows);
    let contents: ViewContents;
    if (include !== this.include) {
      // A filter change is a full pass anyway: diff the contents directly.
      this.include = include;
      const ids = this.index.relationIds;
      this.view.setInclude(include ? (r) => include(ids[r]) : () => true);
      contents = this.view.contents();
      diff = difference(this.last?.contents ?? { relations: new Set(), entities: new Set() }, contents);
    } else contents = this.view.contents();
    const marks = selection.mode === "compare" ? changeMarks(this.model, contents.relations, selection.from, selection.to) : undefined;
    const seq = (this.last?.seq ?? -1) + 1;
    this.last = { seq, base: seq - 1, selection, contents, diff, marks };
    this.lastKey = k;
    return this.last;
  }
}

export function difference(before: ViewContents, after: ViewContents): ViewDiff {
  const minus = (a: Set<string>, b: Set<string>) => [...a].filter((id) => !b.has(id));
  return {
    entered: minus(after.relations, before.relations),
    left: minus(before.relations, after.relations),
    entitiesEntered: minus(after.entities, before.entities),
    entitiesLeft: minus(before.entities, after.entities),
  };
}
