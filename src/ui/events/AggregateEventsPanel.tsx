import type { EventDetails } from "../../model/events/table";

/** A link only for a well-formed http(s) URL: event files are untrusted. */
function safeHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.hostname : undefined;
  } catch {
    return undefined;
  }
}

/** The events behind one aggregated edge, by date, each with its source (URL, or the file row). */
export function AggregateEventsPanel({
  source,
  target,
  className,
  events,
  file,
  onActor,
}: {
  source: string;
  target: string;
  className: string;
  events: EventDetails[];
  file: string;
  /** Opens the partners of either end. */
  onActor?: (end: "source" | "target") => void;
}) {
  return (
    <section className="aggregate-events" aria-label={`Events from ${source} to ${target}`}>
      <h2>
        {source} → {target}
      </h2>
      <p>
        {events.length} {className} event{events.length === 1 ? "" : "s"} in view
      </p>
      {onActor && (
        <p className="actor-links">
          <button type="button" className="link" onClick={() => onActor("source")}>
            Partners of {source}
          </button>{" "}
          ·{" "}
          <button type="button" className="link" onClick={() => onActor("target")}>
            Partners of {target}
          </button>
        </p>
      )}
      <table aria-label="Events behind this edge">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            <th scope="col">CAMEO</th>
            <th scope="col">Goldstein</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => {
            const host = safeHost(e.url);
            return (
              <tr key={e.id}>
                <td>{e.date}</td>
                <td>{e.label}</td>
                <td>{e.code}</td>
                <td>{e.goldstein}</td>
                <td>{host ? <a href={e.url} rel="noreferrer noopener" target="_blank">{host}</a> : `${file}, row ${e.row}`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
