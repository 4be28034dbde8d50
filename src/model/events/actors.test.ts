import { describe, expect, it } from "vitest";
import { actorEntities, actorKind, assignIds, foldTarget, slugify, splitSector } from "./actors";
import { ICEWS_PRESET } from "./columns";
import { parseEventTable } from "./parse";
import { buildEventTable } from "./table";
import { idSchema } from "../dataset/schema";

describe("actor ids", () => {
  it("slugifies names into valid ids", () => {
    expect(slugify("Citizen (Nigeria)")).toBe("citizen-nigeria");
    expect(slugify("Cote d'Ivoire")).toBe("cote-divoire");
    expect(slugify("Oluṣẹgun Ọbasanjọ")).toBe("olusegun-obasanjo");
    expect(slugify("Cabinet / Council of Ministers / Advisors (United States)")).toBe("cabinet-council-of-ministers-advisors-united-states");
    expect(slugify("مرحبا")).toBe("actor");
    for (const s of ["Citizen (Nigeria)", "  --A--  ", "Ümit Özdağ", "x".repeat(200), "a b ".repeat(40)]) expect(idSchema.safeParse(slugify(s)).success, s).toBe(true);
  });

  it("disambiguates collisions the same way whatever the order of the names", () => {
    const names = ["Côte d'Ivoire", "Cote d'Ivoire", "Cote dIvoire", "cote-divoire-2"];
    const a = assignIds(names);
    const b = assignIds([...names].reverse());
    expect([...a].sort()).toEqual([...b].sort());
    expect(new Set(a.values()).size).toBe(4);
    expect(a.get("cote-divoire-2")).toBe("cote-divoire-2");
    expect(a.get("Cote d'Ivoire")).toBe("cote-divoire");
    expect([a.get("Cote dIvoire"), a.get("Côte d'Ivoire")]).toEqual(["cote-divoire-3", "cote-divoire-4"]);
  });
});

describe("actor types", () => {
  it("guesses types by the documented heuristics", () => {
    const kinds = Object.fromEntries(
      ["Niger", "Citizen (Nigeria)", "Head of Government (Nigeria)", "Police (Australia)", "Military (Philippines)", "Boko Haram", "Militant (Taliban)", "Armed Rebel (Sudan)", "Barack Obama", "African Union", "UN Security Council", "Ministry (Nigeria)", "Defense / Security Ministry (India)", "Israeli Defense Forces", "Middle East", "NATO", "Gazprom"].map((n) => [n, actorKind(n).type]),
    );
    expect(kinds).toEqual({
      Niger: "country",
      "Citizen (Nigeria)": "organization",
      "Head of Government (Nigeria)": "person",
      "Police (Australia)": "military-force",
      "Military (Philippines)": "military-force",
      "Boko Haram": "armed-group",
      "Militant (Taliban)": "armed-group",
      "Armed Rebel (Sudan)": "armed-group",
      "Barack Obama": "person",
      "African Union": "organization",
      "UN Security Council": "organization",
      "Ministry (Nigeria)": "organization",
      "Defense / Security Ministry (India)": "organization",
      "Israeli Defense Forces": "military-force",
      "Middle East": "organization",
      NATO: "alliance",
      Gazprom: "organization",
    });
  });

  it("splits sector actors and folds only into countries", () => {
    expect(splitSector("Head of Government (Nigeria)")).toEqual({ sector: "Head of Government", of: "Nigeria" });
    expect(splitSector("Barack Obama")).toBeUndefined();
    expect(foldTarget("Citizen (Nigeria)")).toBe("Nigeria");
    expect(foldTarget("Police (Palestinian Territory, Occupied)")).toBe("Palestinian Territory, Occupied");
    expect(foldTarget("NIGERIA")).toBe("Nigeria");
    expect(foldTarget("Militant (Taliban)")).toBeUndefined();
    expect(foldTarget("Citizen (Africa)")).toBeUndefined();
    expect(foldTarget("Barack Obama")).toBeUndefined();
  });
});

describe("actors become entities", () => {
  const rows = [
    "Head of Government (Nigeria)\tConsult\tCitizen (Nigeria)\t2010-01-01",
    "Citizen (Nigeria)\tMake statement\tNiger\t2010-01-02",
    "Boko Haram\tUse unconventional violence\tCitizen (Nigeria)\t2010-01-03",
    "Police (Chad)\tArrest, detain, or charge with legal action\tMilitant (Boko Haram)\t2010-01-04",
  ].join("\n");
  const table = buildEventTable(parseEventTable(rows, ICEWS_PRESET).events);
  const { entities, detailed, folded } = actorEntities(table.actors);
  const entityOf = (map: Int32Array, actor: string) => entities[map[table.actors.indexOf(actor)]].id;

  it("makes one entity per actor, plus the countries actors fold into", () => {
    expect(entities.map((e) => e.id)).toEqual([
      "boko-haram", "chad", "citizen-nigeria", "head-of-government-nigeria", "militant-boko-haram", "niger", "nigeria", "police-chad",
    ]);
    expect(entities.find((e) => e.id === "nigeria")).toMatchObject({ label: "Nigeria", type: "country" });
    expect(entities.every((e) => idSchema.safeParse(e.id).success)).toBe(true);
  });

  it("folds sector actors into their country only when folding is on", () => {
    expect(entityOf(detailed, "Head of Government (Nigeria)")).toBe("head-of-government-nigeria");
    expect(entityOf(folded, "Head of Government (Nigeria)")).toBe("nigeria");
    expect(entityOf(folded, "Citizen (Nigeria)")).toBe("nigeria");
    expect(entityOf(folded, "Police (Chad)")).toBe("chad");
    expect(entityOf(folded, "Niger")).toBe("niger");
    expect(entityOf(folded, "Boko Haram")).toBe("boko-haram");
    expect(entityOf(folded, "Militant (Boko Haram)")).toBe("militant-boko-haram");
  });
});
