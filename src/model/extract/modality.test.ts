import { describe, expect, it } from "vitest";
import { findHedge } from "./hedges";
import { isIntent, isNegated, isRecent } from "./modality";
import { fold } from "./text";
import { lines } from "../../../tests/fixtures/extractFixtures";

describe("hedges", () => {
  it.each([
    ["Mali reportedly signed the deal.", "reportedly"],
    ["According to Reuters, Mali signed.", "according to"],
    ["Sources indicate that troops will travel.", "sources indicate"],
    ["The outlet claims the troops are Turkish.", "claims"],
    ["Russia is said to have sent instructors.", "is said to"],
    ["As reported by Maghrebi, France withdrew.", "as reported by"],
  ])("%s", (text, hedge) => {
    expect(findHedge(fold(text))).toBe(hedge);
  });

  it("leaves plain statements alone", () => {
    expect(findHedge(fold("Nigeria signed a memorandum with Niger on Wednesday."))).toBeUndefined();
  });

  it("marks a hedged candidate and gives it a Reported: note", () => {
    const [c] = lines("Mali reportedly closed its border with Niger on 3 March 2024.", "2024-03-10");
    expect(c).toBe("mali closed-border niger 2024-03-03");
  });
});

describe("negation", () => {
  it.each(["Niger did not sign", "Mali has never signed", "Chad refused to sign", "Niger no longer "])("%s → negated", (before) => {
    expect(isNegated(fold(before))).toBe(true);
  });
  it("does not see negation in plain or distant words", () => {
    expect(isNegated("niger signed")).toBe(false);
  });
  it("drops denied acts", () => {
    expect(lines("In 2024, Mali did not sign the agreement with Niger.", "2024-12-01")).toEqual([]);
    expect(lines("In 2024, Mali signed the agreement with Niger.", "2024-12-01")).toEqual(["mali signed-agreement niger 2024"]);
  });
});

describe("intent and future", () => {
  it.each(["turkey will ", "france plans to ", "russia is set to ", "chad intends to ", "turkey will send troops to "])("%s… → intent", (before) => {
    expect(isIntent(before)).toBe(true);
  });
  it("does not take past acts for intent", () => {
    expect(isIntent("turkey has ")).toBe(false);
    expect(isIntent("in 2020, turkey ")).toBe(false);
  });
  it("types an intended act as intent (CAMEO 03), not as the act", () => {
    expect(lines("On 2 May 2025, Turkey said it plans to train Niger's army.", "2025-05-03")).toEqual(["turkey pledged-cooperation niger 2025-05-02"]);
    expect(lines("On 2 May 2025, ECOWAS threatened to impose sanctions on Mali.", "2025-05-03")).toEqual(["ecowas threatened-sanctions mali 2025-05-02"]);
  });
  it("dates a news lead's present perfect to the publication, approximate", () => {
    expect(isRecent("nigeria has announced the ")).toBe(true);
    expect(isRecent("there have been bumps in the road, such as when niger ")).toBe(false);
    expect(isRecent("the us has since ")).toBe(false);
  });
});
