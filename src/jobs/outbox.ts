import type { Queue } from "bullmq";
import type { Db } from "../data/prisma.js";
import type { Delivery } from "../domain/outbox.js";
import type { Logger } from "../logger.js";
import type { DeliveryJob } from "./delivery.js";

type OutboxRow = { id: bigint; personId: bigint; payload: Delivery; onceKey: string | null };

const BATCH = 200;

/**
 * Moves outbox rows to the delivery queue. Rows are taken with SKIP LOCKED, so
 * several workers share the work, and deleted in the same transaction as they
 * are enqueued: if Redis is away the transaction rolls back and they wait.
 * A job id per row (or per once-key) keeps a row enqueued twice from being sent twice.
 */
export class OutboxDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    private readonly queue: Queue<DeliveryJob>,
    private readonly logger: Logger,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    const tick = async () => {
      this.running = this.drain().then(
        () => undefined,
        (error: unknown) => this.logger.warn({ err: error }, "outbox dispatch failed; will retry"),
      );
      await this.running;
      this.timer = setTimeout(tick, this.intervalMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Dispatches everything waiting; returns how many were moved. */
  async drain(): Promise<number> {
    let moved = 0;
    for (;;) {
      const count = await this.db.$transaction(async (tx) => {
        const rows = await tx.$queryRaw<OutboxRow[]>`
          WITH batch AS (SELECT id FROM "Outbox" ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
          DELETE FROM "Outbox" o USING batch WHERE o.id = batch.id
          RETURNING o.id, o."personId", o.payload, o."onceKey"`;
        if (rows.length === 0) return 0;
        await this.queue.addBulk(
          rows.map((row) => ({
            name: row.payload.kind === "notify" ? row.payload.notification.kind : "commands",
            data: { ...row.payload, personId: String(row.personId) },
            opts: { jobId: row.onceKey ?? `outbox.${row.id}` },
          })),
        );
        return rows.length;
      });
      moved += count;
      if (count < BATCH) return moved;
    }
  }
}
