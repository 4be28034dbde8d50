/** What an export last said: a failure as an alert, progress and success in a named live status. */
export type ExportNote = { kind: "status" | "error"; text: string };

export function ExportMessage({ message, label }: { message: ExportNote | null; label: string }) {
  return (
    <>
      {message?.kind === "error" && (
        <p role="alert" className="alert">
          {message.text}
        </p>
      )}
      <p role="status" className="png-status" aria-label={label}>
        {message?.kind === "status" ? message.text : ""}
      </p>
    </>
  );
}
