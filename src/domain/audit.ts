import type { Prisma } from "@prisma/client";
import type { Origin } from "./shared/actor.js";

type Tx = Prisma.TransactionClient;

export type AuditEntry = {
  actorId: bigint;
  action: string;
  entityType: "ngo" | "official" | "person" | "membership" | "needs-round" | "training-topic" | "broadcast" | "meeting" | "county";
  entityId: string | bigint;
  before?: unknown;
  after?: unknown;
  /** Where it was done: the bot unless given (actions the dashboard offers pass the actor's origin). */
  origin?: Origin | undefined;
};

/** Writes who changed what, when, with the state before and after, in the caller's transaction. */
export async function audit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: String(entry.entityId),
      before: toJson(entry.before),
      after: toJson(entry.after),
      origin: entry.origin ?? "bot",
    },
  });
}

/** JSON columns cannot hold BigInt or Date: store them as strings. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue;
}
