import { describe, expect, it } from "vitest";
import { tehranDate } from "../../src/domain/calendar.js";
import {
  monthBounds,
  monthGrid,
  monthLength,
  monthOf,
  monthTitle,
  shiftMonth,
  weekdayFromSaturday,
  weekdayNames,
} from "../../src/domain/month-grid.js";

describe("the Solar Hijri month calendar", () => {
  it("when a month's length is asked, then the first six have 31 days, the next five 30, and Esfand 29, or 30 in a leap year", () => {
    expect([1, 2, 3, 4, 5, 6].map((jm) => monthLength({ jy: 1405, jm }))).toEqual([31, 31, 31, 31, 31, 31]);
    expect([7, 8, 9, 10, 11].map((jm) => monthLength({ jy: 1405, jm }))).toEqual([30, 30, 30, 30, 30]);
    // 1403 is a leap year (Esfand 30 = 20 March 2025); 1404 and 1405 are not.
    expect(monthLength({ jy: 1403, jm: 12 })).toBe(30);
    expect(monthLength({ jy: 1404, jm: 12 })).toBe(29);
    expect(monthLength({ jy: 1405, jm: 12 })).toBe(29);
  });

  it("when the first weekday is asked, then it counts from Saturday, as the Iranian week does", () => {
    // 1 Farvardin 1405 = Saturday 21 March 2026; 1 Azar 1405 = Sunday 22 November 2026; 1 Dey 1405 = Tuesday 22 December 2026.
    expect(weekdayFromSaturday({ jy: 1405, jm: 1, jd: 1 })).toBe(0);
    expect(weekdayFromSaturday({ jy: 1405, jm: 9, jd: 1 })).toBe(1);
    expect(weekdayFromSaturday({ jy: 1405, jm: 10, jd: 1 })).toBe(3);
    // 1 Farvardin 1404 = Friday 21 March 2025.
    expect(weekdayFromSaturday({ jy: 1404, jm: 1, jd: 1 })).toBe(6);
  });

  it("when a month is laid out, then its weeks run Saturday to Friday with the days before the 1st and after the last empty", () => {
    const dey = monthGrid({ jy: 1405, jm: 10 });
    expect(dey.every((week) => week.length === 7)).toBe(true);
    expect(dey[0]?.slice(0, 4)).toEqual([null, null, null, { jy: 1405, jm: 10, jd: 1 }]);
    const days = dey.flat().filter((d) => d !== null);
    expect(days.map((d) => d.jd)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    // 30 days from a Tuesday: 3 + 30 = 33 cells, so five weeks, the last ending with an empty Thursday and Friday.
    expect(dey).toHaveLength(5);
    expect(dey[4]?.slice(4)).toEqual([{ jy: 1405, jm: 10, jd: 30 }, null, null]);

    // Esfand 1403, a leap year's: 30 days, the 30th a Thursday (20 March 2025).
    const esfand = monthGrid({ jy: 1403, jm: 12 }).flat();
    expect(esfand.filter((d) => d !== null)).toHaveLength(30);
    expect(esfand.indexOf(esfand.find((d) => d?.jd === 30) ?? null) % 7).toBe(5);
  });

  it("when months are stepped through, then the year turns after Esfand and before Farvardin", () => {
    expect(shiftMonth({ jy: 1405, jm: 12 }, 1)).toEqual({ jy: 1406, jm: 1 });
    expect(shiftMonth({ jy: 1405, jm: 1 }, -1)).toEqual({ jy: 1404, jm: 12 });
    expect(shiftMonth({ jy: 1405, jm: 9 }, -21)).toEqual({ jy: 1403, jm: 12 });
  });

  it("when a month's bounds are asked, then they are midnight in Tehran on its first day and on the next month's", () => {
    const { start, end } = monthBounds({ jy: 1405, jm: 9 });
    // 00:00 Tehran (UTC+03:30) on 22 November and 22 December 2026.
    expect(start.toISOString()).toBe("2026-11-21T20:30:00.000Z");
    expect(end.toISOString()).toBe("2026-12-21T20:30:00.000Z");
    expect(monthOf(start)).toEqual({ jy: 1405, jm: 9 });
    expect(monthOf(new Date(end.getTime() - 1))).toEqual({ jy: 1405, jm: 9 });
    expect(tehranDate(end)).toEqual({ jy: 1405, jm: 10, jd: 1 });
  });

  it("when a month is named, then it is the Solar Hijri month of its language, with the year in its digits, and the week starts on Saturday", () => {
    expect(monthTitle({ jy: 1405, jm: 9 }, "fa")).toBe("آذر ۱۴۰۵");
    expect(monthTitle({ jy: 1405, jm: 12 }, "fa")).toBe("اسفند ۱۴۰۵");
    expect(monthTitle({ jy: 1405, jm: 9 }, "az")).toBe("Azər 1405");
    expect(monthTitle({ jy: 1406, jm: 1 }, "en")).toBe("Farvardin 1406");
    expect(weekdayNames("fa")[0]).toBe("شنبه");
    expect(weekdayNames("fa")[6]).toBe("جمعه");
    expect(weekdayNames("en")).toEqual(["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"]);
  });
});
