import { describe, expect, it } from "vitest";
import { findNames, recogniseEntities } from "./entities";
import { buildGazetteer } from "./gazetteer";
import { Discourse } from "./references";
import { splitSentences } from "./sentences";
import { sahelEntities } from "../../../tests/fixtures/extractFixtures";

const gazetteer = buildGazetteer(sahelEntities);

function names(text: string): string[] {
  return splitSentences(text).flatMap((s) => findNames(s, gazetteer, text).map((m) => `${m.text}=${m.entities[0].id ?? m.entities[0].label}`));
}

describe("sentences", () => {
  it("splits sentences verbatim, with their offsets, and ends one at every line break", () => {
    const text = "Turkey set to train Niger’s military\nThe U.S. said on Monday it would leave. France agreed.";
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(["Turkey set to train Niger’s military", "The U.S. said on Monday it would leave.", "France agreed."]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
});

describe("entities", () => {
  it("finds the dataset's entities by label and alias, forgiving case of long names, accents and possessives", () => {
    expect(names("Nigeria’s army met Tiani and the Alliance des Etats du Sahel, then Türkiye.")).toEqual([
      "Nigeria’s=nigeria",
      "Tiani=abdourahmane-tchiani",
      "Alliance des Etats du Sahel=aes",
      "Türkiye=turkey",
    ]);
  });

  it("reads demonyms and capitals as their countries, and keeps Niger apart from Nigeria", () => {
    expect(names("Nigerien and Nigerian officers met Turkish envoys; Ankara’s offer reached Niamey.")).toEqual([
      "Nigerien=niger",
      "Nigerian=nigeria",
      "Turkish=turkey",
      "Ankara’s=turkey",
      "Niamey=niger",
    ]);
  });

  it("matches short capital names only in capitals, and names only when capitalised", () => {
    expect(names("Give us the US report on turkey and Chad.")).toEqual(["US=united-states", "Chad=chad"]);
  });

  it("knows countries and organisations the dataset lacks, with their types", () => {
    const text = "Ghana and the African Union backed ISWAP's foes.";
    const s = splitSentences(text)[0];
    const found = findNames(s, gazetteer, text).map((m) => [m.text, m.entities[0].id, m.entities[0].type]);
    expect(found).toEqual([
      ["Ghana", undefined, "country"],
      ["African Union", undefined, "organization"],
      ["ISWAP's", undefined, "armed-group"],
    ]);
  });

  it("recognises organisations by what they are, acronyms, and people introduced by a title", () => {
    const text = "The Sahel Liberation Front attacked JNIMX positions, said General Abdou Karim Sanda.";
    const s = splitSentences(text)[0];
    const known = findNames(s, gazetteer, text);
    const found = recogniseEntities(s, known, text).map((m) => `${m.text}:${m.entities[0].type}`);
    expect(found).toContain("Sahel Liberation Front:armed-group");
    expect(found).toContain("JNIMX:organization");
    expect(found).toContain("Abdou Karim Sanda:person");
  });

  it("resolves 'both countries' to the last two countries, 'they' to the last group, 'the country' to the most talked-about one", () => {
    const text = "Niger and Mali met. Niger spoke. Both countries agreed; they signed. France left the country.";
    const discourse = new Discourse();
    const seen: string[] = [];
    for (const s of splitSentences(text)) {
      const named = findNames(s, gazetteer, text);
      const refs = discourse.references(s, named, text);
      for (const r of refs) seen.push(`${r.text}=${r.entities.map((e) => e.id).join("+")}`);
      discourse.note(s, [...named, ...refs].sort((a, b) => a.start - b.start), text);
    }
    expect(seen).toEqual(["Both countries=mali+niger", "they=mali+niger", "the country=niger"]);
  });
});
