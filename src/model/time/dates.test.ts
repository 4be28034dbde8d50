import { describe, expect, it } from "vitest";
import { dayNumber, isoDay, parseDate, spanOf, yearOf } from "./dates";

describe("parseDate", () => {
  it("spans a year from 1 Jan to 31 Dec", () => {
    const s = spanOf("2023");
    expect([isoDay(s.first), isoDay(s.last), s.precision]).toEqual(["2023-01-01", "2023-12-31", "year"]);
  });
  it("spans a month to its last day, leap years included", () => {
    expect(isoDay(spanOf("2024-02").last)).toBe("2024-02-29");
    expect(isoDay(spanOf("2023-02").last)).toBe("2023-02-28");
    expect(isoDay(spanOf("2024-08").last)).toBe("2024-08-31");
    expect(isoDay(spanOf("2024-12").last)).toBe("2024-12-31");
  });
  it("spans a day to itself", () => {
    const s = spanOf("2024-08-28");
    expect(s.first).toBe(s.last);
    expect(isoDay(s.first)).toBe("2024-08-28");
    expect(s.precision).toBe("day");
  });
  it("marks approximate dates and keeps their span", () => {
    const s = spanOf("2025-05~");
    expect(s.approximate).toBe(true);
    expect([isoDay(s.first), isoDay(s.last)]).toEqual(["2025-05-01", "2025-05-31"]);
    expect(spanOf("2025-05").approximate).toBe(false);
  });
  it.each(["2023-02-30", "2023-13", "2023-00", "2023-04-31", "2023-01-00", "2023-1-1", "23", "2023/01/01", "2023-01-01~~", "", "2024-08-26T00:00"])(
    "rejects %j",
    (text) => {
      expect(typeof parseDate(text)).toBe("string");
    },
  );
  it("accepts 29 February only in leap years", () => {
    expect(typeof parseDate("2024-02-29")).toBe("object");
    expect(typeof parseDate("2023-02-29")).toBe("string");
    expect(typeof parseDate("1900-02-29")).toBe("string");
    expect(typeof parseDate("2000-02-29")).toBe("object");
  });
  it("counts days continuously across years", () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(2024, 1, 1) - dayNumber(2023, 12, 31)).toBe(1);
    expect(yearOf(dayNumber(2023, 12, 31))).toBe(2023);
  });
});

describe("yearOf", () => {
  const byDate = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
  it("gives a Date's UTC year for every day from about 220 BC to AD 4160", () => {
    let wrong = 0;
    for (let day = -800_000; day <= 800_000; day++) if (yearOf(day) !== byDate(day)) wrong++;
    expect(wrong).toBe(0);
  });
  it("agrees on parts of days, the ends of a Date's range, and days beyond it", () => {
    for (const day of [-0.5, 0.5, 365.999, -365.25, 1e8, -1e8, 99_999_999.5]) expect(yearOf(day)).toBe(byDate(day));
    for (const day of [1e8 + 1, -1e8 - 1, Infinity, -Infinity, NaN]) expect(yearOf(day)).toBeNaN();
  });
});
