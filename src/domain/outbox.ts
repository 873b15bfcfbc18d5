import type { Prisma } from "@prisma/client";

type Tx = Prisma.TransactionClient;

/** What a person is told on the bot's own initiative; rendered in their language when sent. */
export type Notification =
  | { kind: "ngo-pending"; ngoId: string }
  | { kind: "ngo-approved"; ngoId: string }
  | { kind: "ngo-rejected"; ngoId: string }
  /** The NGO was reviewed: the official's card of it (message `messageId`) loses its Approve / Reject buttons. */
  | { kind: "review-card-closed"; ngoId: string; messageId: number }
  | { kind: "official-granted" }
  | { kind: "official-revoked" }
  | { kind: "member-joined"; ngoId: string; memberId: string }
  | { kind: "member-removed"; ngoId: string }
  | { kind: "leadership-received"; ngoId: string }
  | { kind: "partner-request"; requestId: string }
  /** The other NGO of an accepted introduction, with its leader's contact. */
  | { kind: "partner-contact"; ngoId: string }
  | { kind: "partner-declined"; ngoId: string }
  /** The person's NGO was found to be a duplicate and merged into this one, where they are now a member. */
  | { kind: "ngo-merged"; ngoId: string }
  /** The leader's NGO is asked for its training needs in this round. */
  | { kind: "needs-invitation"; roundId: string }
  /** The NGO has not answered yet; `last` on the deadline day. */
  | { kind: "needs-reminder"; roundId: string; last: boolean }
  /** The round the official opened reached its deadline. */
  | { kind: "needs-closed"; roundId: string }
  /** The broadcast the official sent has reached everyone it could. */
  | { kind: "broadcast-done"; broadcastId: string }
  /** The person is invited to a meeting: answer from the message. */
  | { kind: "meeting-invitation"; meetingId: string }
  | { kind: "meeting-rescheduled"; meetingId: string }
  /** A reminder of the meeting starting at `startsAt` (ISO); not sent if it has moved since. */
  | { kind: "meeting-reminder"; meetingId: string; startsAt: string }
  | { kind: "meeting-cancelled"; meetingId: string }
  /** The official's county has no meeting for the quarter yet. */
  | { kind: "quarter-nudge"; countyId: number; year: number; quarter: number }
  /** For provincial officials: the province's counties with no meeting for the quarter. */
  | { kind: "quarter-missing"; provinceId: number; countyIds: number[]; year: number; quarter: number };

/** A notification, or the person's command menu to bring up to date with their roles and language. */
export type Delivery = { kind: "notify"; notification: Notification } | { kind: "commands" };

/**
 * Work for the workers that the bot's changes imply, recorded with the change
 * (the bot never calls a queue): the workers turn it into jobs.
 */
export type Intent =
  /** Start the broadcast at `sendAt` (ISO), or carry on with its pending deliveries if it runs already. */
  | { kind: "broadcast-start"; broadcastId: string; sendAt: string }
  /** Take the broadcast's queued jobs of this generation off the queue: it was paused or cancelled. */
  | { kind: "broadcast-drop"; broadcastId: string; generation: number };

/**
 * Records messages in the caller's transaction: they exist exactly when the
 * change they report was committed, once per change (a second official
 * pressing Approve changes nothing, so tells nothing). The delivery workers send them.
 */
export async function tell(tx: Tx, personIds: readonly bigint[], notification: Notification) {
  await tx.outbox.createMany({
    data: personIds.map((personId) => ({ personId, payload: { kind: "notify", notification } satisfies Delivery })),
  });
}

/** Records work for the workers in the caller's transaction: it exists exactly when the change that implies it was committed. */
export async function intend(tx: Tx, intent: Intent) {
  await tx.outbox.create({ data: { personId: null, payload: intent } });
}

/** The person's roles or language changed: their Telegram command menu must follow. */
export async function refreshCommands(tx: Tx, personIds: readonly bigint[]) {
  await tx.outbox.createMany({ data: personIds.map((personId) => ({ personId, payload: { kind: "commands" } satisfies Delivery })) });
}
