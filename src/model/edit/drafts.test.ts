import { describe, expect, it } from "vitest";
import { addRecord, derivedFields, draftOf, emptyDataset, recordOf, relationYears } from "./";
import type { Dataset, RelationType } from "../dataset/schema";
import { validateDataset } from "../dataset/validate";
import { searchRevealing } from "../../state/view/revealParams";
import { SHARED_TYPES, tinyTexts } from "../../../tests/fixtures/fixtures";

const options = { sharedRelationTypes: SHARED_TYPES };

function tiny(): Dataset {
  const result = validateDataset(tinyTexts(), options);
  if (!result.ok) throw new Error("fixture is invalid");
  return result.dataset;
}

describe("form drafts", () => {
  it("turns an entity draft into the record a file would hold: aliases one per line, empty fields left out", () => {
    const record = recordOf("entities", { id: "eu", label: " European Union ", type: "organization", aliases: "EU\n\nUnion européenne ", description: "", start: "1993-11-01" }, tiny());
    expect(record).toEqual({ id: "eu", label: "European Union", type: "organization", aliases: ["EU", "Union européenne"], start: "1993-11-01" });
    expect(draftOf("entities", record)).toMatchObject({ aliases: "EU\nUnion européenne", label: "European Union" });
  });

  it("gives a relation the dates its type's kind takes and a new id, and keeps citations the form does not show", () => {
    const dataset = tiny();
    const draft = { type: "member-of", source: "a", target: "b", date: "2020", start: "2021", end: "", label: "member of", "citations.0.source": "s", "citations.0.quote": "" };
    const state = recordOf("relations", draft, dataset);
    expect(state).toEqual({ id: "a-member-of-b-2021", type: "member-of", source: "a", target: "b", start: "2021", label: "member of", citations: [{ source: "s" }] });
    expect(addRecord(dataset, "relations", state, "2026-12-01T00:00:00Z", options).ok).toBe(true);
    const before = { ...dataset.relations[0], citations: [{ source: "s", quote: "one" }, { source: "s", quote: "two" }] };
    const edited = recordOf("relations", { ...draftOf("relations", before), "citations.0.quote": "first" }, dataset, before);
    expect(edited.id).toBe("r1");
    expect(edited.citations).toEqual([{ source: "s", quote: "first" }, { source: "s", quote: "two" }]);
  });

  it("fills in an id from a label (free in the dataset) and a relation's label from its type", () => {
    const dataset = tiny();
    expect(derivedFields("entities", "label", { label: "Ä b" }, dataset)).toEqual({ id: "a-b" });
    expect(derivedFields("entities", "label", { label: "A" }, dataset)).toEqual({ id: "a-2" });
    expect(derivedFields("relations", "type", { type: "member-of" }, dataset)).toEqual({ label: "member of" });
    expect(derivedFields("entities", "type", { type: "person" }, dataset)).toEqual({});
  });

  it("makes an empty dataset that passes validation", () => {
    const types = JSON.parse(SHARED_TYPES) as RelationType[];
    const dataset = emptyDataset(" EU sanctions ", types);
    expect(dataset.meta).toEqual({ id: "eu-sanctions", title: "EU sanctions", description: "" });
    expect(addRecord(dataset, "entities", { id: "eu", label: "EU", type: "organization" }, "2026-12-01T00:00:00Z", options).ok).toBe(true);
  });
});

describe("showing an edited record", () => {
  it("focuses an entity, or selects a relation and widens a year window to its years", () => {
    expect(searchRevealing("?dataset=x&from=2026&to=2026&relation=r1", { focus: "eu" })).toBe("?dataset=x&from=2026&to=2026&focus=eu");
    expect(searchRevealing("?from=2026&to=2026", { relation: "r2", years: relationYears({ start: "2014-07", end: "2022" }) })).toBe("?from=2014&to=2026&relation=r2");
    expect(searchRevealing("?from=2024-03&to=2024-09", { relation: "r2", years: [2014, 2014] })).toBe("?from=2024-03&to=2024-09&relation=r2");
    expect(relationYears({ date: "2024-08~" })).toEqual([2024, 2024]);
  });
});
