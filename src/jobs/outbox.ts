import type { Queue } from "bullmq";
import type { Db } from "../data/prisma.js";
import type { Delivery } from "../domain/outbox.js";
import type { Logger } from "../logger.js";
import type { DeliveryJob } from "./delivery.js";

type OutboxRow = { id: bigint; personId: bigint; payload: Delivery };

const BATCH = 200;

/**
 * Moves outbox rows to the delivery queue. Rows are taken with SKIP LOCKED, so
 * several workers share the work, and deleted in the same transaction as they
 * are enqueued: if Redis is away the transaction rolls back and they wait.
 * BullMQ's addBulk is a pipeline, not atomic, so a batch may be enqueued in
 * part before a rollback; the job id of each row (`outbox.<id>`) keeps the
 * second enqueue of such a row from sending it twice.
 */
export class OutboxDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly queue: Queue<DeliveryJob>,
    private readonly logger: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    const tick = async () => {
      if (this.stopped) return;
      this.running = this.drain().catch((error: unknown) => this.logger.warn({ err: error }, "outbox dispatch failed; will retry"));
      await this.running;
      if (!this.stopped) this.timer = setTimeout(tick, this.intervalMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Dispatches everything waiting; returns how many rows were moved. */
  async drain(): Promise<number> {
    let moved = 0;
    for (;;) {
      const count = await this.db.$transaction(async (tx) => {
        const rows = await tx.$queryRaw<OutboxRow[]>`
          WITH batch AS (SELECT id FROM "Outbox" ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
          DELETE FROM "Outbox" o USING batch WHERE o.id = batch.id
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
              data: { ...row.payload, personId: String(row.personId) },
              opts: { jobId: `outbox.${row.id}` },
            },
          ];
        });
        if (jobs.length > 0) await this.queue.addBulk(jobs);
        return rows.length;
      });
      moved += count;
      if (count < BATCH) return moved;
    }
  }
}
