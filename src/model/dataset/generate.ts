import { ENTITY_TYPES } from "./vocabulary";
import type { DatasetMeta, Entity, Relation, RelationType, Source } from "./schema";
import type { DatasetTexts } from "./validate";

/** Synthetic datasets for benchmarks and tests: valid, deterministic for a seed, any size. */
export interface GenerateOptions {
  relations: number;
  /** Defaults to a count that grows with the square root of the relations. */
  entities?: number;
  startYear?: number;
  years?: number;
  /** Share of relations that are states (the rest are events). */
  stateShare?: number;
  seed?: number;
}

export interface GeneratedDataset {
  meta: DatasetMeta;
  entities: Entity[];
  relations: Relation[];
  sources: Source[];
}

/** mulberry32: a small, fast, seedable generator. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, "0");
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function generateDataset(types: RelationType[], options: GenerateOptions): GeneratedDataset {
  const { relations: count, startYear = 1975, years = 50, stateShare = 0.3, seed = 1 } = options;
  const entityCount = options.entities ?? Math.max(20, Math.round(Math.sqrt(count) * 6));
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const events = types.filter((t) => t.kind === "event");
  const states = types.filter((t) => t.kind === "state");

  /** A date of the given precision, sometimes approximate; day 28 at most keeps every month valid. */
  const date = (year: number, precision: "year" | "month" | "day"): string => {
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * Math.min(28, DAYS[month - 1]));
    const text = precision === "year" ? String(year) : precision === "month" ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    return rnd() < 0.05 ? `${text}~` : text;
  };
  const precision = () => {
    const p = rnd();
    return p < 0.7 ? "day" : p < 0.9 ? "month" : "year";
  };

  const entities: Entity[] = Array.from({ length: entityCount }, (_, i) => ({
    id: `e-${i + 1}`,
    label: `Entity ${i + 1}`,
    type: pick(ENTITY_TYPES),
  }));
  const sources: Source[] = Array.from({ length: 20 }, (_, i) => ({
    id: `s-${i + 1}`,
    title: `Generated source ${i + 1}`,
    publisher: `Publisher ${(i % 5) + 1}`,
    published: String(startYear + years - 1),
  }));
  // Squaring the draw makes low-numbered entities hubs, as in real alliance data.
  const entity = () => Math.floor(rnd() * rnd() * entityCount);
  const relations: Relation[] = [];
  for (let i = 0; i < count; i++) {
    const source = entity();
    let target = entity();
    if (target === source) target = (source + 1) % entityCount;
    const isState = rnd() < stateShare && states.length > 0;
    const type = isState ? pick(states) : pick(events);
    const year = startYear + Math.floor(rnd() * years);
    const base = {
      id: `r-${i + 1}`,
      type: type.id,
      source: entities[source].id,
      target: entities[target].id,
      label: type.label,
      citations: [{ source: pick(sources).id }],
    };
    if (!isState) {
      relations.push({ ...base, date: date(year, precision()) });
      continue;
    }
    const start = date(year, precision() === "year" ? "year" : "month");
    // Ends in a later year (never before start) and within the data's years; about four in ten still hold.
    const endYear = year + 1 + Math.floor(rnd() * 15);
    const end = rnd() < 0.4 || endYear >= startYear + years ? undefined : date(endYear, "month");
    relations.push(end === undefined ? { ...base, start } : { ...base, start, end });
  }
  const meta: DatasetMeta = {
    id: `generated-${count}`,
    title: `Generated: ${count.toLocaleString("en")} relations`,
    description: `Synthetic dataset (seed ${seed}) for benchmarks and tests.`,
    defaultView: { from: startYear + years - 5, to: startYear + years - 1 },
  };
  return { meta, entities, relations, sources };
}

/** The dataset as the files of a dataset folder, ready for `validateDataset`. */
export function datasetTexts(d: GeneratedDataset): DatasetTexts {
  return {
    "dataset.json": JSON.stringify(d.meta),
    "entities.json": JSON.stringify(d.entities),
    "relations.json": JSON.stringify(d.relations),
    "sources.json": JSON.stringify(d.sources),
  };
}
