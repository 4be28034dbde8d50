import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { patchModel, relationYears, type AnyRecord, type Collection, type Op } from "../../model/edit";
import { buildModel, type Model } from "../../model/dataset/graph";
import type { Dataset, Relation } from "../../model/dataset/schema";
import { searchRevealing } from "../../state/view/revealParams";
import { setSearch } from "../../state/view/url";
import { useEditSession } from "../../state/edit/useEditSession";
import type { DisplayGraph } from "../../render/graph/displayGraph";
import { Explorer } from "../explorer/Explorer";
import { EditBar, SaveAlert } from "./EditBar";
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
 * The explorer of an editable dataset. Each change is patched into the model (its graph in place), and
 * the explorer's time index and display graph catch up with just what it touched: the renderer, the
 * camera and every other entity's place are kept. A reload (another tab's changes) rebuilds the model
 * and opens the explorer again on the URL's view.
 */
export function EditableExplorer({ model, display, onModel, controls }: Props) {
  const [rebuilt, setRebuilt] = useState(0);
  const [revealed, setRevealed] = useState(0);
  const [form, setForm] = useState<FormTarget | null>(null);
  const [listing, setListing] = useState(false);
  const refocus = useRef<string | null>(null);
  // The model edits patch: the newest, even before the parent has rendered it (two quick undos); a rebuilt one once it comes.
  const current = useRef(model);
  if (model.graph !== current.current.graph) current.current = model;
  const onDataset = useCallback(
    (dataset: Dataset, ops?: readonly Op[]) => {
      if (ops) {
        current.current = patchModel(current.current, dataset, ops);
        return onModel(current.current);
      }
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
    setRevealed((n) => n + 1);
  }, []);
  useEffect(() => {
    // The explorer (kept across edits) reads the revealing URL as it reads back/forward, once it has the edited model.
    if (revealed > 0) flushSync(() => window.dispatchEvent(new PopStateEvent("popstate")));
  }, [revealed]);
  useEffect(() => {
    const name = refocus.current;
    refocus.current = null;
    if (!name) return;
    // The revealed record's panel opens with the explorer's next renders, its code perhaps still loading: look for
    // its button frame by frame, for a few seconds at most.
    let frame = 0;
    const until = performance.now() + 5000;
    const focus = () => {
      const buttons = [...document.querySelectorAll<HTMLButtonElement>(name === "Edit" ? ".panel .record-actions button" : ".edit-bar button")];
      const button = buttons.find((b) => b.textContent === name && !b.disabled);
      if (!button && performance.now() < until) frame = requestAnimationFrame(focus);
      else (button ?? buttons.find((b) => /^(Undo|Redo)$/.test(b.textContent ?? "") && !b.disabled))?.focus();
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, [rebuilt, model, revealed]);
  const api = useMemo<EditApi>(() => ({ session, open: setForm, openList: () => setListing(true), reveal, Bar: EditBar }), [session, reveal]);
  return (
    <EditContext.Provider value={api}>
      <SaveAlert />
      <Explorer key={rebuilt} model={model} display={rebuilt === 0 ? display : undefined} controls={controls} />
      {listing && <RecordList onClose={() => setListing(false)} />}
      {form && <RecordForm key={`${form.collection}:${form.id ?? ""}`} target={form} onClose={() => setForm(null)} />}
    </EditContext.Provider>
  );
}
