import { gregorianYearAsSolarHijri, plainNumber } from "./calendar.js";
import type { Locale } from "./shared/locale.js";
import { type Checked, checkLength, ok, refuse, suggest } from "./shared/validation.js";
import { cleanInput, cleanText, latinDigits, normaliseName, normaliseRegistrationNumber } from "./text.js";

/**
 * Lengths of what people type, in characters. Together they keep every
 * message built from an NGO (its card with the leader's name: under 2,000)
 * within Telegram's 4,096.
 */
export const LIMITS = {
  name: { min: 3, max: 120 },
  /** As typed, separators included; its letters and digits are checked apart (3 to 20). */
  registrationNumber: { max: 30 },
  authority: { min: 2, max: 120 },
  description: { min: 10, max: 1000 },
  members: { min: 1, max: 100_000 },
  fields: { min: 1, max: 6 },
  firstSolarHijriYear: 1300,
  rejectionReason: { min: 3, max: 500 },
} as const;

export function checkName(input: string): Checked<string> {
  const name = cleanInput(input);
  if (name.length <= LIMITS.name.max && !/\p{L}/u.test(normaliseName(name))) return refuse("invalid-name");
  return checkLength(name, LIMITS.name);
}

export function checkRegistrationNumber(input: string): Checked<string> {
  const number = cleanInput(input);
  if (number.length > LIMITS.registrationNumber.max) {
    return refuse("invalid-too-long", { max: LIMITS.registrationNumber.max, length: number.length });
  }
  const key = normaliseRegistrationNumber(number);
  if (!/\d/.test(key) || key.length < 3 || key.length > 20) return refuse("invalid-registration-number");
  return ok(number);
}

export function checkAuthority(input: string): Checked<string> {
  return checkLength(cleanInput(input), LIMITS.authority);
}

export function checkDescription(input: string): Checked<string> {
  return checkLength(cleanText(input), LIMITS.description);
}

function wholeNumber(input: string): number | undefined {
  const digits = latinDigits(input)
    .trim()
    .replace(/[,٬،\s]/g, "");
  return /^\d{1,7}$/.test(digits) ? Number(digits) : undefined;
}

/** Year founded, in the Solar Hijri calendar, not in the future; a Gregorian year gets its Solar Hijri one offered. */
export function checkFoundedYear(input: string, currentYear: number, locale: Locale): Checked<number> {
  const year = wholeNumber(input);
  const meant = year === undefined ? null : gregorianYearAsSolarHijri(year);
  if (year !== undefined && meant !== null && meant >= LIMITS.firstSolarHijriYear && meant <= currentYear) {
    return suggest("invalid-year-gregorian", String(meant), { year: plainNumber(year, locale) });
  }
  if (year === undefined || year < LIMITS.firstSolarHijriYear || year > currentYear) {
    return refuse("invalid-year", { min: plainNumber(LIMITS.firstSolarHijriYear, locale), max: plainNumber(currentYear, locale) });
  }
  return ok(year);
}

export function checkMemberCount(input: string): Checked<number> {
  const count = wholeNumber(input);
  if (count === undefined || count < LIMITS.members.min || count > LIMITS.members.max) {
    return refuse("invalid-member-count", { max: LIMITS.members.max });
  }
  return ok(count);
}

export function checkRejectionReason(input: string): Checked<string> {
  return checkLength(cleanText(input), LIMITS.rejectionReason);
}
