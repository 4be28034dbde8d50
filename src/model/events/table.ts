import { isoDay } from "../time/dates";
import { classOfRoot, EVENT_CLASSES } from "./cameo";
import type { RawEvent } from "./parse";

/**
 * Events as columns, sorted by day (then file row). An event's id is its position here, so the events of
 * any window of days are one contiguous id range.
 */
export interface EventTable {
  size: number;
  actors: string[];
  labels: string[];
  codes: string[];
  urls: string[];
  day: Int32Array;
  subject: Int32Array;
  object: Int32Array;
  /** CAMEO root 1–20. */
  root: Uint8Array;
  /** Index into EVENT_CLASSES. */
  cls: Uint8Array;
  goldstein: Float32Array;
  label: Int32Array;
  code: Int32Array;
  /** Index into urls, or -1. */
  url: Int32Array;
  /** Row in the source file (1-based). */
  row: Int32Array;
}

function interner(): { list: string[]; id: (s: string) => number } {
  const list: string[] = [];
  const map = new Map<string, number>();
  return {
    list,
    id: (s) => {
      let i = map.get(s);
      if (i === undefined) {
        i = list.length;
        list.push(s);
        map.set(s, i);
      }
      return i;
    },
  };
}

/** Positions sorted by day, stable (a counting sort: days span a few thousand values at most). */
function orderByDay(events: readonly RawEvent[]): Uint32Array {
  let min = Infinity;
  let max = -Infinity;
  for (const e of events) {
    if (e.day < min) min = e.day;
    if (e.day > max) max = e.day;
  }
  const order = new Uint32Array(events.length);
  if (events.length === 0) return order;
  const start = new Uint32Array(max - min + 2);
  for (const e of events) start[e.day - min + 1]++;
  for (let d = 1; d < start.length; d++) start[d] += start[d - 1];
  events.forEach((e, i) => (order[start[e.day - min]++] = i));
  return order;
}

export function buildEventTable(events: readonly RawEvent[]): EventTable {
  const n = events.length;
  const order = orderByDay(events);
  const actors = interner();
  const labels = interner();
  const codes = interner();
  const urls = interner();
  const t: EventTable = {
    size: n,
    actors: actors.list,
    labels: labels.list,
    codes: codes.list,
    urls: urls.list,
    day: new Int32Array(n),
    subject: new Int32Array(n),
    object: new Int32Array(n),
    root: new Uint8Array(n),
    cls: new Uint8Array(n),
    goldstein: new Float32Array(n),
    label: new Int32Array(n),
    code: new Int32Array(n),
    url: new Int32Array(n),
    row: new Int32Array(n),
  };
  order.forEach((src, i) => {
    const e = events[src];
    t.day[i] = e.day;
    t.subject[i] = actors.id(e.subject);
    t.object[i] = actors.id(e.object);
    t.root[i] = e.root;
    t.cls[i] = EVENT_CLASSES.indexOf(classOfRoot(e.root)!);
    t.goldstein[i] = e.goldstein;
    t.label[i] = labels.id(e.label);
    t.code[i] = codes.id(e.code);
    t.url[i] = e.url ? urls.id(e.url) : -1;
    t.row[i] = e.row;
  });
  return t;
}

/** One event as the tooltip, panel and table show it. */
export interface EventDetails {
  id: number;
  date: string;
  subject: string;
  object: string;
  label: string;
  code: string;
  goldstein: number;
  /** Row in the source file (1-based). */
  row: number;
  url?: string;
}

export function eventDetails(t: EventTable, id: number): EventDetails {
  return {
    id,
    date: isoDay(t.day[id]),
    subject: t.actors[t.subject[id]],
    object: t.actors[t.object[id]],
    label: t.labels[t.label[id]],
    code: t.codes[t.code[id]],
    goldstein: Math.round(t.goldstein[id] * 10) / 10,
    row: t.row[id],
    ...(t.url[id] >= 0 ? { url: t.urls[t.url[id]] } : {}),
  };
}
