import type { Queue } from "bullmq";
import type { BroadcastService } from "../domain/broadcasts.js";
import type { Intent } from "../domain/outbox.js";
import type { BroadcastDeliveries, DeliveryJob } from "./delivery.js";

/**
 * Broadcast jobs share the delivery queue, and so Telegram's global rate, with
 * notifications. BullMQ takes jobs without a priority first, so a member's
 * meeting reminder is not stuck behind ten thousand copies of a broadcast.
 */
const START_PRIORITY = 1;
const SEND_PRIORITY = 10;
const CHUNK = 1000;

const startJobId = (broadcastId: string) => `broadcast.${broadcastId}.start`;
export const sendJobId = (broadcastId: string, generation: number, personId: bigint) =>
  `broadcast.${broadcastId}.${generation}.${personId}`;

function chunks<T>(items: T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) result.push(items.slice(i, i + CHUNK));
  return result;
}

/**
 * One broadcast on the queue: a delayed job that resolves the audience when
 * the broadcast is due, then one job per recipient. The workers schedule and
 * control broadcasts through it, from the intents the bot's changes record
 * and from Postgres when recovering; the delivery worker runs their jobs.
 */
export class BroadcastQueue {
  constructor(private readonly queue: Queue<DeliveryJob>) {}

  /** The start job, delayed until `sendAt`; scheduling twice keeps one. */
  async schedule(broadcastId: string, sendAt: Date): Promise<void> {
    await this.queue.add(
      "broadcast-start",
      { kind: "broadcast-start", broadcastId },
      {
        jobId: startJobId(broadcastId),
        delay: Math.max(0, sendAt.getTime() - Date.now()),
        priority: START_PRIORITY,
        // Gone either way, so that the sweep for overdue broadcasts can queue it again.
        removeOnComplete: true,
        removeOnFail: true,
      },
    );
  }

  async enqueue(broadcastId: string, generation: number, personIds: bigint[]): Promise<void> {
    for (const chunk of chunks(personIds)) {
      await this.queue.addBulk(
        chunk.map((personId) => ({
          name: "broadcast",
          data: { kind: "broadcast" as const, broadcastId, personId: String(personId), generation },
          // Completed jobs go at once: the delivery rows in Postgres are the record.
          opts: { jobId: sendJobId(broadcastId, generation, personId), priority: SEND_PRIORITY, removeOnComplete: true },
        })),
      );
    }
  }

  /**
   * Takes a paused or cancelled broadcast's waiting jobs off the queue, so they
   * do not use the send rate for nothing; any already running find the
   * broadcast stopped and send nothing.
   */
  async drop(broadcastId: string, generation: number, personIds: bigint[]): Promise<void> {
    await this.queue.remove(startJobId(broadcastId));
    for (const chunk of chunks(personIds)) {
      await Promise.all(chunk.map((personId) => this.queue.remove(sendJobId(broadcastId, generation, personId))));
    }
  }
}

/**
 * The delivery worker's side of broadcasts: Postgres decides what is due, the queue carries it.
 * A broadcast starts at `clock()`: the time its delayed start job came due.
 */
export function broadcastDeliveries(service: BroadcastService, queue: BroadcastQueue, clock: () => Date): BroadcastDeliveries {
  return {
    async start(broadcastId) {
      const started = await service.start(broadcastId, clock());
      if (started) await queue.enqueue(broadcastId, started.generation, started.pending);
    },
    claim: (broadcastId, personId, generation, claimant) => service.claim(broadcastId, personId, generation, claimant),
    renewClaim: (broadcastId, personId, claimant) => service.renewClaim(broadcastId, personId, claimant),
    record: (broadcastId, personId, status, error) => service.record(broadcastId, personId, status, new Date(), error),
  };
}

/** Carries out a broadcast intent recorded with an official's change (create, pause, resume, cancel). */
export function broadcastIntents(service: BroadcastService, queue: BroadcastQueue): (intent: Intent) => Promise<void> {
  return async (intent) => {
    if (intent.kind === "broadcast-start") await queue.schedule(intent.broadcastId, new Date(intent.sendAt));
    else await queue.drop(intent.broadcastId, intent.generation, await service.queuedRecipients(intent.broadcastId));
  };
}
