import { describe, expect, it } from "vitest";
import { frameCaption, frameFileName, frameTitle, scopeOf, type FrameLabel } from "./describe";
import { periodOf, periodSlug, periodWords } from "./period";
import { snapshotText } from "./snapshot";
import { contentsInView } from "../time/window";
import { changeMarks, parseDay } from "../time/timeModes";
import { sahelModel } from "../../../tests/fixtures/sahel";

const sahel = sahelModel();
const label = (view: Parameters<typeof periodOf>[0] & Parameters<typeof scopeOf>[1]): FrameLabel => ({
  dataset: { id: "sahel", title: "Sahel security relations" },
  period: periodOf(view),
  scope: scopeOf(sahel, view),
});

describe("the period a view shows", () => {
  it.each([
    [{ from: 2023, to: 2025 }, "2023-2025", "2023–2025"],
    [{ from: 2024, to: 2024 }, "2024", "2024"],
    [{ from: 2024, to: 2024, fromMonth: 3, toMonth: 9 }, "2024-03-2024-09", "March–September 2024"],
    [{ from: 2023, to: 2024, fromMonth: 11, toMonth: 2 }, "2023-11-2024-02", "November 2023–February 2024"],
    [{ from: 2024, to: 2024, fromMonth: 3, toMonth: 3 }, "2024-03", "March 2024"],
    [{ from: 2023, to: 2025, at: "2024-06-01" }, "as-of-2024-06-01", "as of 1 June 2024"],
    [{ from: 2023, to: 2025, at: "2024-06-01", compare: ["2023-01-01", "2025-06-01"] as const }, "compare-2023-01-01-2025-06-01", "1 January 2023 compared with 1 June 2025"],
  ])("%o is %s, %s", (view, slug, words) => {
    expect(periodSlug(periodOf(view))).toBe(slug);
    expect(periodWords(periodOf(view))).toBe(words);
  });
});

describe("what every output states about the frame", () => {
  it("names the dataset and period, nothing else when nothing narrows the view", () => {
    const f = label({ from: 2023, to: 2025 });
    expect(frameCaption(f)).toBe("Sahel security relations, 2023–2025");
    expect(frameFileName(f)).toBe("entente-sahel-2023-2025");
    expect(frameFileName(f, true)).toBe("entente-sahel-all");
    expect(frameTitle(f)).toBe("Sahel security relations, 2023–2025 · Entente");
  });
  it("names the focus, its ego view and hidden filters", () => {
    const f = label({ from: 2023, to: 2025, at: "2024-06-01", focus: "niger", hops: 1, types: ["signed-mou"] });
    const used = new Set(sahel.dataset.relations.map((r) => r.type)).size;
    expect(frameCaption(f)).toBe(`Sahel security relations, as of 1 June 2024; Niger and 1 step around it; hidden: ${used - 1} of ${used} relation types`);
    expect(frameFileName(f)).toBe("entente-sahel-as-of-2024-06-01-niger-1-step-filtered");
    expect(frameFileName(label({ from: 2024, to: 2024, focus: "niger", hops: 2 }))).toBe("entente-sahel-2024-niger-2-steps");
    expect(frameCaption(label({ from: 2024, to: 2024, focus: "niger" }))).toBe("Sahel security relations, 2024; focus on Niger");
  });
  it("counts only what a filter hides of what the dataset uses", () => {
    const types = [...new Set(sahel.dataset.relations.map((r) => r.type))];
    expect(scopeOf(sahel, { types }).hidden).toEqual([]);
    expect(scopeOf(sahel, { entityTypes: ["country"] }).hidden[0]).toMatch(/^\d+ of \d+ entity types$/);
    expect(scopeOf(sahel, { focus: "no-such-entity", hops: 1 })).toEqual({ hidden: [] });
  });
  it("gives the legend the change colours drawn in Compare instead of the classes", () => {
    const [from, to] = [parseDay("2022-01-01")!, parseDay("2025-06-01")!];
    const contents = contentsInView(sahel, { first: from, last: to });
    const marks = changeMarks(sahel, contents.relations, from, to);
    const text = snapshotText(sahel, contents, label({ from: 2022, to: 2025, compare: ["2022-01-01", "2025-06-01"] }), marks);
    expect(text.classes).toEqual([]);
    expect(text.changes!.length).toBeGreaterThan(0);
    expect(new Set(text.changes)).toEqual(new Set(marks.values()));
    expect(snapshotText(sahel, contents, label({ from: 2022, to: 2025 })).changes).toBeUndefined();
  });
});
