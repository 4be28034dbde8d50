import { describe, expect, it } from "vitest";
import { dayText, looksComplete, readDay, readDayWithin } from "./dayInput";

const iso = (text: string) => {
  const r = readDay(text);
  return r.ok ? r.iso : `error: ${r.error}`;
};

describe("reading a typed or pasted day", () => {
  it("takes ISO days, with or without leading zeros", () => {
    expect(iso("2022-01-01")).toBe("2022-01-01");
    expect(iso(" 2024-3-7 ")).toBe("2024-03-07");
    expect(iso("2024-02-29")).toBe("2024-02-29");
  });
  it("takes day/month/year with slashes, dots, dashes or spaces, the year always kept", () => {
    for (const text of ["01/01/2022", "1/1/2022", "01.01.2022", "1-1-2022", "1 1 2022", "01 / 01 / 2022"]) expect(iso(text)).toBe("2022-01-01");
    expect(iso("13/12/2023")).toBe("2023-12-13");
    expect(iso("5.11.1999")).toBe("1999-11-05");
  });
  it("takes eight digits as day, month, year (what the issue typed) or as year, month, day", () => {
    expect(iso("01012022")).toBe("2022-01-01");
    expect(iso("28082024")).toBe("2024-08-28");
    expect(iso("20240828")).toBe("2024-08-28");
  });
  it("takes the month by name, day first or month first", () => {
    expect(iso("1 March 2024")).toBe("2024-03-01");
    expect(iso("1 mar 2024")).toBe("2024-03-01");
    expect(iso("28th of August, 2024")).toBe("2024-08-28");
    expect(iso("Aug 28, 2024")).toBe("2024-08-28");
    expect(iso("September 3 2023")).toBe("2023-09-03");
  });
  it("refuses impossible days and says why", () => {
    expect(readDay("2023-02-29")).toEqual({ ok: false, error: "There is no 29 Feb 2023: that month has 28 days." });
    expect(readDay("31/04/2024")).toEqual({ ok: false, error: "There is no 31 Apr 2024: that month has 30 days." });
    expect(readDay("2024-13-01")).toEqual({ ok: false, error: "There is no month 13." });
    expect(readDay("00/01/2024").ok).toBe(false);
    expect(readDay("1 Smarch 2024")).toEqual({ ok: false, error: "“smarch” is not a month." });
  });
  it("refuses what is not a day", () => {
    for (const text of ["", "2024", "2024-03", "1/3/24", "yesterday", "2024-03-01T00:00", "1/2/3/2024"]) expect(readDay(text).ok).toBe(false);
  });
  it("keeps to the data's days", () => {
    expect(readDayWithin("1/1/2022", "1975-01-01", "2025-12-31")).toEqual({ ok: true, iso: "2022-01-01" });
    expect(readDayWithin("2030-01-01", "1975-01-01", "2025-12-31")).toEqual({
      ok: false,
      error: "1 Jan 2030 is outside the data, which runs from 1 Jan 1975 to 31 Dec 2025.",
    });
    expect(readDayWithin("2030-02-30", "1975-01-01", "2025-12-31").ok).toBe(false);
  });
});

describe("a day that looks complete takes effect while typing", () => {
  it("once the year (day/month/year) or a two-digit day (ISO) is there", () => {
    expect(["0", "01", "01/0", "01/01/202", "2024-03-1", "2024-03", "1 March 2024"].some(looksComplete)).toBe(false);
    expect(["01/01/2022", "2024-03-15", "2024-3-15", "01012022"].every(looksComplete)).toBe(true);
  });
});

describe("a day shown back", () => {
  it("names the month", () => {
    expect(dayText("2024-03-01")).toBe("1 Mar 2024");
  });
});
