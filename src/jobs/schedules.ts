import { type ConnectionOptions, Queue, Worker } from "bullmq";
import type { Logger } from "../logger.js";

/**
 * Periodic work on a BullMQ job scheduler: however many worker processes run,
 * each tick is one job, taken by one of them. The tasks themselves are
 * idempotent (they record what they did in Postgres), so a tick repeated after
 * a crash, or a slow one overlapping the next, does nothing twice.
 */
const SCHEDULE_QUEUE = "schedules";
const TIME_ZONE = "Asia/Tehran";

/** Each task runs every so many milliseconds, or on a cron pattern read in Tehran time. */
export type ScheduledTasks = Record<string, ({ everyMs: number } | { cron: string }) & { run: () => Promise<unknown> }>;

export async function startSchedules(options: {
  connection: ConnectionOptions;
  prefix: string;
  tasks: ScheduledTasks;
  logger: Logger;
}): Promise<{ restore(): Promise<void>; close(): Promise<void> }> {
  const { connection, prefix, tasks, logger } = options;
  const queue = new Queue(SCHEDULE_QUEUE, { connection, prefix });
  queue.on("error", (error: Error) => logger.warn({ err: error.message }, "schedule queue error"));
  // The schedulers live in Redis: restored after Redis lost its data (see recovery.ts).
  const restore = async () => {
    for (const [name, task] of Object.entries(tasks)) {
      await queue.upsertJobScheduler(name, "cron" in task ? { pattern: task.cron, tz: TIME_ZONE } : { every: task.everyMs }, {
        name,
        opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 500 } },
      });
    }
  };
  await restore();
  const worker = new Worker(
    SCHEDULE_QUEUE,
    async (job) => {
      const task = tasks[job.name];
      if (!task) throw new Error(`no scheduled task named ${job.name}`);
      return task.run();
    },
    { connection, prefix, concurrency: 1 },
  );
  worker.on("failed", (job, error) => logger.warn({ task: job?.name, err: error.message }, "scheduled task failed"));
  worker.on("error", (error) => logger.error({ err: error }, "schedule worker error"));
  return {
    restore,
    async close() {
      await worker.close();
      await queue.close();
    },
  };
}
