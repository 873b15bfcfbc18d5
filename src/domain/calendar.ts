import { isValidJalaaliDate, toGregorian, toJalaali } from "jalaali-js";
import type { Locale } from "./shared/locale.js";
import { latinDigits } from "./text.js";

/**
 * Tehran has kept UTC+03:30 all year since daylight saving ended in 2022.
 * Every Tehran date and time is read from the moment shifted by that much,
 * as if in UTC, so calculations and displays agree.
 */
const TEHRAN_OFFSET_MS = 3.5 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;

/** The moment whose UTC reading is Tehran's wall clock at `moment`. */
const tehranWallClock = (moment: Date) => new Date(moment.getTime() + TEHRAN_OFFSET_MS);

/**
 * The formats of dates and times, made once: building an Intl.DateTimeFormat costs far more than
 * formatting with it (a burst of edited invitations spent 8% of its time on it).
 */
const dateFormat = (intlLocale: string) =>
  new Intl.DateTimeFormat(intlLocale, { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
const DATE_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  fa: dateFormat("fa-IR-u-ca-persian"),
  az: dateFormat("az-u-ca-persian"),
  en: dateFormat("en-GB"),
};
const timeFormat = (intlLocale: string) =>
  new Intl.DateTimeFormat(intlLocale, { timeZone: "UTC", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const TIME_FORMATS: Record<Locale, Intl.DateTimeFormat> = { fa: timeFormat("fa-IR"), az: timeFormat("en-GB"), en: timeFormat("en-GB") };

/**
 * A format kept per locale and Tehran day or minute (`unitMs`): a burst of edited invitations shows one meeting's date
 * thousands of times, at about 10 µs each with Intl. Emptied when full.
 */
function keptPer(unitMs: number, format: (moment: Date, locale: Locale) => string): (moment: Date, locale: Locale) => string {
  const kept = new Map<string, string>();
  return (moment, locale) => {
    const key = `${locale}${Math.floor(tehranWallClock(moment).getTime() / unitMs)}`;
    let text = kept.get(key);
    if (text === undefined) {
      text = format(moment, locale);
      if (kept.size >= 10_000) kept.clear();
      kept.set(key, text);
    }
    return text;
  };
}

/** Dates as people read them: Solar Hijri for fa (Persian digits) and az, Gregorian for en. */
export const formatDate = keptPer(DAY_MS, (date, locale) => {
  const parts = DATE_FORMATS[locale].formatToParts(tehranWallClock(date));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const month = locale === "az" ? capitalise(part("month")) : part("month");
  return `${part("day")} ${month} ${part("year")}`;
});

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase("az") + word.slice(1);
}

/** The Solar Hijri year of a moment in Tehran. */
export function solarHijriYear(date: Date): number {
  return tehranDate(date).jy;
}

/** A year or code number as written in the locale: Persian digits for fa, no thousands separator. */
export function plainNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "fa" ? "fa-IR" : "en", { useGrouping: false }).format(value);
}

export type SolarHijriDate = { jy: number; jm: number; jd: number };

/** A typed Solar Hijri date such as 1405/10/15, ۱۴۰۵-۱۰-۱۵ or 1405.1.5; null when it is no real date. */
export function parseSolarHijriDate(text: string): SolarHijriDate | null {
  const match = /^\s*(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*$/.exec(latinDigits(text));
  if (!match) return null;
  const [jy, jm, jd] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidJalaaliDate(jy, jm, jd) ? { jy, jm, jd } : null;
}

/** The Solar Hijri date of a moment, in Tehran. */
export function tehranDate(moment: Date): SolarHijriDate {
  const local = tehranWallClock(moment);
  return toJalaali(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/** The moment a Tehran day begins (00:00 local time). */
export function startOfTehranDay({ jy, jm, jd }: SolarHijriDate): Date {
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return new Date(Date.UTC(gy, gm - 1, gd) - TEHRAN_OFFSET_MS);
}

/** The moment a Tehran day ends (24:00 local time): a deadline "on" that day. */
export function endOfTehranDay(date: SolarHijriDate): Date {
  return new Date(startOfTehranDay(date).getTime() + DAY_MS);
}

/** The day a deadline falls on, for showing it: the last moment before it. */
export function dayOfDeadline(deadline: Date): Date {
  return new Date(deadline.getTime() - 1);
}

/** Whole days from the Tehran day of `from` to that of `to`. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((startOfTehranDay(tehranDate(to)).getTime() - startOfTehranDay(tehranDate(from)).getTime()) / DAY_MS);
}

/** A typed Solar Hijri date and time such as 1405/09/20 10:30 (any digits), in Tehran; null when invalid. */
export function parseSolarHijriDateTime(text: string): Date | null {
  const match = /^\s*(\S+)\s+(\d{1,2})\s*[:٫.]\s*(\d{2})\s*$/.exec(latinDigits(text));
  if (!match) return null;
  const date = parseSolarHijriDate(match[1] ?? "");
  const [hours, minutes] = [Number(match[2]), Number(match[3])];
  if (!date || hours > 23 || minutes > 59) return null;
  return new Date(startOfTehranDay(date).getTime() + (hours * 60 + minutes) * 60_000);
}

/** A moment as people read it: the date (Solar Hijri for fa and az) and the time in Tehran; «۱۰ آذر ۱۴۰۵، ۲۱:۲۰» in Persian. */
export function formatDateTime(moment: Date, locale: Locale): string {
  return `${formatDate(moment, locale)}${locale === "fa" ? "،" : ","} ${formatTime(moment, locale)}`;
}

/** The time of a moment in Tehran, hours and minutes: «۱۰:۳۰» in Persian. */
export const formatTime = keptPer(60_000, (moment, locale) => TIME_FORMATS[locale].format(tehranWallClock(moment)));

/** A quarter of the Solar Hijri year: its seasons (1 = spring, Farvardin to Khordad; 4 = winter). */
export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4 };

/** The quarter a moment falls in, in Tehran. */
export function quarterOf(moment: Date): Quarter {
  const { jy, jm } = tehranDate(moment);
  return { year: jy, quarter: Math.ceil(jm / 3) as Quarter["quarter"] };
}

/** The quarter `steps` quarters after (or, negative, before) the given one. */
export function shiftQuarter({ year, quarter }: Quarter, steps: number): Quarter {
  const index = year * 4 + (quarter - 1) + steps;
  return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as Quarter["quarter"] };
}

/** When a quarter begins and ends (00:00 Tehran on its first day, and on the next quarter's). */
export function quarterBounds(q: Quarter): { start: Date; end: Date } {
  const next = shiftQuarter(q, 1);
  return {
    start: startOfTehranDay({ jy: q.year, jm: q.quarter * 3 - 2, jd: 1 }),
    end: startOfTehranDay({ jy: next.year, jm: next.quarter * 3 - 2, jd: 1 }),
  };
}

/** Orders quarters: negative when `a` comes first. */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year * 4 + a.quarter - (b.year * 4 + b.quarter);
}

/** Years people type for the Gregorian calendar, where a Solar Hijri year (13xx–14xx) is expected. */
const GREGORIAN_YEARS = { min: 1900, max: 2199 };

/**
 * A date typed in the Gregorian calendar where a Solar Hijri one is expected (year/month/day,
 * any digits and separators, with or without a time after it), written as the same day in the
 * Solar Hijri calendar, the time kept: "2026/12/08 10:30" → "1405/09/17 10:30". Null when the
 * text is no Gregorian date.
 */
export function gregorianAsSolarHijri(text: string): string | null {
  const match = /^\s*(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:\s+(\d{1,2})\s*[:٫.]\s*(\d{2}))?\s*$/.exec(latinDigits(text));
  if (!match) return null;
  const [gy, gm, gd] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (gy < GREGORIAN_YEARS.min || gy > GREGORIAN_YEARS.max) return null;
  const day = new Date(Date.UTC(gy, gm - 1, gd));
  if (day.getUTCMonth() !== gm - 1 || day.getUTCDate() !== gd) return null;
  const { jy, jm, jd } = toJalaali(gy, gm, gd);
  const two = (n: number) => String(n).padStart(2, "0");
  const date = `${jy}/${two(jm)}/${two(jd)}`;
  return match[4] === undefined ? date : `${date} ${two(Number(match[4]))}:${match[5]}`;
}

/**
 * A Gregorian year typed where a Solar Hijri one is expected, as the Solar Hijri year that
 * begins in it (on 21 March: 2019 → 1398); null for any other number.
 */
export function gregorianYearAsSolarHijri(year: number): number | null {
  return Number.isInteger(year) && year >= GREGORIAN_YEARS.min && year <= GREGORIAN_YEARS.max ? year - 621 : null;
}
