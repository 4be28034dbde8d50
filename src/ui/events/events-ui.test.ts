// @vitest-environment jsdom
import { act, createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GDELT2_PRESET, ICEWS_PRESET, type EventFormat } from "../../model/events/columns";
import { AggregateEventsPanel } from "./AggregateEventsPanel";
import { ColumnMappingDialog } from "./ColumnMappingDialog";
import type { EventViewSettings } from "../../model/events/filters";
import { EventViewControls } from "./EventViewControls";
import { gdeltLine } from "../../../tests/fixtures/eventFixtures";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.body.appendChild(document.createElement("div"));
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const render = (el: Parameters<Root["render"]>[0]) => act(() => root.render(el));
/** A form control by its label text, as a person (or getByLabelText) finds it. */
function control<T extends HTMLElement>(label: string): T {
  const l = [...host.querySelectorAll("label")].find((x) => x.textContent!.trim().startsWith(label));
  if (!l) throw new Error(`no control labelled "${label}"`);
  return l.querySelector("select, input") as T;
}
function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
}
function type(input: HTMLInputElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}
const button = (name: string) => [...host.querySelectorAll("button")].find((b) => b.textContent === name)!;

describe("column mapping dialog", () => {
  it("starts from the preset the file looks like and confirms it", () => {
    const onConfirm = vi.fn<(f: EventFormat) => void>();
    render(createElement(ColumnMappingDialog, { fileName: "g.tsv", firstLines: [gdeltLine({ SQLDATE: "20240101", Actor1Name: "MALI", Actor2Name: "NIGER", EventCode: "040" })], onConfirm, onCancel: () => {} }));
    expect(host.querySelector('[role="dialog"]')!.getAttribute("aria-label")).toBe("Map event columns");
    expect(control<HTMLSelectElement>("Subject column").selectedOptions[0].textContent).toBe("Actor1Name (e.g. MALI)");
    act(() => button("Import events").click());
    expect(onConfirm).toHaveBeenCalledWith(GDELT2_PRESET);
  });

  it("lets a person map a CSV by header and explains a mapping that cannot work", () => {
    const onConfirm = vi.fn<(f: EventFormat) => void>();
    render(createElement(ColumnMappingDialog, { fileName: "e.csv", firstLines: ["when,who,what,whom", "2011-05-02,Pakistan,Make statement,India"], onConfirm, onCancel: () => {} }));
    choose(control("Separator"), ",");
    act(() => control<HTMLInputElement>("First row is a header").click());
    choose(control("Event label column"), "-1");
    expect(host.querySelector('[role="alert"]')!.textContent).toMatch(/label or to the CAMEO code/);
    expect(button("Import events").disabled).toBe(true);
    choose(control("Date column"), "0");
    choose(control("Subject column"), "1");
    choose(control("Event label column"), "2");
    choose(control("Object column"), "3");
    expect(host.querySelector('[role="alert"]')).toBeNull();
    expect(control<HTMLSelectElement>("Object column").selectedOptions[0].textContent).toBe("whom (e.g. India)");
    act(() => button("Import events").click());
    expect(onConfirm.mock.calls[0][0]).toMatchObject({ delimiter: ",", header: true, mapping: { date: 0, subject: 1, label: 2, object: 3 } });
    expect(ICEWS_PRESET.mapping).toEqual({ subject: 0, label: 1, object: 2, date: 3 }); // presets are not mutated
  });

  it("starts from the separator the file uses and names it with the file", () => {
    const onConfirm = vi.fn<(f: EventFormat) => void>();
    const firstLines = ["Mali;Make statement;Niger;2024-01-02", "Niger;Consult;Mali;2024-01-03"];
    render(createElement(ColumnMappingDialog, { fileName: "events.csv", firstLines, onConfirm, onCancel: () => {} }));
    expect(host.querySelector('[role="dialog"] p')!.textContent).toBe("“events.csv”: its first lines are semicolon-separated.");
    expect(control<HTMLSelectElement>("Separator").value).toBe(";");
    expect(control<HTMLSelectElement>("Object column").selectedOptions[0].textContent).toBe("column 3 (e.g. Niger)");
    choose(control("Separator"), "\t");
    expect(host.querySelector('[role="dialog"] p')!.textContent).toBe("“events.csv”: its first lines are semicolon-separated, but the separator chosen is tab.");
    choose(control("Separator"), ";");
    act(() => button("Import events").click());
    expect(onConfirm.mock.calls[0][0]).toMatchObject({ delimiter: ";", header: false, mapping: ICEWS_PRESET.mapping });
  });
});

describe("event view controls", () => {
  it("changes folding, width, threshold and top N, and shows what is hidden", () => {
    let value: EventViewSettings = { fold: false, weight: "count", minCount: 1 };
    const onChange = (v: EventViewSettings) => {
      value = v;
      render(createElement(EventViewControls, { value, onChange, hiddenSummary: "Hidden: 3 events." }));
    };
    onChange(value);
    act(() => control<HTMLInputElement>("Fold sector actors into countries").click());
    act(() => control<HTMLInputElement>("Summed Goldstein score").click());
    type(control("Minimum events per edge"), "3");
    type(control("Top entities"), "50");
    expect(value).toEqual({ fold: true, weight: "goldstein", minCount: 3, topN: 50 });
    type(control("Top entities"), "");
    expect(value.topN).toBeUndefined();
    expect(host.querySelector('[role="status"]')!.textContent).toBe("Hidden: 3 events.");
  });
});

describe("events behind an edge", () => {
  it("lists them by date and links only http(s) sources", () => {
    const base = { code: "190", goldstein: -10, subject: "A", object: "B" };
    render(
      createElement(AggregateEventsPanel, {
        source: "Chad",
        target: "Boko Haram",
        className: "material conflict",
        file: "events.tsv",
        events: [
          { ...base, id: 1, date: "2015-02-01", label: "Use conventional military force", row: 10, url: "https://news.example/a" },
          { ...base, id: 2, date: "2015-02-03", label: "Use conventional military force", row: 12, url: "javascript:alert(1)" },
          { ...base, id: 3, date: "2015-02-04", label: "Use conventional military force", row: 15 },
        ],
      }),
    );
    expect(host.querySelector("h2")!.textContent).toBe("Chad → Boko Haram");
    const cells = [...host.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
    expect(cells.map((c) => [c[0], c[4]])).toEqual([["2015-02-01", "news.example"], ["2015-02-03", "events.tsv, row 12"], ["2015-02-04", "events.tsv, row 15"]]);
    expect([...host.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual(["https://news.example/a"]);
  });
});
