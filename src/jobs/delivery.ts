import { type ConnectionOptions, Queue, UnrecoverableError, Worker } from "bullmq";
import type { Delivery, Notification } from "../domain/outbox.js";
import type { Logger } from "../logger.js";

/**
 * One queue carries every message the bot sends on its own initiative (outside
 * a reply): notifications and per-person command menus, moved here from the
 * outbox (see outbox.ts). Workers in any number of processes share Telegram's
 * global rate through BullMQ's queue limiter.
 */
const DELIVERY_QUEUE = "delivery";

export type DeliveryJob = Delivery & { personId: string };

/** How a failed send should be treated, read off Telegram's answer. */
export type SendFailure =
  | { kind: "rate-limited"; retryAfterSeconds: number }
  | { kind: "unreachable" }
  | { kind: "rejected" }
  | { kind: "transient" };

export interface Sender {
  notify(personId: bigint, notification: Notification): Promise<void>;
  syncCommands(personId: bigint): Promise<void>;
  classify(error: unknown): SendFailure;
}

export function createDeliveryQueue(connection: ConnectionOptions, prefix: string): Queue<DeliveryJob> {
  return new Queue<DeliveryJob>(DELIVERY_QUEUE, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts: 6,
      backoff: { type: "exponential", delay: 2000 },
      removeOnComplete: { age: 24 * 3600, count: 10_000 },
      removeOnFail: { age: 7 * 24 * 3600 },
    },
  });
}

export function createDeliveryWorker(options: {
  connection: ConnectionOptions;
  prefix: string;
  sender: Sender;
  markUnreachable: (personId: bigint) => Promise<void>;
  ratePerSecond: number;
  logger: Logger;
}): Worker<DeliveryJob> {
  const { sender, logger } = options;
  const worker: Worker<DeliveryJob> = new Worker<DeliveryJob>(
    DELIVERY_QUEUE,
    async (job) => {
      const personId = BigInt(job.data.personId);
      try {
        if (job.data.kind === "notify") await sender.notify(personId, job.data.notification);
        else await sender.syncCommands(personId);
      } catch (error) {
        const failure = sender.classify(error);
        switch (failure.kind) {
          case "rate-limited":
            // Telegram asked the whole bot to wait: pause the queue, not just this job.
            await worker.rateLimit(failure.retryAfterSeconds * 1000);
            throw Worker.RateLimitError();
          case "unreachable":
            await options.markUnreachable(personId);
            logger.info({ jobId: job.id, personId: job.data.personId }, "recipient unreachable");
            return;
          case "rejected":
            throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
          case "transient":
            throw error;
        }
      }
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      concurrency: 8,
      limiter: { max: options.ratePerSecond, duration: 1000 },
    },
  );
  worker.on("failed", (job, error) => logger.warn({ jobId: job?.id, kind: job?.data.kind, err: error.message }, "delivery failed"));
  worker.on("error", (error) => logger.error({ err: error }, "delivery worker error"));
  return worker;
}
