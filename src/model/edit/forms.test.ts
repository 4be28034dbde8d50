import { describe, expect, it } from "vitest";
import {
  addCitation,
  addRecord,
  citationCount,
  describeEvent,
  draftField,
  draftOf,
  EMPTY_HISTORY,
  problemsByField,
  recordChange,
  recordHistory,
  recordOf,
  redo,
  removeCitation,
  undo,
  updateRecord,
} from "./";
import type { Dataset, Entity } from "../dataset/schema";
import { validateDataset } from "../dataset/validate";
import { relationTypesIn } from "../dataset/relationTypes";
import { SHARED_TYPES, tinyTexts } from "../../../tests/fixtures/fixtures";

const options = { sharedRelationTypes: SHARED_TYPES };
const T1 = "2026-12-01T10:00:00.000Z";
const T2 = "2026-12-01T10:05:00.000Z";

function tiny(): Dataset {
  const result = validateDataset(tinyTexts({ "sources.json": [{ id: "s", title: "S", publisher: "P" }, { id: "t", title: "T", publisher: "Q" }] }), options);
  if (!result.ok) throw new Error("fixture is invalid");
  return result.dataset;
}

function must<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}

const relationDraft = { type: "signed-mou", source: "a", target: "b", date: "2024", label: "signed" };

describe("a relation's citations in its form", () => {
  it("shows every citation, adds one after the others and removes any, moving the later ones up", () => {
    const dataset = tiny();
    const before = { ...dataset.relations[0], citations: [{ source: "s", quote: "one" }, { source: "t" }, { source: "s", quote: "three" }] };
    const draft = draftOf("relations", before);
    expect(citationCount(draft)).toBe(3);
    const removed = removeCitation(draft, 1);
    expect(citationCount(removed)).toBe(2);
    expect(recordOf("relations", removed, dataset, before).citations).toEqual([{ source: "s", quote: "one" }, { source: "s", quote: "three" }]);
    // A new form shows one citation to fill in; adding one makes two.
    expect(citationCount({})).toBe(1);
    expect(citationCount(addCitation({}))).toBe(2);
    expect(citationCount(addCitation(draft))).toBe(4);
    expect(citationCount(removeCitation({ "citations.0.source": "s" }, 0))).toBe(1);
  });

  it("saves a relation with two citations, leaving out an empty one, and undoes it", () => {
    const dataset = tiny();
    const draft = { ...addCitation(addCitation(relationDraft)), "citations.0.source": "s", "citations.0.quote": " signed ", "citations.2.source": "t" };
    const record = recordOf("relations", draft, dataset);
    expect(record.citations).toEqual([{ source: "s", quote: "signed" }, { source: "t" }]);
    const { dataset: next, change } = must(addRecord(dataset, "relations", record, T1, options));
    expect(next.relations.at(-1)!.citations).toHaveLength(2);
    expect(undo(next, recordChange(EMPTY_HISTORY, change), T2)!.dataset.relations).toEqual(dataset.relations);
  });

  it("puts a citation's problems on its own fields, and a missing citation on the first source", () => {
    const dataset = tiny();
    // The first citation is empty (left out), so the record's first citation is the form's second.
    const draft = { ...relationDraft, "citations.0.source": "", "citations.1.source": "nowhere", "citations.2.quote": "no source" };
    const result = addRecord(dataset, "relations", recordOf("relations", draft, dataset), T1, options);
    if (result.ok) throw new Error("accepted unknown and missing sources");
    const fields = [...problemsByField(result.problems, "a-signed-mou-b-2024")].map(([field, messages]) => [draftField(draft, field), messages.join(" ")]);
    expect(fields).toEqual([
      ["citations.2.source", expect.stringMatching(/kebab-case/)],
      ["citations.1.source", 'unknown source "nowhere"'],
    ]);
    const none = addRecord(dataset, "relations", recordOf("relations", relationDraft, dataset), T1, options);
    if (none.ok) throw new Error("accepted a relation without a citation");
    expect([...problemsByField(none.problems, "a-signed-mou-b-2024").keys()].map((f) => draftField(relationDraft, f))).toEqual(["citations.0.source"]);
  });
});

describe("an entity's location in its form", () => {
  const entity = (draft: Record<string, string>) => recordOf("entities", { id: "a", label: "A", type: "country", ...draft }, tiny()) as Entity;
  const problems = (draft: Record<string, string>) => {
    const result = updateRecord(tiny(), "entities", entity(draft), T1, options);
    return result.ok ? new Map<string, string[]>() : problemsByField(result.problems, "a");
  };

  it("reads decimal degrees and a place, and writes them back to the form", () => {
    const niamey = entity({ "location.lat": " 13.5116 ", "location.lon": "2.1254", "location.place": "Niamey" });
    expect(niamey.location).toEqual({ lat: 13.5116, lon: 2.1254, place: "Niamey" });
    expect(draftOf("entities", niamey)).toMatchObject({ "location.lat": "13.5116", "location.lon": "2.1254", "location.place": "Niamey" });
    expect(entity({ "location.lat": "", "location.lon": "", "location.place": " " }).location).toBeUndefined();
    expect(problems({ "location.lat": "-90", "location.lon": "180" }).size).toBe(0);
  });

  it("refuses a coordinate out of range, not a number, or missing, on its own field", () => {
    expect(problems({ "location.lat": "91", "location.lon": "0" }).get("location.lat")?.[0]).toMatch(/must be between -90 and 90/);
    expect(problems({ "location.lat": "0", "location.lon": "-180.5" }).get("location.lon")?.[0]).toMatch(/must be between -180 and 180/);
    expect(problems({ "location.lat": "12,5", "location.lon": "1e2" }).get("location.lat")?.[0]).toMatch(/must be a number/);
    expect(problems({ "location.lat": "12,5", "location.lon": "1e2" }).get("location.lon")?.[0]).toMatch(/must be a number/);
    expect(problems({ "location.place": "Niamey" }).get("location.lat")?.[0]).toMatch(/must be a number/);
  });

  it("changes a location with undo and redo, in the entity's history", () => {
    const dataset = tiny();
    const first = must(updateRecord(dataset, "entities", entity({ "location.lat": "13.5", "location.lon": "2.1" }), T1, options));
    const history = recordChange(EMPTY_HISTORY, first.change);
    const back = undo(first.dataset, history, T2)!;
    expect(back.dataset.entities[0]).toEqual(dataset.entities[0]);
    expect(redo(back.dataset, back.history, T2)!.dataset.entities[0].location).toEqual({ lat: 13.5, lon: 2.1 });
    expect(recordHistory(back.history, "entities", "a").map(describeEvent)).toEqual(["Changed location (undo)", "Changed location"]);
  });
});

describe("the dataset's details", () => {
  it("changes the title and description, keeps the id, and undoes and redoes it in the dataset's history", () => {
    const dataset = tiny();
    const draft = { ...draftOf("meta", dataset.meta), title: " EU sanctions on Russia ", description: "Since 2014." };
    const meta = recordOf("meta", draft, dataset, dataset.meta);
    expect(meta).toEqual({ id: "tiny", title: "EU sanctions on Russia", description: "Since 2014." });
    const { dataset: renamed, change } = must(updateRecord(dataset, "meta", meta, T1, options));
    expect(renamed.meta.title).toBe("EU sanctions on Russia");
    expect(renamed.entities).toBe(dataset.entities);
    const back = undo(renamed, recordChange(EMPTY_HISTORY, change), T2)!;
    expect(back.dataset.meta).toEqual(dataset.meta);
    const again = redo(back.dataset, back.history, T2)!;
    expect(again.dataset.meta).toEqual(meta);
    expect(recordHistory(again.history, "meta", "tiny").map(describeEvent)).toEqual(["Changed description, title (redo)", "Changed description, title (undo)", "Changed description, title"]);
  });

  it("refuses an empty title on its field, and an id change", () => {
    const dataset = tiny();
    const result = updateRecord(dataset, "meta", { ...dataset.meta, title: "" }, T1, options);
    expect(result.ok || problemsByField(result.problems, undefined).get("title")).toEqual([expect.stringMatching(/must not be empty/)]);
    expect(updateRecord(dataset, "meta", { ...dataset.meta, id: "other" }, T1, options).ok).toBe(false);
  });
});

describe("the shared vocabulary without the validator", () => {
  it("reads relation types by id, skipping records without an id or label, and nothing from broken text", () => {
    const types = relationTypesIn(SHARED_TYPES);
    expect(types.get("signed-mou")).toMatchObject({ label: expect.any(String), kind: "event" });
    expect([...relationTypesIn('[{"id":"x","label":"X"},{"id":3},null]').keys()]).toEqual(["x"]);
    expect(relationTypesIn("{").size).toBe(0);
    expect(relationTypesIn('{"id":"x"}').size).toBe(0);
  });
});
