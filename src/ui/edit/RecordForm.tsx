import { useMemo, useState } from "react";
import {
  addRecord,
  derivedFields,
  draftOf,
  problemsByField,
  RECORD_NAMES,
  recordOf,
  updateRecord,
  type AnyRecord,
  type Draft,
} from "../../model/edit";
import { buildEntityIndex } from "../../model/dataset/search";
import { ENTITY_TYPE_LABELS } from "../../render/style/style";
import { EDIT_RULES } from "../../state/edit/useEditSession";
import { useEdit, type FormTarget } from "./EditContext";
import { Field } from "./Field";
import { FIELDS, type FieldSpec } from "./fieldSpecs";
import { Picker } from "./Picker";

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

/**
 * Adds or edits one record. Every keystroke checks the record with the dataset's own validator; a
 * field's messages show once it has been changed (all of them after "Save" is tried).
 */
export function RecordForm({ target, onClose }: { target: FormTarget; onClose: () => void }) {
  const edit = useEdit()!;
  const { dataset } = edit.session;
  const { collection } = target;
  const before = useMemo(() => (dataset[collection] as AnyRecord[]).find((r) => r.id === target.id), [collection, target.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const [draft, setDraft] = useState<Draft>(() => draftOf(collection, before));
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [tried, setTried] = useState(false);
  const [own, setOwn] = useState<Set<string>>(() => new Set(before ? Object.keys(draftOf(collection, before)) : []));
  const record = useMemo(() => recordOf(collection, draft, dataset, before as never), [collection, draft, dataset, before]);
  const at = new Date().toISOString();
  const result = useMemo(
    () => (before ? updateRecord(dataset, collection, record, at, EDIT_RULES) : addRecord(dataset, collection, record, at, EDIT_RULES)),
    [dataset, collection, record, before], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const fields = FIELDS[collection].filter((f) => (!f.newOnly || !before) && (!f.when || f.when(draft, dataset)));
  const byField = useMemo(() => {
    const all = result.ok ? new Map<string, string[]>() : problemsByField(result.problems, record.id);
    // A missing citation is about the cited source field; messages for fields not on the form are the record's.
    const shown = new Set(fields.map((f) => f.name));
    const out = new Map<string, string[]>();
    for (const [field, messages] of all) {
      const to = field === "citations" ? "citations.0.source" : shown.has(field) ? field : "";
      out.set(to, [...(out.get(to) ?? []), ...(to === "" && field ? messages.map((m) => `${field}: ${m}`) : messages)]);
    }
    return out;
  }, [result, record.id, fields]); // eslint-disable-line react-hooks/exhaustive-deps
  const errorsOf = (name: string) => {
    const messages = tried || touched.has(name) ? byField.get(name) : undefined;
    // An empty field breaks several rules at once ("kebab-case", "unknown entity"): the one that matters is that it is empty.
    return messages && (draft[name] ?? "").trim() === "" && name !== "citations.0.source" ? ["must not be empty"] : messages;
  };
  const general = tried ? byField.get("") : undefined;
  const entities = useMemo(() => buildEntityIndex(dataset.entities), [dataset]);
  const sources = useMemo(() => buildEntityIndex(dataset.sources.map((s) => ({ id: s.id, label: s.title, aliases: [s.publisher], type: "organization" }))), [dataset]);

  const change = (name: string, value: string) => {
    setTouched((t) => new Set(t).add(name));
    setOwn((o) => new Set(o).add(name));
    setDraft((d) => {
      const next = { ...d, [name]: value };
      const derived = derivedFields(collection, name, next, dataset);
      for (const [k, v] of Object.entries(derived)) if (!own.has(k)) next[k] = v;
      return next;
    });
  };
  const save = () => {
    setTried(true);
    if (!result.ok) return;
    edit.session.commit(result.dataset, result.change);
    edit.reveal(collection, record);
    onClose();
  };
  const title = `${before ? "Edit" : "Add"} ${RECORD_NAMES[collection]}`;

  const input = (f: FieldSpec, props: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => {
    const value = draft[f.name] ?? "";
    const set = (v: string) => change(f.name, v);
    if (f.kind === "textarea") return <textarea {...props} rows={f.name === "aliases" ? 3 : 2} value={value} onChange={(e) => set(e.target.value)} />;
    if (f.kind === "select")
      return (
        <select {...props} value={value} onChange={(e) => set(e.target.value)}>
          {f.options!(dataset).map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      );
    if (f.kind === "entity") return <Picker input={props} index={entities} value={value} onChange={set} meta={(id) => ENTITY_TYPE_LABELS[entities.entities.get(id)!.type]} />;
    if (f.kind === "source") return <Picker input={props} index={sources} value={value} onChange={set} meta={(id) => sources.entities.get(id)?.aliases?.[0] ?? ""} />;
    return <input {...props} type="text" value={value} autoComplete="off" onChange={(e) => set(e.target.value)} />;
  };

  return (
    <div role="dialog" aria-label={title} className="record-form">
      <h2>{title}</h2>
      {before && <p className="muted">Id: {before.id}</p>}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
        onKeyDown={(e) => {
          if (e.key === "Escape") {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        {fields.map((f) => (
          <Field key={f.name} label={f.label} hint={f.hint} errors={errorsOf(f.name)}>
            {(props) => input(f, props)}
          </Field>
        ))}
        {tried && !result.ok && (
          <div role="alert" className="field-error">
            {capital(RECORD_NAMES[collection])} not saved: {general?.length ? general.join("; ") : "see the fields marked above."}
          </div>
        )}
        <div className="dialog-actions">
          <button type="submit">Save</button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
