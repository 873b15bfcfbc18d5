import { type ConnectionOptions, Queue, UnrecoverableError, Worker } from "bullmq";
import type { Logger } from "../logger.js";

/**
 * One queue carries every message the bot sends on its own initiative (outside
 * a reply): notifications and per-person command menus. Workers in any number
 * of processes share Telegram's global rate through BullMQ's queue limiter.
 */
const DELIVERY_QUEUE = "delivery";

export type Notification =
  | { kind: "ngo-pending"; ngoId: string; submittedAt: number }
  | { kind: "ngo-approved"; ngoId: string }
  | { kind: "ngo-rejected"; ngoId: string }
  | { kind: "official-granted" }
  | { kind: "official-revoked" }
  | { kind: "member-joined"; ngoId: string; memberId: string }
  | { kind: "member-removed"; ngoId: string }
  | { kind: "leadership-received"; ngoId: string };

export type DeliveryJob = { kind: "notify"; personId: string; notification: Notification } | { kind: "commands"; personId: string };

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

/** Enqueues deliveries; the bot and the services' callers use it, workers carry it out. */
export class Notifier {
  constructor(
    private readonly queue: Queue<DeliveryJob>,
    private readonly adminIds: ReadonlySet<bigint>,
  ) {}

  /**
   * With `once`, the same notification to the same person is enqueued only once
   * (a retried handler, two officials pressing together): the job id is its content.
   */
  async notify(personIds: readonly bigint[], notification: Notification, options: { once?: boolean } = {}): Promise<void> {
    await this.queue.addBulk(
      personIds.map((id) => ({
        name: notification.kind,
        data: { kind: "notify" as const, personId: String(id), notification },
        opts: options.once ? { jobId: [...Object.values(notification), id].join(".") } : {},
      })),
    );
  }

  /** NGOs to review go to the officials covering the county, or to the superadmins if nobody does yet. */
  notifyReviewers(reviewerIds: readonly bigint[], ngo: { id: string; updatedAt: Date }): Promise<void> {
    const recipients = reviewerIds.length > 0 ? reviewerIds : [...this.adminIds];
    return this.notify(recipients, { kind: "ngo-pending", ngoId: ngo.id, submittedAt: ngo.updatedAt.getTime() }, { once: true });
  }

  async syncCommands(personIds: readonly bigint[]): Promise<void> {
    await this.queue.addBulk(personIds.map((id) => ({ name: "commands", data: { kind: "commands" as const, personId: String(id) } })));
  }
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
