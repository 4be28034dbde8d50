import { useMemo, useState } from "react";
import { GDELT2_COLUMNS, GDELT2_PRESET, ICEWS_PRESET, resolveMapping, type ColumnMapping, type EventFormat } from "../../model/events/columns";
import { guessFormat } from "../../model/events/present";
import { DELIMITER_NAMES, guessDelimiter } from "../../model/import/files";

const FIELDS: { key: keyof ColumnMapping; label: string; required?: boolean }[] = [
  { key: "subject", label: "Subject column", required: true },
  { key: "object", label: "Object column", required: true },
  { key: "date", label: "Date column", required: true },
  { key: "label", label: "Event label column" },
  { key: "code", label: "CAMEO code column" },
  { key: "goldstein", label: "Goldstein score column" },
  { key: "sourceUrl", label: "Source URL column" },
];

interface Props {
  fileName: string;
  /** The file's first lines, to preview and to guess the preset and the separator. */
  firstLines: string[];
  onConfirm: (format: EventFormat) => void;
  onCancel: () => void;
}

/** Column mapping for an event table: start from a preset (guessed), adjust any column, see an example row. */
/** The preset the first lines match, else ICEWS's columns with the separator the lines use. */
function initialFormat(firstLines: string[]): EventFormat {
  const preset = guessFormat(firstLines);
  if (preset) return preset;
  const found = guessDelimiter(firstLines);
  return found === "," || found === ";" ? { ...ICEWS_PRESET, name: "Custom", delimiter: found } : ICEWS_PRESET;
}

export function ColumnMappingDialog({ fileName, firstLines, onConfirm, onCancel }: Props) {
  const [format, setFormat] = useState<EventFormat>(() => initialFormat(firstLines));
  const found = useMemo(() => guessDelimiter(firstLines), [firstLines]);
  const split = (line: string) => line.split(format.delimiter);
  const rows = useMemo(() => firstLines.filter((l) => l.trim() !== "").slice(0, 6).map(split), [firstLines, format.delimiter]);
  const header = format.header ? rows[0] : undefined;
  const example = format.header ? rows[1] : rows[0];
  const width = Math.max(0, ...rows.map((r) => r.length));
  const columnName = (i: number) => header?.[i] ?? (format === GDELT2_PRESET || width === GDELT2_COLUMNS.length ? GDELT2_COLUMNS[i] : `column ${i + 1}`);
  let error = "";
  try {
    resolveMapping(format.mapping, header);
  } catch (e) {
    error = (e as Error).message;
  }
  const index = (ref: number | string | undefined) => (typeof ref === "string" ? (header?.indexOf(ref) ?? -1) : (ref ?? -1));
  const setColumn = (key: keyof ColumnMapping, value: number) => {
    const mapping = { ...format.mapping };
    if (value < 0) delete mapping[key];
    else mapping[key] = value;
    setFormat({ ...format, name: "Custom", mapping });
  };

  return (
    <div role="dialog" aria-label="Map event columns" className="column-mapping">
      <h2>Map event columns</h2>
      <p>
        “{fileName}”: {found ? `its first lines are ${DELIMITER_NAMES[found]}-separated` : "no separator found in its first lines (one column)"}
        {found && found !== format.delimiter ? `, but the separator chosen is ${DELIMITER_NAMES[format.delimiter]}` : ""}.
      </p>
      <label>
        Preset{" "}
        <select
          value={format === ICEWS_PRESET ? "icews" : format === GDELT2_PRESET ? "gdelt" : "custom"}
          onChange={(e) => e.target.value !== "custom" && setFormat(e.target.value === "gdelt" ? GDELT2_PRESET : ICEWS_PRESET)}
        >
          <option value="icews">{ICEWS_PRESET.name}</option>
          <option value="gdelt">{GDELT2_PRESET.name}</option>
          <option value="custom">Custom</option>
        </select>
      </label>
      <label>
        Separator{" "}
        <select value={format.delimiter} onChange={(e) => setFormat({ ...format, name: "Custom", delimiter: e.target.value as EventFormat["delimiter"] })}>
          <option value={"\t"}>Tab</option>
          <option value=",">Comma</option>
          <option value=";">Semicolon</option>
        </select>
      </label>
      <label>
        <input type="checkbox" checked={format.header} onChange={(e) => setFormat({ ...format, name: "Custom", header: e.target.checked })} /> First row is a header
      </label>
      {FIELDS.map(({ key, label, required }) => (
        <label key={key}>
          {label}{" "}
          <select value={index(format.mapping[key])} onChange={(e) => setColumn(key, Number(e.target.value))}>
            {!required && <option value={-1}>(none)</option>}
            {Array.from({ length: width }, (_, i) => (
              <option key={i} value={i}>
                {columnName(i)}
                {example?.[i] ? ` (e.g. ${example[i].slice(0, 40)})` : ""}
              </option>
            ))}
          </select>
        </label>
      ))}
      {error && <p role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="button" disabled={!!error} onClick={() => onConfirm(format)}>
          Import events
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
