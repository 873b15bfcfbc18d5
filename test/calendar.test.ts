import { describe, expect, it } from "vitest";
import {
  daysBetween,
  endOfTehranDay,
  formatDate,
  formatDateTime,
  parseSolarHijriDateTime,
  quarterOf,
  solarHijriYear,
  startOfTehranDay,
  tehranDate,
} from "../src/domain/calendar.js";

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
    expect(formatDateTime(nowruz, "fa")).toBe("۱ فروردین ۱۴۰۵, ۰۰:۰۰");
  });

  it("when days are counted, then a minute across Tehran's midnight is one day", () => {
    expect(daysBetween(lastMinuteOf1404, nowruz)).toBe(1);
    expect(daysBetween(nowruz, new Date("2026-03-21T20:29:00Z"))).toBe(0);
  });
});
