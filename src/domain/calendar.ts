import { toJalaali } from "jalaali-js";

export type Locale = "fa" | "az" | "en";
export const LOCALES: readonly Locale[] = ["fa", "az", "en"];
export const DEFAULT_LOCALE: Locale = "fa";
const TIME_ZONE = "Asia/Tehran";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Dates as people read them: Solar Hijri for fa (Persian digits) and az, Gregorian for en. */
export function formatDate(date: Date, locale: Locale): string {
  const intlLocale = locale === "fa" ? "fa-IR-u-ca-persian" : locale === "az" ? "az-u-ca-persian" : "en-GB";
  const parts = new Intl.DateTimeFormat(intlLocale, {
    timeZone: TIME_ZONE,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const month = locale === "az" ? capitalise(part("month")) : part("month");
  return `${part("day")} ${month} ${part("year")}`;
}

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase("az") + word.slice(1);
}

/** The Solar Hijri year of a moment in Tehran. */
export function solarHijriYear(date: Date): number {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" })
    .format(date)
    .split("-")
    .map(Number) as [number, number, number];
  return toJalaali(y, m, d).jy;
}

/** A year or code number as written in the locale: Persian digits for fa, no thousands separator. */
export function plainNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "fa" ? "fa-IR" : "en", { useGrouping: false }).format(value);
}
