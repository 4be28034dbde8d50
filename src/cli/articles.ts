import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { GoldRelation } from "../model/extract";
import type { Entity, RelationType } from "../model/dataset/schema";
import { GRAPH_DATA, SHARED_TYPES_FILE } from "./datasets";

export const ARTICLES = resolve(import.meta.dirname, "../../tests/fixtures/articles");

/** The vocabulary, read now: the shared types plus a dataset folder's own. */
export function vocabulary(datasetFolder?: string): RelationType[] {
  const shared = JSON.parse(readFileSync(SHARED_TYPES_FILE, "utf8")) as RelationType[];
  const own = datasetFolder && existsSync(join(datasetFolder, "relation-types.json"))
    ? (JSON.parse(readFileSync(join(datasetFolder, "relation-types.json"), "utf8")) as RelationType[])
    : [];
  return [...shared, ...own.filter((t) => !shared.some((s) => s.id === t.id))];
}

export function datasetEntities(datasetFolder: string): Entity[] {
  return JSON.parse(readFileSync(join(datasetFolder, "entities.json"), "utf8")) as Entity[];
}

export interface GoldArticle {
  name: string;
  text: string;
  published: string;
  relations: GoldRelation[];
}

/** The articles with hand-written gold relations, and the dataset they are read against. */
export function goldArticles(): GoldArticle[] {
  return readdirSync(ARTICLES)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(ARTICLES, f), "utf8")) as { article: string; published: string; relations: GoldRelation[] };
      return { name: gold.article, text: readFileSync(join(ARTICLES, gold.article), "utf8"), published: gold.published, relations: gold.relations };
    });
}

export const SAHEL = join(GRAPH_DATA, "sahel");
