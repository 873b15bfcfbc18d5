import { Prisma } from "@prisma/client";

/** A refusal the person can understand; `code` names the message shown to them (locale key `error-<code>`). */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly details: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

export type DomainErrorCode =
  | "forbidden"
  | "not-found"
  | "already-leads"
  | "invalid-ngo"
  | "duplicate-registration-number"
  | "duplicate-name"
  | "already-reviewed"
  | "review-changed"
  | "not-verified"
  | "partners-not-verified"
  | "directory-closed"
  | "invite-invalid"
  | "already-member"
  | "is-leader"
  | "not-member"
  | "person-unknown"
  | "self"
  | "member-leads-another"
  | "own-ngo"
  | "not-leader"
  | "already-partners"
  | "already-requested"
  | "already-answered"
  | "partner-limit"
  | "duplicate-topic"
  | "topic-limit"
  | "invalid-round"
  | "invalid-answer"
  | "needs-no-ngos"
  | "needs-closed"
  | "needs-not-invited"
  | "broadcast-in-past"
  | "broadcast-state"
  | "invalid-meeting"
  | "meeting-no-ngos"
  | "meeting-not-invited"
  | "meeting-left-ngo"
  | "meeting-cancelled"
  | "meeting-started"
  | "check-in-over"
  | "agenda-full"
  | "county-name-taken"
  | "invalid-county";

/** The database refused a number too large for its column (an id no record can have). */
export function isValueOutOfRange(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2020";
}
