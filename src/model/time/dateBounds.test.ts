import { describe, expect, it } from "vitest";
import { random } from "../dataset/generate";
import { firstDay, lastDay } from "./dateBounds";
import { parseDate } from "./dates";

/** parseDate's answer in firstDay/lastDay's terms: NaN for a text it refuses. */
function expected(text: string): [number, number] {
  const span = parseDate(text);
  return typeof span === "string" ? [NaN, NaN] : [span.first, span.last];
}

const CHARS = "0123456789-~x ";

describe("firstDay and lastDay", () => {
  it("span a year, a month and a day as parseDate does, leap years and approximate dates included", () => {
    expect([firstDay("2024"), lastDay("2024")]).toEqual(expected("2024"));
    expect([firstDay("2024-02"), lastDay("2024-02")]).toEqual(expected("2024-02"));
    expect([firstDay("2023-02~"), lastDay("2023-02~")]).toEqual(expected("2023-02~"));
    expect([firstDay("2024-02-29"), lastDay("2024-02-29")]).toEqual(expected("2024-02-29"));
    expect(lastDay("2024-02")).toBe(firstDay("2024-02-29"));
  });

  it("refuse what parseDate refuses", () => {
    for (const text of ["", "~", "202", "20245", "2024-", "2024-1", "2024-13", "2024-00", "2023-02-29", "2024-04-31", "2024-01-00", "2024-01-1", "2024~~", "2024-01-01x", "+024", "2024/01", "２０２４"]) {
      expect([text, firstDay(text), lastDay(text)]).toEqual([text, NaN, NaN]);
    }
  });

  it("agree with parseDate on every day of 1999-2001 and on 20,000 random texts near the form", () => {
    for (let year = 1999; year <= 2001; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          expect([text, firstDay(text), lastDay(text)]).toEqual([text, ...expected(text)]);
        }
      }
    }
    const rnd = random(18);
    let valid = 0;
    for (let i = 0; i < 20_000; i++) {
      // A valid date with a character or two changed, dropped or added, so most texts are near misses.
      const chars = [...`${1000 + Math.floor(rnd() * 9000)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, "0")}-${String(1 + Math.floor(rnd() * 31)).padStart(2, "0")}~`];
      for (let n = Math.floor(rnd() * 3); n > 0; n--) chars[Math.floor(rnd() * chars.length)] = CHARS[Math.floor(rnd() * CHARS.length)];
      const text = chars.slice(0, 4 + Math.floor(rnd() * 8)).join("");
      expect([text, firstDay(text), lastDay(text)]).toEqual([text, ...expected(text)]);
      if (!Number.isNaN(firstDay(text))) valid++;
    }
    // Both sides of the line: thousands of texts accepted and thousands refused.
    expect(valid).toBeGreaterThan(3000);
    expect(valid).toBeLessThan(17_000);
  });
});
