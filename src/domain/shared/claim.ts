import { Prisma } from "@prisma/client";

/**
 * A delivery job's claim on the message it carries, for `ms` from now on Postgres' clock (one clock for every
 * process). `by` names the job by its id and creation time: the same job tried again (after a refusal, a stall, a
 * crash of its worker) finds its own claim, and a second job for the same message (queued again after Redis lost its
 * data, or by a resume, while the first was still sending) finds another's.
 */
export type Claimant = { by: string; ms: number };

/** The message to send; or a wait, while another job's claim on it holds (it may be sending it); or null: nothing is owed. */
export type Claim<T> = { send: T } | { waitMs: number } | null;

/**
 * A common table expression (`unflushed`, to be joined) that lets the statement's commit return before its WAL reaches
 * the disk. A claim only keeps a second job away while the first sends, so it need not outlive a crash of Postgres;
 * waiting for the disk cost a paid broadcast's pipeline a quarter of its rate (npm run bench:broadcast -- --paid).
 */
/** When a claim taken or renewed now ends. */
export const claimEnd = (claimant: Claimant): Prisma.Sql => Prisma.sql`now() + ${claimant.ms}::integer * interval '1 millisecond'`;

/** The whole milliseconds until the claim held in `column` (a column of the statement) lapses; 0 once it has. */
export const msUntilLapse = (column: string): Prisma.Sql =>
  Prisma.sql`ceil(greatest(0, extract(epoch FROM ${Prisma.raw(column)} - now()) * 1000))::integer`;

export const CLAIM_COMMITS_UNFLUSHED = Prisma.sql`unflushed AS (SELECT set_config('synchronous_commit', 'off', true))`;
