import type { Checked } from "../shared/validation.js";
import { checkLength } from "../shared/validation.js";
import { cleanInput, latinDigits } from "../text.js";

export const MEETING_LIMITS = {
  title: { min: 3, max: 120 },
  theme: { min: 10, max: 500 },
  venue: { min: 3, max: 200 },
  headcount: { min: 1, max: 200 },
  agendaItem: { min: 10, max: 300 },
  /** Agenda items one NGO may add to one meeting. */
  agendaPerNgo: 5,
  /** How far ahead a meeting may be scheduled, in days. */
  daysAhead: 200,
} as const;

const checkTyped = (input: string, limits: { min: number; max: number }) => checkLength(cleanInput(input), limits);

export const checkMeetingTitle = (input: string) => checkTyped(input, MEETING_LIMITS.title);
export const checkMeetingTheme = (input: string) => checkTyped(input, MEETING_LIMITS.theme);
export const checkVenue = (input: string) => checkTyped(input, MEETING_LIMITS.venue);
export const checkAgendaItem = (input: string) => checkTyped(input, MEETING_LIMITS.agendaItem);
export const checkOutcomeNote = (input: string) => checkTyped(input, MEETING_LIMITS.agendaItem);

export function checkHeadcount(input: string): Checked<number> {
  const digits = cleanInput(input).replace(/\s/g, "");
  const count = /^\d{1,4}$/.test(digits) ? Number(digits) : Number.NaN;
  if (!(count >= MEETING_LIMITS.headcount.min && count <= MEETING_LIMITS.headcount.max)) {
    return { ok: false, error: "invalid-headcount", vars: { max: MEETING_LIMITS.headcount.max } };
  }
  return { ok: true, value: count };
}

/** A meeting's time: in the future, and not absurdly far. */
export function checkMeetingTime(startsAt: Date | null, now: Date): Checked<Date> {
  if (!startsAt) return { ok: false, error: "invalid-date-time" };
  if (startsAt.getTime() <= now.getTime()) return { ok: false, error: "invalid-time-past" };
  if (startsAt.getTime() > now.getTime() + MEETING_LIMITS.daysAhead * 86_400_000) {
    return { ok: false, error: "invalid-meeting-time-far", vars: { days: MEETING_LIMITS.daysAhead } };
  }
  return { ok: true, value: startsAt };
}

/**
 * A check-in code as people type it from the screen in the room: six digits in any script, in
 * groups or not ("346311", "346 311", "346-311", «۳۴۶ ۳۱۱»). Null for anything else.
 */
export function readCheckInCode(text: string): string | null {
  const digits = latinDigits(text).replace(/[\s\-‐-―.]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}
