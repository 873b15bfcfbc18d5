import { jalaaliMonthLength, toGregorian } from "jalaali-js";
import { plainNumber, type SolarHijriDate, startOfTehranDay, tehranDate } from "./calendar.js";
import type { Locale } from "./shared/locale.js";

/** A month of the Solar Hijri calendar (jm 1 = Farvardin … 12 = Esfand). */
export type SolarHijriMonth = { jy: number; jm: number };

/** Days in a Solar Hijri month: 31 in the first six, 30 in the next five, Esfand 29, or 30 in a leap year. */
export function monthLength({ jy, jm }: SolarHijriMonth): number {
  return jalaaliMonthLength(jy, jm);
}

/** The month `steps` months after (or, negative, before) the given one. */
export function shiftMonth({ jy, jm }: SolarHijriMonth, steps: number): SolarHijriMonth {
  const index = jy * 12 + (jm - 1) + steps;
  return { jy: Math.floor(index / 12), jm: (((index % 12) + 12) % 12) + 1 };
}

/** The month a moment falls in, in Tehran. */
export function monthOf(moment: Date): SolarHijriMonth {
  const { jy, jm } = tehranDate(moment);
  return { jy, jm };
}

/** When a month begins and ends in Tehran (00:00 on its first day, and on the next month's). */
export function monthBounds(month: SolarHijriMonth): { start: Date; end: Date } {
  const next = shiftMonth(month, 1);
  return { start: startOfTehranDay({ ...month, jd: 1 }), end: startOfTehranDay({ ...next, jd: 1 }) };
}

/** The day of the Iranian week a date falls on: 0 for Saturday (the week's first day) … 6 for Friday. */
export function weekdayFromSaturday({ jy, jm, jd }: SolarHijriDate): number {
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  // getUTCDay counts from Sunday (0); Saturday is its 6.
  return (new Date(Date.UTC(gy, gm - 1, gd)).getUTCDay() + 1) % 7;
}

/**
 * A month as a wall calendar shows it: weeks of seven days from Saturday to
 * Friday, the days before the 1st and after the last left empty (null).
 */
export function monthGrid(month: SolarHijriMonth): (SolarHijriDate | null)[][] {
  const days = monthLength(month);
  const cells: (SolarHijriDate | null)[] = Array.from({ length: weekdayFromSaturday({ ...month, jd: 1 }) }, () => null);
  for (let jd = 1; jd <= days; jd++) cells.push({ ...month, jd });
  while (cells.length % 7) cells.push(null);
  const weeks: (SolarHijriDate | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

const INTL_LOCALES: Record<Locale, string> = { fa: "fa-IR", az: "az", en: "en" };
const MONTH_NAMES: Record<Locale, Intl.DateTimeFormat> = {
  fa: new Intl.DateTimeFormat("fa-IR-u-ca-persian", { timeZone: "UTC", month: "long" }),
  az: new Intl.DateTimeFormat("az-u-ca-persian", { timeZone: "UTC", month: "long" }),
  en: new Intl.DateTimeFormat("en-u-ca-persian", { timeZone: "UTC", month: "long" }),
};

/** A month and its year as a calendar's title: «آذر ۱۴۰۵», "Azər 1405", "Azar 1405". */
export function monthTitle(month: SolarHijriMonth, locale: Locale): string {
  const { gy, gm, gd } = toGregorian(month.jy, month.jm, 15);
  const name = MONTH_NAMES[locale].format(new Date(Date.UTC(gy, gm - 1, gd, 12)));
  const shown = locale === "az" ? name.charAt(0).toLocaleUpperCase("az") + name.slice(1) : name;
  return `${shown} ${plainNumber(month.jy, locale)}`;
}

/** The days of the week, Saturday first, as a calendar's column heads. */
export function weekdayNames(locale: Locale): string[] {
  const format = new Intl.DateTimeFormat(INTL_LOCALES[locale], { timeZone: "UTC", weekday: "short" });
  // 3 January 1970 was a Saturday.
  return Array.from({ length: 7 }, (_, day) => format.format(new Date(Date.UTC(1970, 0, 3 + day))));
}
