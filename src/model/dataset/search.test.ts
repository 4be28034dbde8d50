import { describe, expect, it } from "vitest";
import { buildEntityIndex, fold, searchEntities } from "./search";
import { sahelModel } from "../../../tests/fixtures/sahel";

const index = buildEntityIndex(sahelModel().dataset.entities);
const first = (q: string) => searchEntities(index, q)[0];

describe("entity search", () => {
  it("folds case and diacritics", () => {
    expect(fold("Alliance des États")).toBe("alliance des etats");
    expect(fold("Türkiye")).toBe("turkiye");
  });
  it("finds people by an alias and says which alias matched", () => {
    expect(first("Tiani")).toMatchObject({ id: "abdourahmane-tchiani", label: "Abdourahmane Tchiani", alias: "Tiani" });
    expect(first("tinubu")).toMatchObject({ id: "bola-tinubu", alias: undefined });
  });
  it("finds the Alliance of Sahel States by acronym and by its French name without accents", () => {
    expect(first("AES")).toMatchObject({ id: "aes", alias: "AES" });
    expect(first("Alliance des Etats")).toMatchObject({ id: "aes", alias: "Alliance des États du Sahel" });
    expect(searchEntities(index, "Alliance des Etats").map((h) => h.id)).toEqual(["aes"]);
  });
  it("matches prefixes while typing and forgives a typo", () => {
    expect(first("Nige")?.id).toMatch(/^niger/);
    expect(first("Tchani")?.id).toBe("abdourahmane-tchiani");
    expect(first("Turkiye")?.id).toBe("turkey");
  });
  it("ranks a label match above alias matches", () => {
    expect(first("Niger")?.id).toBe("niger");
    expect(first("Nigeria")?.id).toBe("nigeria");
  });
  it("returns nothing for an empty query or a word that matches nothing", () => {
    expect(searchEntities(index, "  ")).toEqual([]);
    expect(searchEntities(index, "zzzqqq")).toEqual([]);
  });
  it("limits the number of hits", () => {
    expect(searchEntities(index, "republic", 2)).toHaveLength(2);
  });
});
