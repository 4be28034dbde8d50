import { describe, expect, it } from "vitest";
import { contentsInView, windowFromYears, yearRange } from "./window";
import { modelWith, TIME_SEMANTICS } from "../../../tests/fixtures/fixtures";

const ids = (model: ReturnType<typeof modelWith>, from: number, to: number) =>
  [...contentsInView(model, windowFromYears(from, to)).relations].sort();

describe("contentsInView", () => {
  const model = modelWith(TIME_SEMANTICS);

  it("keeps an event whose day falls on the window's last day", () => {
    expect(ids(model, 2024, 2024)).toContain("day");
    expect(ids(model, 2025, 2025)).not.toContain("day");
  });
  it("keeps a month-precision event only in its year", () => {
    expect(ids(model, 2023, 2023)).toContain("month");
    expect(ids(model, 2024, 2026)).not.toContain("month");
  });
  it("treats an approximate year as its whole span", () => {
    expect(ids(model, 2020, 2020)).toContain("year-approx");
    expect(ids(model, 2021, 2022)).not.toContain("year-approx");
  });
  it("keeps an open-ended state from its start onwards", () => {
    expect(ids(model, 2018, 2018)).not.toContain("open-state");
    expect(ids(model, 2019, 2019)).toContain("open-state");
    expect(ids(model, 2090, 2099)).toContain("open-state");
  });
  it("keeps a closed state through the last day of its end month only", () => {
    expect(ids(model, 2021, 2021)).toContain("closed-state");
    expect(ids(model, 2022, 2030)).not.toContain("closed-state");
    expect(ids(model, 2000, 2009)).not.toContain("closed-state");
  });
  it("lists the entities the relations in view touch", () => {
    const v = contentsInView(model, windowFromYears(2024, 2024));
    expect([...v.entities].sort()).toEqual(["a", "b"]);
    expect([...contentsInView(model, windowFromYears(1990, 1995)).entities]).toEqual([]);
  });
  it("finds the years the data covers", () => {
    expect(yearRange(model)).toEqual({ min: 2010, max: 2024 });
  });
});
