import { describe, expect, it } from "vitest";
import { fold } from "./text";
import { compilePattern, compileRules, findTriggers, intentType, labelPattern } from "./triggers";
import type { RelationType } from "../dataset/schema";
import { relationTypes } from "../../../tests/fixtures/extractFixtures";

const rules = compileRules(relationTypes);
const typesIn = (text: string) => findTriggers(fold(text), 0, rules).map((t) => t.rule.type.id);

describe("trigger lexicon", () => {
  it("compiles its pattern syntax: alternatives, prefixes, phrases and gaps", () => {
    const p = compilePattern("sign*|ink* ~3 memorandum_of_understanding|mou");
    expect("they signed a new mou".match(p)?.[0]).toBe("signed a new mou");
    expect("inked a memorandum of understanding".match(p)?.[0]).toBe("inked a memorandum of understanding");
    expect("signed it; an mou".match(p)).toBeNull(); // never across a semicolon
    expect("signed one two three four mou".match(p)).toBeNull(); // gap too long
  });

  it("has a rule for every relation type of the vocabulary", () => {
    expect(new Set(rules.map((r) => r.type.id))).toEqual(new Set(relationTypes.map((t) => t.id)));
  });

  it.each([
    ["The two sides inked a memorandum of understanding on trade.", "signed-mou"],
    ["Rabat and Dakar signed a defence pact.", "signed-agreement"],
    ["The bloc slapped sanctions on the junta.", "imposed-sanctions"],
    ["Algiers sealed its border with Mali.", "closed-border"],
    ["Washington halted visa processing and suspended visas for officials.", "suspended-visas"],
    ["Paris began pulling its soldiers out of Chad.", "withdrew-troops"],
    ["Bamako quit the regional bloc.", "withdrew-from"],
    ["Moscow delivered drones and helicopters to Ouagadougou.", "provided-military-aid"],
    ["The army ousted the president on Wednesday.", "staged-coup"],
    ["Abuja reopened its frontier with Cotonou.", "reopened-border"],
    ["Chad joined the alliance in 2019.", "member-of"],
    ["The junta revoked the defence accord with Paris.", "terminated-agreement"],
  ])("%s → %s", (text, type) => {
    expect(typesIn(text)).toContain(type);
  });

  it("keeps the longer of two overlapping triggers", () => {
    expect(typesIn("Niger terminated an intelligence-sharing agreement with Turkey.")).toEqual(["terminated-agreement"]);
  });

  it("finds vocabulary types the lexicon lacks by their label", () => {
    expect(labelPattern("announced intent to cooperate with")).toBe("announc* ~3 intent* ~3 cooperate*");
    const extra: RelationType = { id: "recognised-government", label: "recognised government of", kind: "event", class: "verbal-cooperation" };
    const withExtra = compileRules([...relationTypes, extra]);
    expect(findTriggers(fold("Russia recognised the government of Niger."), 0, withExtra).map((t) => t.rule.type.id)).toContain("recognised-government");
  });

  it("types an intent with CAMEO 03 for cooperation and 13 for conflict", () => {
    const byId = (id: string) => relationTypes.find((t) => t.id === id)!;
    expect(intentType(byId("trains-military"), relationTypes)?.id).toBe("pledged-cooperation");
    expect(intentType(byId("imposed-sanctions"), relationTypes)?.id).toBe("threatened-intervention");
  });
});
