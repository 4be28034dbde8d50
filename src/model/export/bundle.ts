import type { Model } from "../dataset/graph";
import type { DatasetMeta, Entity, Relation, RelationType, Source } from "../dataset/schema";
import type { DatasetTexts } from "../dataset/validate";
import type { ExportScope } from "./scope";

/** One JSON file holding a dataset folder's files: each part is exactly what that file would hold. */
export interface DatasetBundle {
  dataset: DatasetMeta;
  relationTypes: RelationType[];
  entities: Entity[];
  relations: Relation[];
  sources: Source[];
  /** The address query of the view it was exported from (see import/bundle). */
  view?: string;
}

/**
 * The bundle of a scope. `relationTypes` is the whole vocabulary the dataset used (shared and its own), so the
 * bundle stands on its own. A view's bundle opens at the view's window (`defaultView`).
 */
export function toBundle(model: Model, scope: ExportScope, window?: { from: number; to: number }): DatasetBundle {
  const meta = model.dataset.meta;
  return {
    dataset: !scope.whole && window ? { ...meta, defaultView: { from: window.from, to: window.to } } : meta,
    relationTypes: model.dataset.relationTypes,
    entities: scope.entities,
    relations: scope.relations,
    sources: scope.sources,
  };
}

export function bundleJson(bundle: DatasetBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/** The bundle as the files of a dataset folder, ready for `validateDataset` (without shared relation types). */
export function bundleTexts(bundle: DatasetBundle): DatasetTexts {
  const text = (value: unknown) => JSON.stringify(value, null, 2);
  return {
    "dataset.json": text(bundle.dataset),
    "relation-types.json": text(bundle.relationTypes),
    "entities.json": text(bundle.entities),
    "relations.json": text(bundle.relations),
    "sources.json": text(bundle.sources),
  };
}
