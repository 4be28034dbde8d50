import { isoDay } from "../../model/time/dates";
import { EVENT_CLASSES } from "../../model/events/cameo";
import type { ActorChanges as Changes, ActorPartnerChange } from "../../model/partners";
import { CLASS_LABELS } from "../../render/style/style";
import type { TimeWindow } from "../../model/time/window";

interface ActorChangesProps {
  changes: Changes;
  label: string;
  first: TimeWindow;
  second: TimeWindow;
}

/** Partners listed per kind before the rest are counted. */
const SHOWN = 12;

const span = (w: TimeWindow) => `${isoDay(w.first)} – ${isoDay(w.last)}`;
const counts = (c: number[]) =>
  c
    .map((n, i) => (n > 0 ? `${CLASS_LABELS[EVENT_CLASSES[i]]} ${n}` : ""))
    .filter(Boolean)
    .join(", ");

/** "What changed" for an actor of an event table: partners gained, lost, and turned to another class of events. */
export function ActorChanges({ changes, label, first, second }: ActorChangesProps) {
  const nothing = changes.gained.length + changes.lost.length + changes.turned.length === 0;
  return (
    <section className="what-changed" aria-label={`What changed for ${label}`}>
      <h3>
        What changed <span className="count">{span(first)} → {span(second)}</span>
      </h3>
      <p className="muted note">Partners with events in one span and not the other, and those whose most frequent class of events changed.</p>
      {nothing && <p className="muted">No partner came, went or turned between these spans.</p>}
      <dl>
        <Partners title="Partners gained" list={changes.gained} text={(p) => `${p.label} (${counts(p.after)})`} />
        <Partners title="Partners lost" list={changes.lost} text={(p) => `${p.label} (${counts(p.before)})`} />
        <Partners title="Turned" list={changes.turned} text={(p) => `${p.label} (${counts(p.before)} → ${counts(p.after)})`} />
      </dl>
    </section>
  );
}

function Partners({ title, list, text }: { title: string; list: ActorPartnerChange[]; text: (p: ActorPartnerChange) => string }) {
  if (list.length === 0) return null;
  return (
    <>
      <dt>
        {title} ({list.length})
      </dt>
      <dd>
        <ul>
          {list.slice(0, SHOWN).map((p) => (
            <li key={p.partner}>{text(p)}</li>
          ))}
          {list.length > SHOWN && <li className="muted">and {list.length - SHOWN} more (Partners CSV lists every one by year)</li>}
        </ul>
      </dd>
    </>
  );
}
