import type { Queue } from "bullmq";
import { type Db, listen } from "../data/prisma.js";
import type { Delivery, Intent } from "../domain/outbox.js";
import { CLAIM_COMMITS_UNFLUSHED, claimEnd, msUntilLapse } from "../domain/shared/claim.js";
import type { Logger } from "../logger.js";
import type { DeliveryJob, OutboxRecords } from "./delivery.js";

type OutboxRow = { id: bigint; personId: bigint | null; payload: Delivery | Intent };

const BATCH = 200;
/** The channel every insert into the outbox notifies (migration 20261202094000_outbox_notify). */
const CHANNEL = "outbox";
/** How soon a dispatch that failed (Redis or Postgres away) is tried again, unless the fallback poll comes sooner. */
const RETRY_MS = 1000;

/**
 * Turns outbox rows into jobs. Rows are taken with SKIP LOCKED, so several
 * workers share the work, and marked dispatched in the same transaction as
 * they are queued: if Redis is away the transaction rolls back and they wait.
 * BullMQ's addBulk is a pipeline, not atomic, so a batch may be queued in part
 * before a rollback; the job id of each row (`outbox.<id>`) keeps the second
 * enqueue of such a row from sending it twice.
 *
 * A message's row stays until its job is over (the worker deletes it, see
 * `records`), so after Redis lost its data `redispatch` queues the undelivered
 * ones again. An intent is carried out here and deleted: what it leads to
 * (a broadcast's jobs) is rebuilt from the broadcast's own rows.
 *
 * Each insert into the outbox notifies the dispatcher when its transaction
 * commits (LISTEN/NOTIFY), so it dispatches at once and polls only as a
 * fallback, every `intervalMs`: an idle worker costs Postgres nothing more.
 */
export class OutboxDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** Woken while dispatching: rows may have come after the running drain looked. */
  private again = false;
  private listener: { close(): Promise<void> } | undefined;
  private stopped = false;

  constructor(
    private readonly db: Db,
    /** Where the dispatcher listens for new rows, on a connection of its own. */
    private readonly databaseUrl: string,
    private readonly queue: Queue<DeliveryJob>,
    /** The Redis prefix of the queue, recorded on the rows dispatched to it. */
    private readonly prefix: string,
    private readonly carryOut: (intent: Intent) => Promise<void>,
    private readonly logger: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    this.listener = listen(this.databaseUrl, CHANNEL, {
      notified: () => this.wake(),
      // Rows written while the connection was down notified nobody.
      listening: () => this.wake(),
      failed: (error) => this.logger.warn({ err: error }, "lost the outbox's notifications; listening again"),
    });
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.listener?.close();
    await this.running;
  }

  /** Dispatches now, or right after the drain under way; then waits for the next notification or the fallback poll. */
  private wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.drain().then(
      (failed) => this.drained(failed),
      (error: unknown) => {
        this.logger.warn({ err: error }, "outbox dispatch failed; will retry");
        this.drained(true);
      },
    );
  }

  private drained(failed: boolean): void {
    this.running = undefined;
    if (this.stopped) return;
    if (this.again) {
      this.again = false;
      this.wake();
      return;
    }
    this.timer = setTimeout(() => this.wake(), failed ? Math.min(RETRY_MS, this.intervalMs) : this.intervalMs);
  }

  /** Dispatches everything waiting; true when an intent failed and waits to be tried again. */
  private async drain(): Promise<boolean> {
    let failed = false;
    try {
      while (await this.carryOutNextIntent()) {}
    } catch (error) {
      // Left in place, tried again soon; the messages behind it still go.
      failed = true;
      this.logger.warn({ err: error }, "carrying out an outbox intent failed; will retry");
    }
    for (;;) {
      const count = await this.db.$transaction(async (tx) => {
        const rows = await tx.$queryRaw<OutboxRow[]>`
          WITH batch AS (
            SELECT id FROM "Outbox" WHERE "dispatchedAt" IS NULL AND "personId" IS NOT NULL ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
          )
          UPDATE "Outbox" o SET "dispatchedAt" = now(), "dispatchedTo" = ${this.prefix} FROM batch WHERE o.id = batch.id
          RETURNING o.id, o."personId", o.payload`;
        const jobs = rows.flatMap((row) => {
          if (row.payload?.kind !== "notify" && row.payload?.kind !== "commands") {
            // A row this version cannot read must not block the ones behind it.
            this.logger.error({ outboxId: String(row.id) }, "dropping an unreadable outbox row");
            return [];
          }
          return [
            {
              name: row.payload.kind === "notify" ? row.payload.notification.kind : "commands",
              data: { ...row.payload, personId: String(row.personId), outboxId: String(row.id) },
              opts: { jobId: `outbox.${row.id}` },
            },
          ];
        });
        if (jobs.length > 0) await this.queue.addBulk(jobs);
        return rows.length;
      });
      if (count < BATCH) return failed;
    }
  }

  /**
   * Carries out the oldest waiting intent and deletes it, in one transaction;
   * false when there is none. Intents are taken in order, one at a time across
   * workers (no SKIP LOCKED): a resume must not overtake the pause before it.
   */
  private carryOutNextIntent(): Promise<boolean> {
    return this.db.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<OutboxRow[]>`
          SELECT id, "personId", payload FROM "Outbox" WHERE "personId" IS NULL ORDER BY id LIMIT 1 FOR UPDATE`;
        if (!row) return false;
        const intent = row.payload;
        if (intent?.kind === "broadcast-start" || intent?.kind === "broadcast-drop") await this.carryOut(intent);
        else this.logger.error({ outboxId: String(row.id) }, "dropping an unreadable outbox intent");
        await tx.outbox.delete({ where: { id: row.id } });
        return true;
      },
      // Dropping a large broadcast's queued jobs takes a while.
      { timeout: 120_000 },
    );
  }

  /** Redis lost its data: every message dispatched to it and not yet delivered is queued again. */
  async redispatch(): Promise<number> {
    const { count } = await this.db.outbox.updateMany({
      where: { dispatchedTo: this.prefix },
      data: { dispatchedAt: null, dispatchedTo: null },
    });
    // An update notifies nobody (only inserts do).
    this.wake();
    return count;
  }

  /** How the delivery worker reads and closes the rows behind its jobs. */
  records(): OutboxRecords {
    return {
      claim: async (id, claimant) => {
        const claimed = await this.db.$queryRaw<unknown[]>`
          WITH ${CLAIM_COMMITS_UNFLUSHED}
          UPDATE "Outbox"
          SET "claimedBy" = ${claimant.by}, "claimedUntil" = ${claimEnd(claimant)}
          FROM unflushed
          WHERE id = ${id} AND ("claimedUntil" IS NULL OR "claimedUntil" <= now() OR "claimedBy" = ${claimant.by})
          RETURNING 1`;
        if (claimed.length > 0) return { send: true };
        const [taken] = await this.db.$queryRaw<{ waitMs: number }[]>`
          SELECT ${msUntilLapse('"claimedUntil"')} AS "waitMs" FROM "Outbox" WHERE id = ${id}`;
        return taken ? { waitMs: taken.waitMs } : null;
      },
      renewClaim: async (id, claimant) => {
        await this.db.$executeRaw`
          UPDATE "Outbox" SET "claimedUntil" = ${claimEnd(claimant)}
          WHERE id = ${id} AND "claimedBy" = ${claimant.by}`;
      },
      done: async (id) => {
        await this.db.outbox.deleteMany({ where: { id } });
      },
    };
  }
}
