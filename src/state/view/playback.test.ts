import { describe, expect, it } from "vitest";
import { nextView, startView } from "./playback";

const bounds = { min: 1975, max: 2025 };

describe("playback", () => {
  it("slides a window by a year, keeping its width, and stops at the end", () => {
    expect(nextView({ layout: "force", from: 2020, to: 2022 }, bounds, "sliding", false)).toEqual({ layout: "force", from: 2021, to: 2023 });
    expect(nextView({ layout: "force", from: 2022, to: 2025 }, bounds, "sliding", false)).toBeUndefined();
  });
  it("grows a window from its start", () => {
    expect(nextView({ layout: "force", from: 1975, to: 1980 }, bounds, "growing", false)).toEqual({ layout: "force", from: 1975, to: 1981 });
  });
  it("steps by a month at month resolution, across the year end", () => {
    expect(nextView({ layout: "force", from: 2023, fromMonth: 11, to: 2023, toMonth: 12 }, bounds, "sliding", true)).toEqual({ layout: "force", from: 2023, fromMonth: 12, to: 2024, toMonth: 1 });
    expect(nextView({ layout: "force", from: 2025, fromMonth: 1, to: 2025, toMonth: 12 }, bounds, "sliding", true)).toBeUndefined();
  });
  it("moves an as-of day by a year or a month, keeping it a real day", () => {
    expect(nextView({ layout: "force", from: 2023, to: 2025, at: "2024-02-29" }, bounds, "sliding", false)?.at).toBe("2025-02-28");
    expect(nextView({ layout: "force", from: 2023, to: 2025, at: "2024-01-31" }, bounds, "sliding", true)?.at).toBe("2024-02-29");
    expect(nextView({ layout: "force", from: 2023, to: 2025, at: "2025-06-01" }, bounds, "sliding", false)).toBeUndefined();
  });
  it("does not play a comparison", () => {
    expect(nextView({ layout: "force", from: 2023, to: 2025, compare: ["2023-01-01", "2024-01-01"] }, bounds, "sliding", false)).toBeUndefined();
  });
  it("starts from the current window, never the data's first year; at the end it replays the window's span", () => {
    expect(startView({ layout: "force", from: 2020, to: 2022 }, bounds)).toEqual({ layout: "force", from: 2020, to: 2022 });
    expect(startView({ layout: "force", from: 2020, to: 2022 }, bounds)).toEqual({ layout: "force", from: 2020, to: 2022 });
    expect(startView({ layout: "force", from: 2020, to: 2025 }, bounds)).toEqual({ layout: "force", from: 2020, to: 2020 });
    expect(startView({ layout: "force", from: 2023, to: 2025 }, bounds)).toEqual({ layout: "force", from: 2023, to: 2023 });
    expect(startView({ layout: "force", from: 2023, fromMonth: 6, to: 2025, toMonth: 12 }, bounds)).toEqual({ layout: "force", from: 2023, fromMonth: 6, to: 2023, toMonth: 6 });
    expect(startView({ layout: "force", from: 2023, to: 2025, at: "2025-03-01" }, bounds).at).toBe("2023-03-01");
    expect(startView({ layout: "force", from: 2023, to: 2025, at: "2024-03-01" }, bounds).at).toBe("2024-03-01");
  });
});
