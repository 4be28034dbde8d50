import { dayNumber, isoDay } from "../time/dates";
import { EVENT_CLASSES, type EventClass } from "../events/cameo";
import type { EventTable } from "../events/table";
import { asOfEventWindow, windowsFor, type TimeSelection } from "../time/timeModes";
import type { TimeWindow } from "../time/window";
import type { EntityEvents } from "./eventGrid";

/** A partner's events with the actor in each of the two compared windows, by event class (EVENT_CLASSES order). */
export interface ActorPartnerChange {
  partner: number;
  label: string;
  before: number[];
  after: number[];
}

/**
 * What changed for an actor of an event table between two windows (the 12 months up to each compared day,
 * as the graph's Compare draws them): partners it had events with only in the later window (gained), only
 * in the earlier (lost), and in both but with another class most frequent (turned). Busiest first.
 */
export interface ActorChanges {
  gained: ActorPartnerChange[];
  lost: ActorPartnerChange[];
  turned: ActorPartnerChange[];
}

const total = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

/** The most frequent class (the first of a tie, in EVENT_CLASSES order). */
export function dominantClass(counts: number[]): EventClass {
  return EVENT_CLASSES[counts.indexOf(Math.max(...counts))];
}

/** Reads only the actor's events (its slice of the per-entity index). */
export function actorChanges(
  table: EventTable,
  entityOf: Int32Array,
  labels: readonly string[],
  index: EntityEvents,
  actor: number,
  first: TimeWindow,
  second: TimeWindow,
): ActorChanges {
  const partners = new Map<number, ActorPartnerChange>();
  for (let k = index.offsets[actor]; k < index.offsets[actor + 1]; k++) {
    const id = index.ids[k];
    const day = table.day[id];
    const inFirst = day >= first.first && day <= first.last;
    const inSecond = day >= second.first && day <= second.last;
    if (!inFirst && !inSecond) continue;
    const s = entityOf[table.subject[id]];
    const partner = s === actor ? entityOf[table.object[id]] : s;
    let change = partners.get(partner);
    if (!change) {
      change = { partner, label: labels[partner], before: EVENT_CLASSES.map(() => 0), after: EVENT_CLASSES.map(() => 0) };
      partners.set(partner, change);
    }
    if (inFirst) change.before[table.cls[id]]++;
    if (inSecond) change.after[table.cls[id]]++;
  }
  const busiest = (a: ActorPartnerChange, b: ActorPartnerChange) => total(b.before) + total(b.after) - total(a.before) - total(a.after) || a.label.localeCompare(b.label);
  const all = [...partners.values()].sort(busiest);
  return {
    gained: all.filter((p) => total(p.before) === 0),
    lost: all.filter((p) => total(p.after) === 0),
    turned: all.filter((p) => total(p.before) > 0 && total(p.after) > 0 && dominantClass(p.before) !== dominantClass(p.after)),
  };
}

/**
 * The two windows an actor's changes compare: in Compare the graph's two (the 12 months up to each day);
 * otherwise the events' window in view and the span of the same length just before it.
 */
export function changeWindows(selection: TimeSelection): { first: TimeWindow; second: TimeWindow } {
  if (selection.mode === "compare") return { first: asOfEventWindow(selection.from), second: asOfEventWindow(selection.to) };
  const second = windowsFor(selection).event;
  return { first: { first: spanBefore(second), last: second.first - 1 }, second };
}

/** The first day of the span as long as `w` just before it: in whole months when `w` is (2011 before 2012, leap year or not). */
function spanBefore(w: TimeWindow): number {
  const [y1, m1, d1] = isoDay(w.first).split("-").map(Number);
  const [y2, m2, d2] = isoDay(w.last + 1).split("-").map(Number);
  const months = y2 * 12 + m2 - (y1 * 12 + m1);
  return d1 === d2 && months > 0 ? dayNumber(y1, m1 - months, d1) : 2 * w.first - w.last - 1;
}
