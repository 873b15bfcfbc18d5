import type { Queue } from "bullmq";
import type { DeliveryJob } from "./delivery.js";

const REMINDER_PRIORITY = 1;
const jobId = (meetingId: string, startsAt: Date, step: number) => `meeting.${meetingId}.${startsAt.getTime()}.${step}`;

/**
 * A meeting's reminders as delayed jobs on the delivery queue, one per
 * configured time before the start (7 days, 1 day, 2 hours by default). A job
 * carries the start time it was made for, so after a reschedule an old job
 * that still runs reminds nobody.
 */
export class MeetingReminderQueue {
  constructor(
    private readonly queue: Queue<DeliveryJob>,
    /** Times before the start, earliest first. */
    private readonly before: readonly number[],
  ) {}

  /** Queues the reminders still ahead; one whose time has passed already is too late to matter. */
  async schedule(meetingId: string, startsAt: Date): Promise<void> {
    const now = Date.now();
    for (const [step, before] of this.before.entries()) {
      const at = startsAt.getTime() - before;
      if (at <= now) continue;
      await this.queue.add(
        "meeting-reminder",
        { kind: "meeting-reminder", meetingId, step, startsAt: startsAt.toISOString() },
        { jobId: jobId(meetingId, startsAt, step), delay: at - now, priority: REMINDER_PRIORITY, removeOnComplete: true },
      );
    }
  }

  /** Takes the reminders for a start time off the queue (the meeting moved or was called off). */
  async unschedule(meetingId: string, startsAt: Date): Promise<void> {
    for (const step of this.before.keys()) await this.queue.remove(jobId(meetingId, startsAt, step));
  }
}
