import { describe, expect, it } from "vitest";
import {
  addRecord,
  deleteRecord,
  describeEvent,
  EMPTY_HISTORY,
  problemsByField,
  recordChange,
  recordHistory,
  redo,
  undo,
  updateRecord,
  type History,
} from "./";
import type { Dataset } from "../dataset/schema";
import { validateDataset } from "../dataset/validate";
import { SHARED_TYPES, tinyTexts } from "../../../tests/fixtures/fixtures";

const options = { sharedRelationTypes: SHARED_TYPES };
const T1 = "2026-12-01T10:00:00.000Z";
const T2 = "2026-12-01T10:05:00.000Z";

function tiny(): Dataset {
  const result = validateDataset(tinyTexts(), options);
  if (!result.ok) throw new Error("fixture is invalid");
  return result.dataset;
}

function must<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

describe("edit operations", () => {
  it("adds an entity that follows the dataset rules, without changing the dataset it was given", () => {
    const before = tiny();
    const { dataset } = must(addRecord(before, "entities", { id: "d", label: "D", type: "alliance" }, T1, options));
    expect(dataset.entities.map((e) => e.id)).toEqual(["a", "b", "c", "d"]);
    expect(before.entities).toHaveLength(3);
    expect(dataset.relations).toBe(before.relations);
  });

  it("refuses a record the validator refuses, with the validator's messages by field", () => {
    const result = addRecord(tiny(), "entities", { id: "Bad Id", label: "", type: "country" }, T1, options);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = problemsByField(result.problems, "Bad Id");
    expect(fields.get("id")?.[0]).toMatch(/kebab-case/);
    expect(fields.get("label")?.[0]).toMatch(/must not be empty/);
  });

  it("refuses a taken id", () => {
    const result = addRecord(tiny(), "entities", { id: "a", label: "Again", type: "country" }, T1, options);
    expect(result.ok || problemsByField(result.problems, "a").get("id")).toEqual([expect.stringMatching(/already the id of another entity/)]);
  });

  it("checks references, dates and citations of a relation as npm run validate does", () => {
    const result = addRecord(
      tiny(),
      "relations",
      { id: "r2", type: "member-of", source: "a", target: "nobody", date: "2024-02-30", label: "joined", citations: [{ source: "nowhere" }] },
      T1,
      options,
    );
    if (result.ok) throw new Error("accepted a broken relation");
    const fields = problemsByField(result.problems, "r2");
    expect(fields.get("target")).toEqual(['unknown entity "nobody"']);
    expect(fields.get("citations.0.source")).toEqual(['unknown source "nowhere"']);
    expect(fields.get("date")?.join(" ")).toMatch(/impossible date/);
    const noCitation = addRecord(tiny(), "relations", { id: "r3", type: "signed-mou", source: "a", target: "b", date: "2024", label: "x", citations: [] }, T1, options);
    expect(noCitation.ok || problemsByField(noCitation.problems, "r3").get("citations")).toEqual([expect.stringMatching(/at least one citation/)]);
  });

  it("places a state's date rules on the fields they are about", () => {
    const result = addRecord(tiny(), "relations", { id: "r2", type: "member-of", source: "a", target: "b", date: "2024", label: "x", citations: [{ source: "s" }] }, T1, options);
    if (result.ok) throw new Error("accepted a state with a date");
    const fields = problemsByField(result.problems, "r2");
    expect(fields.get("date")?.[0]).toMatch(/is a state/);
    expect(fields.get("start")?.[0]).toMatch(/"start" is missing/);
  });

  it("updates a record in place and never changes its id", () => {
    const { dataset } = must(updateRecord(tiny(), "entities", { id: "b", label: "B renamed", type: "alliance" }, T1, options));
    expect(dataset.entities[1]).toEqual({ id: "b", label: "B renamed", type: "alliance" });
    expect(updateRecord(tiny(), "entities", { id: "zz", label: "Z", type: "country" }, T1, options).ok).toBe(false);
  });

  it("refuses to delete an entity relations refer to, naming them, or deletes them with it", () => {
    const refused = deleteRecord(tiny(), "entities", "a", T1, false, options);
    if (refused.ok) throw new Error("deleted a referenced entity");
    expect(refused.problems[0].message).toMatch(/1 relation refers to this entity: “signed” \(r1\)\. Delete it first, or delete it with it\./);
    const { dataset, change } = must(deleteRecord(tiny(), "entities", "a", T1, true, options));
    expect(dataset.entities.map((e) => e.id)).toEqual(["b", "c"]);
    expect(dataset.relations).toEqual([]);
    expect(change.ops.map((o) => o.id)).toEqual(["r1", "a"]);
  });

  it("refuses to delete a cited source, and edits a dataset's own relation type", () => {
    expect(deleteRecord(tiny(), "sources", "s", T1, false, options).ok).toBe(false);
    const type = { id: "imposed-sanctions-on", label: "imposed sanctions on", kind: "event" as const, class: "material-conflict" as const };
    const { dataset } = must(addRecord(tiny(), "relationTypes", type, T1, options));
    const used = must(addRecord(dataset, "relations", { id: "r2", type: type.id, source: "a", target: "b", date: "2024", label: "sanctioned", citations: [{ source: "s" }] }, T1, options));
    expect(deleteRecord(used.dataset, "relationTypes", type.id, T1, false, options).ok).toBe(false);
    // A shared type may not be redefined.
    const shared = addRecord(tiny(), "relationTypes", { id: "signed-mou", label: "signed a memo", kind: "state", class: "structural" }, T1, options);
    expect(shared.ok).toBe(false);
  });
});

describe("undo, redo and history", () => {
  function twoChanges(): { dataset: Dataset; history: History } {
    let dataset = tiny();
    let history = EMPTY_HISTORY;
    const first = must(addRecord(dataset, "entities", { id: "d", label: "D", type: "alliance" }, T1, options));
    history = recordChange(history, first.change);
    const second = must(updateRecord(first.dataset, "entities", { id: "d", label: "Dee", type: "alliance", aliases: ["Delta"] }, T2, options));
    history = recordChange(history, second.change);
    dataset = second.dataset;
    return { dataset, history };
  }

  it("undoes and redoes changes in order, back to the very same data", () => {
    const { dataset, history } = twoChanges();
    const once = undo(dataset, history, T2)!;
    expect(once.dataset.entities.at(-1)).toEqual({ id: "d", label: "D", type: "alliance" });
    const twice = undo(once.dataset, once.history, T2)!;
    expect(twice.dataset.entities).toEqual(tiny().entities);
    expect(undo(twice.dataset, twice.history, T2)).toBeUndefined();
    const again = redo(redo(twice.dataset, twice.history, T2)!.dataset, redo(twice.dataset, twice.history, T2)!.history, T2)!;
    expect(again.dataset).toEqual(dataset);
    expect(redo(again.dataset, again.history, T2)).toBeUndefined();
  });

  it("undoes a deletion with the relations it took", () => {
    const result = must(deleteRecord(tiny(), "entities", "a", T1, true, options));
    const back = undo(result.dataset, recordChange(EMPTY_HISTORY, result.change), T2)!;
    expect(back.dataset.entities.map((e) => e.id).sort()).toEqual(["a", "b", "c"]);
    expect(back.dataset.relations.map((r) => r.id)).toEqual(["r1"]);
  });

  it("a new change after an undo drops what could be redone", () => {
    const { dataset, history } = twoChanges();
    const back = undo(dataset, history, T2)!;
    const other = must(addRecord(back.dataset, "entities", { id: "e", label: "E", type: "person" }, T2, options));
    const next = recordChange(back.history, other.change);
    expect(next.future).toEqual([]);
    expect(redo(other.dataset, next, T2)).toBeUndefined();
  });

  it("keeps each record's history: what changed and when, newest first, undo and redo included", () => {
    const { dataset, history } = twoChanges();
    const undone = undo(dataset, history, "2026-12-01T11:00:00.000Z")!;
    const events = recordHistory(undone.history, "entities", "d");
    expect(events.map((e) => [describeEvent(e), e.at])).toEqual([
      ["Changed aliases, label (undo)", "2026-12-01T11:00:00.000Z"],
      ["Changed aliases, label", T2],
      ["Added", T1],
    ]);
    expect(recordHistory(undone.history, "entities", "a")).toEqual([]);
  });
});
