/**
 * A delivery job's claim on the message it carries, for `ms` from now on Postgres' clock (one clock for every
 * process). `by` names the job by its id and creation time: the same job tried again (after a refusal, a stall, a
 * crash of its worker) finds its own claim, and a second job for the same message (queued again after Redis lost its
 * data, or by a resume, while the first was still sending) finds another's.
 */
export type Claimant = { by: string; ms: number };

/** The message to send; or a wait, while another job's claim on it holds (it may be sending it); or null: nothing is owed. */
export type Claim<T> = { send: T } | { waitMs: number } | null;
