import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { relationYears, type AnyRecord, type Collection } from "../../model/edit";
import { buildModel, type Model } from "../../model/dataset/graph";
import type { Dataset, Relation } from "../../model/dataset/schema";
import { searchRevealing } from "../../state/view/revealParams";
import { setSearch } from "../../state/view/url";
import { useEditSession } from "../../state/edit/useEditSession";
import type { DisplayGraph } from "../../render/graph/displayGraph";
import { Explorer } from "../explorer/Explorer";
import { SaveAlert } from "./EditBar";
import { EditContext, type EditApi, type FormTarget } from "./EditContext";
import { RecordForm } from "./RecordForm";
import { RecordList } from "./RecordList";
import "./edit.css";

interface Props {
  model: Model;
  /** The display graph a large import prepared in slices, for the first opening (edits rebuild it). */
  display?: DisplayGraph;
  onModel: (model: Model) => void;
  controls: ReactNode;
}

/**
 * The explorer of an editable dataset. After each change the model, and with it the graph, table and
 * time index, is rebuilt from the changed dataset and the explorer opened again on the URL's view.
 */
export function EditableExplorer({ model, display, onModel, controls }: Props) {
  const [rebuilt, setRebuilt] = useState(0);
  const [form, setForm] = useState<FormTarget | null>(null);
  const [listing, setListing] = useState(false);
  const refocus = useRef<string | null>(null);
  const onDataset = useCallback(
    (dataset: Dataset) => {
      // The explorer is opened again: the button used (Undo, Redo) gets the focus back (see below).
      const active = document.activeElement;
      if (!refocus.current && active instanceof HTMLButtonElement && active.closest(".edit-bar")) refocus.current = active.textContent;
      onModel(buildModel(dataset));
      setRebuilt((n) => n + 1);
    },
    [onModel],
  );
  const session = useEditSession(model.dataset, onDataset);
  const reveal = useCallback((collection: Collection, record: AnyRecord) => {
    if (collection !== "entities" && collection !== "relations") return;
    refocus.current = "Edit";
    const search = window.location.search;
    const relation = record as Relation;
    setSearch(collection === "entities" ? searchRevealing(search, { focus: record.id }) : searchRevealing(search, { relation: record.id, years: relationYears(relation) }), "push");
  }, []);
  useEffect(() => {
    const name = refocus.current;
    refocus.current = null;
    if (!name) return;
    const buttons = [...document.querySelectorAll<HTMLButtonElement>(name === "Edit" ? ".panel .record-actions button" : ".edit-bar button")];
    (buttons.find((b) => b.textContent === name && !b.disabled) ?? buttons.find((b) => /^(Undo|Redo)$/.test(b.textContent ?? "") && !b.disabled))?.focus();
  }, [rebuilt]);
  const api = useMemo<EditApi>(() => ({ session, open: setForm, openList: () => setListing(true), reveal }), [session, reveal]);
  return (
    <EditContext.Provider value={api}>
      <SaveAlert />
      <Explorer key={rebuilt} model={model} display={rebuilt === 0 ? display : undefined} controls={controls} />
      {listing && <RecordList onClose={() => setListing(false)} />}
      {form && <RecordForm key={`${form.collection}:${form.id ?? ""}`} target={form} onClose={() => setForm(null)} />}
    </EditContext.Provider>
  );
}
