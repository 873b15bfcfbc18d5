import { describe, expect, it } from "vitest";
import { dueReminderStep } from "../../src/domain/meetings/scheduling.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The default reminder times: 7 days, 1 day and 2 hours before the start. */
const BEFORE = [7 * DAY, DAY, 2 * HOUR];
const startsAt = new Date("2026-12-20T07:00:00Z");
const at = (msBeforeStart: number) => new Date(startsAt.getTime() - msBeforeStart);

describe("which meeting reminder is due", () => {
  it("when no reminder time has come yet, then none is due", () => {
    expect(dueReminderStep({ startsAt, scheduledAt: at(30 * DAY) }, BEFORE, at(8 * DAY))).toBeNull();
  });

  it("when a reminder time has come, then that reminder is due until the next one's time", () => {
    const meeting = { startsAt, scheduledAt: at(30 * DAY) };
    expect(dueReminderStep(meeting, BEFORE, at(7 * DAY))).toBe(0);
    expect(dueReminderStep(meeting, BEFORE, at(2 * DAY))).toBe(0);
    expect(dueReminderStep(meeting, BEFORE, at(DAY - 1))).toBe(1);
    expect(dueReminderStep(meeting, BEFORE, at(HOUR))).toBe(2);
  });

  it("when the workers were away through several reminder times, then only the latest is due", () => {
    expect(dueReminderStep({ startsAt, scheduledAt: at(30 * DAY) }, BEFORE, at(HOUR))).toBe(2);
  });

  it("when a reminder's time had passed before the meeting was scheduled or moved, then it is never due", () => {
    const scheduledLate = { startsAt, scheduledAt: at(3 * DAY) };
    expect(dueReminderStep(scheduledLate, BEFORE, at(2 * DAY))).toBeNull();
    expect(dueReminderStep(scheduledLate, BEFORE, at(DAY))).toBe(1);
    expect(dueReminderStep({ startsAt, scheduledAt: at(HOUR) }, BEFORE, at(HOUR / 2))).toBeNull();
  });

  it("when the meeting has started, then no reminder is due", () => {
    expect(dueReminderStep({ startsAt, scheduledAt: at(30 * DAY) }, BEFORE, startsAt)).toBeNull();
  });
});
