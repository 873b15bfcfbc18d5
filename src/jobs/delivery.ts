import type { Messenger } from "@prisma/client";
import { type ConnectionOptions, DelayedError, type Job, Queue, UnrecoverableError, Worker } from "bullmq";
import type { DueDelivery } from "../domain/broadcasts.js";
import type { Delivery, Notification } from "../domain/outbox.js";
import type { Claim, Claimant } from "../domain/shared/claim.js";
import type { Logger } from "../logger.js";
import { type SendLimits, SendsPaused, WINDOW_MS } from "./send-limiter.js";

/**
 * One queue carries every message the bot sends on its own initiative (outside
 * a reply): notifications and per-person command menus, moved here from the
 * outbox (see outbox.ts). Workers in any number of processes share Telegram's
 * global rate through the send limiter (send-limiter.ts).
 */
export const DELIVERY_QUEUE = "delivery";

export type DeliveryJob =
  /**
   * The outbox row it comes from, deleted once the delivery is over (jobs queued before rows were kept have
   * none). `sent`: Telegram took it, recording it is left.
   */
  | (Delivery & { personId: string; outboxId?: string; sent?: boolean })
  /** A broadcast is due: resolve its audience and queue a job per recipient. */
  | { kind: "broadcast-start"; broadcastId: string }
  /** Copy a broadcast to one recipient; `generation` tells jobs queued before a pause from those after. */
  | { kind: "broadcast"; broadcastId: string; personId: string; generation: number; sent?: boolean };

/** How the delivery worker takes part in broadcasts (see broadcasts.ts). */
export interface BroadcastDeliveries {
  start(broadcastId: string): Promise<void>;
  /** The recipient's message, claimed for the job, if it is still due in the job's generation (see Claimant). */
  claim(broadcastId: string, personId: bigint, generation: number, claimant: Claimant): Promise<Claim<DueDelivery>>;
  /** Extends the job's claim while it sends, whatever generation the broadcast has come to meanwhile. */
  renewClaim(broadcastId: string, personId: bigint, claimant: Claimant): Promise<void>;
  record(broadcastId: string, personId: bigint, status: "SENT" | "FAILED" | "UNREACHABLE", error?: string): Promise<void>;
}

/** How a failed send should be treated, read off Telegram's answer. */
export type SendFailure =
  | { kind: "rate-limited"; retryAfterSeconds: number }
  | { kind: "unreachable" }
  | { kind: "rejected" }
  | { kind: "transient" };

/** The outbox rows behind notification jobs: Postgres says whether one is still owed. */
export interface OutboxRecords {
  /** The row claimed for the job (see Claimant), if it is still owed. */
  claim(outboxId: bigint, claimant: Claimant): Promise<Claim<true>>;
  /** Extends the job's claim while it sends. */
  renewClaim(outboxId: bigint, claimant: Claimant): Promise<void>;
  done(outboxId: bigint): Promise<void>;
}

/** Where a person's messages go: their messenger, the bot (its key) that carries them, and their chat there. */
export type Route = { messenger: Messenger; bot: string; chatId: number };

export interface Sender {
  /**
   * The person's route; null when there is nowhere to send (they deleted their data, their messenger is not run);
   * "unreachable" when none of the bots that may carry their messages is one they started.
   */
  route(personId: bigint): Promise<Route | "unreachable" | null>;
  notify(route: Route, personId: bigint, notification: Notification): Promise<void>;
  /**
   * Sends a broadcast to the person: a copy of the official's message on its messenger, its content sent again on
   * another; `paid`: with allow_paid_broadcast, beyond the free rate.
   */
  broadcast(route: Route, due: DueDelivery, options: { paid: boolean }): Promise<void>;
  syncCommands(route: Route, personId: bigint): Promise<void>;
  classify(error: unknown): SendFailure;
}

/** `retryMs`: a job that failed for a passing reason is tried again after it, then after twice as long each time. */
export function createDeliveryQueue(connection: ConnectionOptions, prefix: string, retryMs: number): Queue<DeliveryJob> {
  return new Queue<DeliveryJob>(DELIVERY_QUEUE, {
    connection,
    prefix,
    defaultJobOptions: {
      attempts: 6,
      backoff: { type: "exponential", delay: retryMs },
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
  broadcasts: BroadcastDeliveries;
  outbox: OutboxRecords;
  /** Each bot's own limits (by bot key): its rate, its pauses, its refused chats. */
  limits: ReadonlyMap<string, SendLimits>;
  /** Jobs one worker process runs at once. */
  concurrency: number;
  /** How long a job stays locked to a worker that stopped answering (killed) before another takes it. */
  lockMs: number;
  logger: Logger;
}): Worker<DeliveryJob> {
  const { sender, broadcasts, outbox, logger } = options;
  const limitsOf = (route: Route): SendLimits => {
    const limits = options.limits.get(route.bot);
    if (!limits) throw new Error(`no send limits for ${route.bot}`);
    return limits;
  };
  const severalBots = options.limits.size > 1;
  /**
   * Jobs of this process under way per bot. One bot may hold every slot but one for each other bot: a bot waiting for
   * its own window (or for its messenger to answer) never keeps the others' jobs from being taken.
   */
  const underWay = new Map<string, number>();
  const share = Math.max(1, options.concurrency - (options.limits.size - 1));

  /**
   * Runs the send in the bot's window, unless the bot already holds its share of this process's jobs: then the job
   * waits on the queue for as long as the bot's jobs under way take at its rate, and its slot goes to another job.
   */
  const inTurn = async <T>(job: Job<DeliveryJob>, token: string | undefined, route: Route, send: () => Promise<T>): Promise<T> => {
    const busy = underWay.get(route.bot) ?? 0;
    if (severalBots && busy >= share) {
      const { perSecond } = limitsOf(route);
      await job.moveToDelayed(Date.now() + Math.ceil((busy / perSecond) * WINDOW_MS), token);
      throw new DelayedError();
    }
    underWay.set(route.bot, busy + 1);
    try {
      return await send();
    } finally {
      underWay.set(route.bot, (underWay.get(route.bot) ?? 1) - 1);
    }
  };

  /**
   * Each job claims its message in Postgres before sending it, for as long as a worker that stopped answering keeps
   * its jobs: a second job for the same message waits for the first to record it (or for the claim to lapse, if its
   * worker died) rather than sending it again. Jobs queued again after Redis lost its data, or by a resume, may meet
   * the job that was sending when that happened.
   */
  const withClaim = async <T>(
    job: Job<DeliveryJob>,
    token: string | undefined,
    claims: { take(claimant: Claimant): Promise<Claim<T>>; renew(claimant: Claimant): Promise<void> },
    deliver: (message: T) => Promise<void>,
  ): Promise<void> => {
    const claimant = { by: `${job.id}@${job.timestamp}`, ms: options.lockMs };
    const claimed = await claims.take(claimant);
    if (!claimed) return; // delivered already, or no longer due
    if ("waitMs" in claimed) {
      await job.moveToDelayed(Date.now() + claimed.waitMs, token);
      throw new DelayedError();
    }
    // Renewed while the job runs, as BullMQ renews the job's lock: a send may take longer than the claim.
    const renewal = setInterval(() => void claims.renew(claimant).catch(() => undefined), claimant.ms / 3);
    try {
      await deliver(claimed.send);
    } finally {
      clearInterval(renewal);
    }
  };

  /**
   * Records a send Telegram accepted. If recording fails the job is retried;
   * marked `sent`, the retry only records, so nobody gets the message twice.
   */
  const recordSent = async (job: Job<DeliveryJob>, record: () => Promise<void>): Promise<void> => {
    try {
      await record();
    } catch (error) {
      await job.updateData({ ...job.data, sent: true } as DeliveryJob);
      throw error;
    }
  };

  /** Turns Telegram's refusal into what the job should do; resolves when the job is over (not to be retried). */
  const onFailure = async (
    job: Job<DeliveryJob>,
    token: string | undefined,
    route: Route,
    error: unknown,
    outcome: { unreachable(): Promise<void>; rejected(message: string): Promise<void>; gaveUp(message: string): Promise<void> },
  ): Promise<void> => {
    if (error instanceof DelayedError) throw error; // waiting for its turn (inTurn), not a failure
    if (error instanceof SendsPaused) return stepBack(job, token, error.ms);
    const failure = sender.classify(error);
    const message = error instanceof Error ? error.message : String(error);
    switch (failure.kind) {
      case "rate-limited": {
        const ms = failure.retryAfterSeconds * 1000;
        if ((await limitsOf(route).refusals.refused(BigInt(route.chatId), ms)) === "bot") return stepBack(job, token, ms);
        // This chat's own limit: only its job waits, the others go on.
        await job.moveToDelayed(Date.now() + ms, token);
        throw new DelayedError();
      }
      case "unreachable":
        await outcome.unreachable();
        logger.info({ jobId: job.id }, "recipient unreachable");
        return;
      case "rejected":
        await outcome.rejected(message);
        throw new UnrecoverableError(message);
      case "transient":
        if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await outcome.gaveUp(message);
        throw error;
    }
  };

  /**
   * Telegram asked the whole bot to wait (the pause is in Redis, so every process's sends through it wait): the job
   * goes back to the queue. With one bot, no worker takes jobs until the pause is over, rather than holding them
   * meanwhile; with several, only this job waits (the others' bots are not paused, and each of the paused bot's jobs
   * steps back in turn when it finds the pause).
   */
  const stepBack = async (job: Job<DeliveryJob>, token: string | undefined, ms: number): Promise<never> => {
    if (severalBots) {
      await job.moveToDelayed(Date.now() + ms, token);
      throw new DelayedError();
    }
    await worker.rateLimit(ms);
    throw Worker.RateLimitError();
  };

  const worker: Worker<DeliveryJob> = new Worker<DeliveryJob>(
    DELIVERY_QUEUE,
    async (job, token) => {
      const data = job.data;
      if (data.kind === "broadcast-start") return broadcasts.start(data.broadcastId);
      const personId = BigInt(data.personId);
      if (data.kind === "broadcast") {
        // Nothing is claimed once the delivery was recorded, or the broadcast paused or cancelled.
        const claims = {
          take: (claimant: Claimant) => broadcasts.claim(data.broadcastId, personId, data.generation, claimant),
          renew: (claimant: Claimant) => broadcasts.renewClaim(data.broadcastId, personId, claimant),
        };
        return withClaim(job, token, claims, async (due) => {
          const route = await sender.route(personId);
          if (!route) return recordSent(job, () => broadcasts.record(data.broadcastId, personId, "FAILED", "no chat to send to"));
          if (route === "unreachable") return recordSent(job, () => broadcasts.record(data.broadcastId, personId, "UNREACHABLE"));
          const limits = limitsOf(route);
          try {
            if (!data.sent) {
              await inTurn(job, token, route, () =>
                limits.broadcasts.run("broadcast", () => sender.broadcast(route, due, { paid: limits.paidBroadcasts })),
              );
            }
          } catch (error) {
            const failed = (message: string) => broadcasts.record(data.broadcastId, personId, "FAILED", message);
            return onFailure(job, token, route, error, {
              unreachable: () => broadcasts.record(data.broadcastId, personId, "UNREACHABLE"),
              rejected: failed,
              gaveUp: failed,
            });
          }
          return recordSent(job, () => broadcasts.record(data.broadcastId, personId, "SENT"));
        });
      }
      const outboxId = data.outboxId === undefined ? null : BigInt(data.outboxId);
      const deliver = async () => {
        const done = async () => {
          if (outboxId !== null) await outbox.done(outboxId);
        };
        const route = await sender.route(personId);
        if (!route) return recordSent(job, done); // nobody to send to any more
        if (route === "unreachable") {
          // Not marked unreachable, as a person who blocked the bot is: they did nothing, and a broadcast reports them.
          logger.info({ jobId: job.id, personId: data.personId }, "recipient started no bot that may reach them");
          return recordSent(job, done);
        }
        try {
          if (!data.sent) {
            await inTurn(job, token, route, () =>
              limitsOf(route).notifications.run("notification", () =>
                data.kind === "notify" ? sender.notify(route, personId, data.notification) : sender.syncCommands(route, personId),
              ),
            );
          }
        } catch (error) {
          return onFailure(job, token, route, error, {
            unreachable: async () => {
              await options.markUnreachable(personId);
              await done();
            },
            rejected: done,
            gaveUp: done,
          });
        }
        return recordSent(job, done);
      };
      // Queued again after Redis lost its data, it may have been delivered already, or be under way in another job.
      if (outboxId === null) return deliver();
      const claims = {
        take: (claimant: Claimant) => outbox.claim(outboxId, claimant),
        renew: (claimant: Claimant) => outbox.renewClaim(outboxId, claimant),
      };
      return withClaim(job, token, claims, deliver);
    },
    {
      connection: options.connection,
      prefix: options.prefix,
      // Enough jobs under way to keep every slot of the window busy while others wait on Postgres or Telegram.
      concurrency: options.concurrency,
      // The send limiter paces the sends; BullMQ's limiter only carries the pauses of stepBack (worker.rateLimit
      // takes effect only on a worker with a limiter), so its own count never binds.
      limiter: { max: Number.MAX_SAFE_INTEGER, duration: WINDOW_MS },
      lockDuration: options.lockMs,
      stalledInterval: options.lockMs,
    },
  );
  worker.on("failed", (job, error) => logger.warn({ jobId: job?.id, kind: job?.data.kind, err: error.message }, "delivery failed"));
  worker.on("error", (error) => logger.error({ err: error }, "delivery worker error"));
  return worker;
}
