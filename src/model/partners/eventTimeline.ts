import { EVENT_CLASSES } from "../events/cameo";
import type { EventTable } from "../events/table";
import { monthNumber, windowFromMonths } from "../time/timeModes";
import type { EntityEvents } from "./eventGrid";

/** An actor's events with one partner in one month, per class (EVENT_CLASSES order): a tick of its timeline. */
export interface TimelineBin {
  /** Month number as in timeModes (year * 12 + month - 1). */
  month: number;
  first: number;
  last: number;
  counts: number[];
}

/** One lane of an actor's timeline: a partner and its months with events, in order. */
export interface ActorLane {
  partner: number;
  bins: TimelineBin[];
}

const monthOf = (day: number) => {
  const d = new Date(day * 86_400_000);
  return monthNumber(d.getUTCFullYear(), d.getUTCMonth() + 1);
};

/**
 * An actor's timeline in an event table: a lane per partner asked for (in that order), its events
 * counted per month and class. Reads only the actor's slice of the per-entity index, which is in day
 * order, so each lane's bins come out in order and a new bin is only ever appended.
 */
export function actorTimeline(table: EventTable, entityOf: Int32Array, index: EntityEvents, actor: number, partners: readonly number[]): ActorLane[] {
  const lanes = partners.map((partner) => ({ partner, bins: [] as TimelineBin[] }));
  const laneOf = new Map(lanes.map((l) => [l.partner, l]));
  for (let k = index.offsets[actor]; k < index.offsets[actor + 1]; k++) {
    const id = index.ids[k];
    const s = entityOf[table.subject[id]];
    const lane = laneOf.get(s === actor ? entityOf[table.object[id]] : s);
    if (!lane) continue;
    const month = monthOf(table.day[id]);
    let bin = lane.bins[lane.bins.length - 1];
    if (bin?.month !== month) {
      const { first, last } = windowFromMonths(month, month);
      bin = { month, first, last, counts: EVENT_CLASSES.map(() => 0) };
      lane.bins.push(bin);
    }
    bin.counts[table.cls[id]]++;
  }
  return lanes;
}
