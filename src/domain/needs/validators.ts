import type { NeedPriority, TrainingFormat, TrainingPillar } from "@prisma/client";
import { endOfTehranDay, gregorianAsSolarHijri, parseSolarHijriDate, plainNumber, type SolarHijriDate } from "../calendar.js";
import type { Locale } from "../shared/locale.js";
import { type Checked, checkLength, ok, suggest } from "../shared/validation.js";
import { cleanInput, cleanText } from "../text.js";

export const PILLARS: readonly TrainingPillar[] = ["KNOWLEDGE", "EXPERIENCE", "ON_THE_JOB"];
export const PRIORITIES: readonly NeedPriority[] = ["HIGH", "MEDIUM", "LOW"];
export const FORMATS: readonly TrainingFormat[] = ["IN_PERSON", "ONLINE", "EITHER"];
/** Saturday (0) to Thursday (5): the days trainings can be held. */
export const WEEK_DAYS = [0, 1, 2, 3, 4, 5] as const;
export const TIMES = ["morning", "afternoon", "evening"] as const;
export type TrainingTime = (typeof TIMES)[number];

export const NEEDS_LIMITS = {
  title: { min: 3, max: 120 },
  topics: { min: 1, max: 5 },
  attendees: { min: 1, max: 1000 },
  otherNeed: { min: 3, max: 500 },
  topicName: { min: 3, max: 80 },
  /** Topics in the catalogue: the survey shows them all as buttons (Telegram allows 100 in a keyboard). */
  catalogue: 60,
  /** How far ahead a deadline may be set, in days. */
  deadlineDays: 180,
} as const;

export function checkRoundTitle(input: string): Checked<string> {
  return checkLength(cleanInput(input), NEEDS_LIMITS.title);
}

/** A deadline is a real Solar Hijri date, today or later, and not too far ahead. */
export function checkDeadline(input: string, now: Date, locale: Locale): Checked<SolarHijriDate> {
  const meant = gregorianAsSolarHijri(input);
  if (meant) return suggest("invalid-gregorian-date", meant);
  const date = parseSolarHijriDate(input);
  if (!date) return { ok: false, error: "invalid-date" };
  const end = endOfTehranDay(date).getTime();
  if (end <= now.getTime()) return { ok: false, error: "invalid-deadline-past" };
  if (end > now.getTime() + (NEEDS_LIMITS.deadlineDays + 1) * 86_400_000) {
    return { ok: false, error: "invalid-deadline-far", vars: { days: plainNumber(NEEDS_LIMITS.deadlineDays, locale) } };
  }
  return ok(date);
}

export function checkAttendees(input: string): Checked<number> {
  const digits = cleanInput(input).replace(/[,٬،\s]/g, "");
  const count = /^\d{1,5}$/.test(digits) ? Number(digits) : Number.NaN;
  if (!(count >= NEEDS_LIMITS.attendees.min && count <= NEEDS_LIMITS.attendees.max)) {
    return { ok: false, error: "invalid-attendees", vars: { max: NEEDS_LIMITS.attendees.max } };
  }
  return ok(count);
}

export function checkOtherNeed(input: string): Checked<string> {
  return checkLength(cleanText(input), NEEDS_LIMITS.otherNeed);
}

export function checkTopicName(input: string): Checked<string> {
  return checkLength(cleanInput(input), NEEDS_LIMITS.topicName);
}
