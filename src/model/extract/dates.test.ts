import { describe, expect, it } from "vitest";
import { findDates } from "./dates";

const past = () => false;
const dates = (text: string, published: string, anchor?: string, future = past) =>
  findDates(text, 0, published, anchor, future).map((d) => `${d.text}=${d.date}`);

describe("dates against a fixed publication date", () => {
  // Friday 30 August 2024.
  const pub = "2024-08-30";
  it("takes weekdays and months without a year in the past of a past-tense clause", () => {
    expect(dates("They met on Monday.", pub)).toEqual(["on Monday=2024-08-26"]);
    expect(dates("It left in January.", pub)).toEqual(["January=2024-01"]);
    expect(dates("Talks began on August 2.", pub)).toEqual(["August 2=2024-08-02"]);
  });

  it("takes them in the future of a future clause", () => {
    expect(dates("They will meet in January.", pub, undefined, () => true)).toEqual(["January=2025-01"]);
    expect(dates("They will meet on Monday.", pub, undefined, () => true)).toEqual(["on Monday=2024-09-02"]);
  });

  it("keeps the precision the text gives: year, month, day", () => {
    expect(dates("in July 2025", pub)).toEqual(["July 2025=2025-07"]);
    expect(dates("signed in 2020, and 1,500 troops", pub)).toEqual(["2020=2020"]);
    expect(dates("last year's coup", pub)).toEqual(["last year=2023"]);
    expect(dates("in July of last year", pub)).toEqual(["July of last year=2023-07"]);
    expect(dates("on 28 August 2024", pub)).toEqual(["on 28 August 2024=2024-08-28"]);
  });

  it("marks approximate dates", () => {
    expect(dates("around 2019", pub)).toEqual(["2019=2019~"]);
  });

  it("resolves 'the previous day' from the last day given, in the sentence or before it", () => {
    expect(dates("The statement of 29 August said they met the previous day.", pub)).toEqual([
      "29 August=2024-08-29",
      "the previous day=2024-08-28",
    ]);
    expect(dates("Two days later they signed.", pub, "2024-08-20")).toEqual(["Two days later=2024-08-22"]);
    expect(dates("The day before, nothing.", pub)).toEqual([]); // no day to count from
  });

  it("takes a weekday that contradicts its day of the month as that weekday of the week before publication, approximate", () => {
    // 26 August 2024 was a Monday; the Thursday before publication is the 29th.
    expect(dates("released on Thursday, August 26", pub)).toEqual(["on Thursday, August 26=2024-08-29~"]);
  });

  it("flags 'since' dates", () => {
    expect(findDates("ever since 2023", 0, pub, undefined, past)[0].since).toBe(true);
  });
});
