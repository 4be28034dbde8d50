import { useState } from "react";
import { isoDay } from "../../model/time/dates";
import type { ChangeItem, EntityChanges, PartnerChange } from "../../model/partners";

interface WhatChangedProps {
  changes: EntityChanges;
  label: string;
  /** Where the two days come from, e.g. "compared dates" or "window". */
  basis: string;
  onSelectRelation: (relation: string) => void;
}

/** Events listed before "Show all". */
const EVENTS_SHOWN = 6;

/** "What changed" for an entity between two days, in words; every item opens its relation. */
export function WhatChanged({ changes, label, basis, onSelectRelation }: WhatChangedProps) {
  const [allEvents, setAllEvents] = useState(false);
  const events = allEvents ? changes.events : changes.events.slice(0, EVENTS_SHOWN);
  const nothing = [changes.gained, changes.lost, changes.opponentsGained, changes.opponentsLost, changes.began, changes.ended, changes.events].every((l) => l.length === 0);
  return (
    <section className="what-changed" aria-label={`What changed for ${label}`}>
      <h3>
        What changed <span className="count">{isoDay(changes.from)} → {isoDay(changes.to)} ({basis})</span>
      </h3>
      {nothing && <p className="muted">Nothing began, ended or happened between these days.</p>}
      <p className="muted note">Partners: cooperation or structural ties (membership, leadership, troops stationed); opponents: conflict. On a day, as "As of" shows it: states holding, events of the 12 months before.</p>
      <dl>
        <Partners title="Partners gained" list={changes.gained} onSelect={onSelectRelation} />
        <Partners title="Partners lost" list={changes.lost} onSelect={onSelectRelation} />
        <Partners title="Opponents gained" list={changes.opponentsGained} onSelect={onSelectRelation} />
        <Partners title="Opponents lost" list={changes.opponentsLost} onSelect={onSelectRelation} />
        <Items title="Began" list={changes.began} onSelect={onSelectRelation} />
        <Items title="Ended" list={changes.ended} onSelect={onSelectRelation} />
        <Items title={`Events (${changes.events.length})`} list={events} onSelect={onSelectRelation} />
      </dl>
      {changes.events.length > EVENTS_SHOWN && (
        <button type="button" className="link" onClick={() => setAllEvents((a) => !a)}>
          {allEvents ? "Show fewer events" : `Show all ${changes.events.length} events`}
        </button>
      )}
    </section>
  );
}

function Partners({ title, list, onSelect }: { title: string; list: PartnerChange[]; onSelect: (relation: string) => void }) {
  if (list.length === 0) return null;
  return (
    <>
      <dt>{title}</dt>
      <dd>
        {list.map((p, i) => (
          <span key={p.partner}>
            {i > 0 && ", "}
            <button type="button" className="link" onClick={() => onSelect(p.relations[0])} title="Open the relation that makes it a partner">
              {p.label}
            </button>
          </span>
        ))}
      </dd>
    </>
  );
}

function Items({ title, list, onSelect }: { title: string; list: ChangeItem[]; onSelect: (relation: string) => void }) {
  if (list.length === 0) return null;
  return (
    <>
      <dt>{title}</dt>
      <dd>
        <ul>
          {list.map((item) => (
            <li key={`${item.relation}-${item.day}`}>
              <button type="button" className="link" onClick={() => onSelect(item.relation)}>
                {item.text}
              </button>{" "}
              <span className="muted">({item.date})</span>
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}
