import { describe, expect, it } from "vitest";
import { frameHeadings, frameCaption, type FrameLabel } from "./describe";
import { periodOf } from "./period";
import { animationFileName, MAX_STEPS, planSteps, stepFileNames, type StepPlan } from "./steps";
import { compositionCaption, defaultComposition } from "./snapshot";

const label: FrameLabel = { dataset: { id: "sahel", title: "Sahel security relations" }, period: { mode: "window", from: 2023, to: 2025 }, scope: { hidden: [] } };
const years = (from: number, to: number, mode: StepPlan["mode"] = "sliding"): StepPlan => ({ unit: "year", mode, from: { year: from, month: 1 }, to: { year: to, month: 12 } });

describe("animation steps", () => {
  it("slides a one-year window through the range, one frame per year", () => {
    expect(planSteps({ from: 2024, to: 2024 }, years(2022, 2025))).toEqual([2022, 2023, 2024, 2025].map((y) => ({ from: y, to: y })));
  });
  it("keeps the view's width when sliding, at most the range", () => {
    expect(planSteps({ from: 2023, to: 2025 }, years(2020, 2024))).toEqual([
      { from: 2020, to: 2022 },
      { from: 2021, to: 2023 },
      { from: 2022, to: 2024 },
    ]);
    expect(planSteps({ from: 2000, to: 2025 }, years(2022, 2025))).toEqual([{ from: 2022, to: 2025 }]);
  });
  it("grows a window from the range's start to its end", () => {
    expect(planSteps({ from: 2023, to: 2025 }, years(2022, 2025, "growing"))).toEqual([2022, 2023, 2024, 2025].map((y) => ({ from: 2022, to: y })));
  });
  it("steps by month, across the year's end, inside the range", () => {
    const plan: StepPlan = { unit: "month", mode: "sliding", from: { year: 2023, month: 11 }, to: { year: 2024, month: 2 } };
    expect(planSteps({ from: 2024, to: 2024, fromMonth: 3, toMonth: 3 }, plan)).toEqual([
      { from: 2023, fromMonth: 11, to: 2023, toMonth: 11 },
      { from: 2023, fromMonth: 12, to: 2023, toMonth: 12 },
      { from: 2024, fromMonth: 1, to: 2024, toMonth: 1 },
      { from: 2024, fromMonth: 2, to: 2024, toMonth: 2 },
    ]);
  });
  it("moves an as-of day through the range, keeping it a real day; a comparison has no steps", () => {
    const steps = planSteps({ from: 2023, to: 2025, at: "2024-02-29" }, years(2023, 2025));
    expect(steps.map((s) => s.at)).toEqual(["2023-02-28", "2024-02-28", "2025-02-28"]);
    expect(planSteps({ from: 2023, to: 2025, compare: ["2023-01-01", "2024-01-01"] }, years(2023, 2025))).toEqual([]);
    expect(planSteps({ from: 2023, to: 2025 }, years(2025, 2023))).toEqual([]);
  });
  it("stops at MAX_STEPS frames", () => {
    expect(planSteps({ from: 2000, to: 2000 }, { unit: "month", mode: "sliding", from: { year: 1900, month: 1 }, to: { year: 2025, month: 12 } })).toHaveLength(MAX_STEPS);
  });
  it("names each frame's file by its period, and the animation by its range and step", () => {
    const steps = planSteps({ from: 2024, to: 2024 }, years(2023, 2025, "growing"));
    expect(stepFileNames(label, steps, "png")).toEqual(["entente-sahel-2023.png", "entente-sahel-2023-2024.png", "entente-sahel-2023-2025.png"]);
    expect(animationFileName(label, years(2022, 2025))).toBe("entente-sahel-2022-2025-yearly");
    const focused = { ...label, scope: { focus: { id: "niger", label: "Niger" }, hidden: [] } };
    expect(animationFileName(focused, { unit: "month", mode: "sliding", from: { year: 2024, month: 3 }, to: { year: 2024, month: 9 } })).toBe("entente-sahel-2024-03-2024-09-niger-monthly");
    expect(periodOf(steps[1])).toEqual({ mode: "window", from: 2023, to: 2024 });
  });
});

describe("composer defaults", () => {
  it("split the caption into the dataset's title and the period and scope, which join back into it", () => {
    const focused: FrameLabel = { ...label, period: { mode: "asof", at: "2024-06-01" }, scope: { focus: { id: "niger", label: "Niger" }, hops: 1, hidden: [] } };
    expect(frameHeadings(focused)).toEqual({ title: "Sahel security relations", subtitle: "as of 1 June 2024; Niger and 1 step around it" });
    const text = { caption: frameCaption(focused), ...frameHeadings(focused), attribution: "Sources: A", entityTypes: [], classes: [] };
    const c = defaultComposition(text);
    expect(compositionCaption(c)).toBe(text.caption);
    expect(compositionCaption({ ...c, title: "Niger's new partners" })).toBe("Niger's new partners, as of 1 June 2024; Niger and 1 step around it");
    expect(compositionCaption({ title: "Only a title ", subtitle: "  " })).toBe("Only a title");
  });
  it("take the whole caption as title where a view gives no headings (event tables)", () => {
    const c = defaultComposition({ caption: "GDELT, 2024", note: "min 5 events", attribution: "", entityTypes: [], classes: [] });
    expect(c).toEqual({ title: "GDELT, 2024", subtitle: "", note: "min 5 events", legend: true, sources: true });
  });
});
