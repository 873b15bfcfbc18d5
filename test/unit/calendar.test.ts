import { describe, expect, it } from "vitest";
import {
  compareQuarters,
  daysBetween,
  endOfTehranDay,
  formatDate,
  formatDateTime,
  parseSolarHijriDateTime,
  quarterBounds,
  quarterOf,
  shiftQuarter,
  solarHijriYear,
  startOfTehranDay,
  tehranDate,
} from "../../src/domain/calendar.js";

/** Nowruz 1405 begins at 00:00 in Tehran on 21 March 2026, which is 20:30 UTC the evening before. */
const nowruz = new Date("2026-03-20T20:30:00Z");
const lastMinuteOf1404 = new Date("2026-03-20T20:29:00Z");

describe("Tehran time", () => {
  it("when the year turns at Nowruz, then the date, year and quarter turn at Tehran's midnight", () => {
    expect(tehranDate(lastMinuteOf1404)).toEqual({ jy: 1404, jm: 12, jd: 29 });
    expect(tehranDate(nowruz)).toEqual({ jy: 1405, jm: 1, jd: 1 });
    expect([solarHijriYear(lastMinuteOf1404), solarHijriYear(nowruz)]).toEqual([1404, 1405]);
    expect([quarterOf(lastMinuteOf1404), quarterOf(nowruz)]).toEqual([
      { year: 1404, quarter: 4 },
      { year: 1405, quarter: 1 },
    ]);
  });

  it("when a Tehran day is asked for, then it runs from 00:00 to 24:00 Tehran time", () => {
    expect(startOfTehranDay({ jy: 1405, jm: 1, jd: 1 })).toEqual(nowruz);
    expect(endOfTehranDay({ jy: 1404, jm: 12, jd: 29 })).toEqual(nowruz);
    expect(endOfTehranDay({ jy: 1405, jm: 9, jd: 30 })).toEqual(new Date("2026-12-21T20:30:00Z"));
  });

  it("when a date and time is typed, then it is read as Tehran time", () => {
    expect(parseSolarHijriDateTime("1405/01/01 00:00")).toEqual(nowruz);
    expect(parseSolarHijriDateTime("۱۴۰۵/۰۹/۲۰ ۱۰:۳۰")).toEqual(new Date("2026-12-11T07:00:00Z"));
  });

  it("when a moment is shown, then its date and time are Tehran's, on either side of midnight", () => {
    expect(formatDate(lastMinuteOf1404, "en")).toBe("20 March 2026");
    expect(formatDate(nowruz, "en")).toBe("21 March 2026");
    expect(formatDateTime(lastMinuteOf1404, "en")).toBe("20 March 2026, 23:59");
    expect(formatDateTime(nowruz, "en")).toBe("21 March 2026, 00:00");
    expect(formatDate(nowruz, "fa")).toBe("۱ فروردین ۱۴۰۵");
    expect(formatDate(lastMinuteOf1404, "fa")).toBe("۲۹ اسفند ۱۴۰۴");
    expect(formatDateTime(nowruz, "fa")).toBe("۱ فروردین ۱۴۰۵، ۰۰:۰۰");
  });

  it("when moments follow each other over days, then each shows its own Tehran date and minute, whatever was shown before", () => {
    // Intl's own reading of Tehran's zone, as a reference for the formats kept per Tehran day and minute.
    const date = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Tehran", day: "numeric", month: "long", year: "numeric" });
    const time = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Tehran", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    for (let minutes = 0; minutes < 3 * 24 * 60; minutes += 7) {
      const moment = new Date(lastMinuteOf1404.getTime() + minutes * 60_000 + 59_000);
      expect(formatDateTime(moment, "en")).toBe(`${date.format(moment)}, ${time.format(moment)}`);
    }
  });

  it("when days are counted, then a minute across Tehran's midnight is one day", () => {
    expect(daysBetween(lastMinuteOf1404, nowruz)).toBe(1);
    expect(daysBetween(nowruz, new Date("2026-03-21T20:29:00Z"))).toBe(0);
  });
});

describe("quarters", () => {
  const q = (year: number, quarter: 1 | 2 | 3 | 4) => ({ year, quarter });

  it("when a quarter is shifted, then the year turns after winter and before spring, by any number of steps", () => {
    expect(shiftQuarter(q(1404, 4), 1)).toEqual(q(1405, 1));
    expect(shiftQuarter(q(1405, 1), -1)).toEqual(q(1404, 4));
    expect(shiftQuarter(q(1405, 2), 6)).toEqual(q(1406, 4));
    expect(shiftQuarter(q(1405, 2), -9)).toEqual(q(1403, 1));
    expect(shiftQuarter(q(1405, 3), 0)).toEqual(q(1405, 3));
  });

  it("when a quarter's bounds are asked for, then it runs from 00:00 Tehran on its first day to the next quarter's", () => {
    expect(quarterBounds(q(1405, 1))).toEqual({ start: nowruz, end: new Date("2026-06-21T20:30:00Z") });
    expect(quarterBounds(q(1404, 4)).end).toEqual(nowruz);
    expect(quarterBounds(q(1405, 2)).start).toEqual(startOfTehranDay({ jy: 1405, jm: 4, jd: 1 }));
    expect(quarterBounds(q(1405, 4)).start).toEqual(startOfTehranDay({ jy: 1405, jm: 10, jd: 1 }));
  });

  it("when quarters follow each other, then one ends where the next begins, and each bound falls in its own quarter", () => {
    for (let step = 0; step < 8; step++) {
      const quarter = shiftQuarter(q(1404, 1), step);
      const { start, end } = quarterBounds(quarter);
      expect(end).toEqual(quarterBounds(shiftQuarter(quarter, 1)).start);
      expect(quarterOf(start)).toEqual(quarter);
      expect(quarterOf(new Date(end.getTime() - 1))).toEqual(quarter);
    }
  });

  it("when quarters are compared, then the earlier one comes first, across years", () => {
    expect(compareQuarters(q(1404, 4), q(1405, 1))).toBeLessThan(0);
    expect(compareQuarters(q(1405, 1), q(1404, 4))).toBeGreaterThan(0);
    expect(compareQuarters(q(1405, 2), q(1405, 2))).toBe(0);
  });
});
