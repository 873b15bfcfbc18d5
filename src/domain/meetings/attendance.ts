import { randomInt } from "node:crypto";
import type { Db } from "../../data/prisma.js";
import { audit } from "../audit.js";
import { isUniqueViolation } from "../drafts.js";
import { DomainError } from "../errors.js";
import type { Actor } from "../shared/actor.js";
import { latinDigits } from "../text.js";
import type { MeetingScheduling } from "./scheduling.js";

const CHECK_IN = {
  /** Check-in, open from when an official starts it, closes this long after the meeting's start, unless they end it sooner. */
  afterStartMs: 3 * 3_600_000,
  /** Codes a person may send in `windowMs` that are not one they can use; then they wait. */
  wrongCodes: 5,
  windowMs: 3_600_000,
} as const;

/** What a sent check-in code came to. */
export type CheckInResult = { checkedIn: string } | { refused: true } | { retryAt: Date };

/** Who came: check-in with a code shown in the room, marking present by hand, and the attendance list. */
export class MeetingAttendance {
  constructor(
    private readonly db: Db,
    private readonly meetings: MeetingScheduling,
  ) {}

  /**
   * Starts check-in (or shows it again while it is open): a six-digit code
   * attendees send to the bot, working until `closesAt`. Two officials
   * pressing at once get the same code.
   */
  async startCheckIn(actor: Actor, id: string, now: Date): Promise<{ code: string; closesAt: Date }> {
    for (;;) {
      const meeting = await this.meetings.managed(actor, id);
      if (meeting.status !== "SCHEDULED") throw new DomainError("meeting-cancelled");
      const closesAt = new Date(meeting.startsAt.getTime() + CHECK_IN.afterStartMs);
      if (closesAt <= now) throw new DomainError("check-in-over");
      if (meeting.checkInCode && meeting.checkInClosesAt && meeting.checkInClosesAt > now) {
        return { code: meeting.checkInCode, closesAt: meeting.checkInClosesAt };
      }
      const code = String(randomInt(100_000, 1_000_000));
      try {
        const opened = await this.db.$transaction(async (tx) => {
          const { count } = await tx.meeting.updateMany({
            where: { id, status: "SCHEDULED", OR: [{ checkInClosesAt: null }, { checkInClosesAt: { lte: now } }] },
            data: { checkInCode: code, checkInOpenedAt: now, checkInClosesAt: closesAt },
          });
          if (count === 1) await audit(tx, { actorId: actor.id, action: "meeting.check-in.start", entityType: "meeting", entityId: id });
          return count === 1;
        });
        if (opened) return { code, closesAt };
      } catch (error) {
        // Another meeting has this code: draw again.
        if (!isUniqueViolation(error)) throw error;
      }
    }
  }

  /** Ends check-in: the code stops working at once. Returns how many are present. */
  async endCheckIn(actor: Actor, id: string, now: Date): Promise<{ title: string; present: number; invited: number }> {
    const meeting = await this.meetings.managed(actor, id);
    await this.db.$transaction(async (tx) => {
      const { count } = await tx.meeting.updateMany({
        where: { id, checkInClosesAt: { gt: now } },
        data: { checkInCode: null, checkInClosesAt: now },
      });
      if (count === 1) await audit(tx, { actorId: actor.id, action: "meeting.check-in.end", entityType: "meeting", entityId: id });
    });
    const present = await this.db.meetingInvitation.count({ where: { meetingId: id, presentAt: { not: null } } });
    return { title: meeting.title, present, invited: meeting.counts.invited };
  }

  /**
   * An attendee checks in with the code shown in the room. A wrong code, one
   * of a meeting they are not invited to and one whose check-in is closed get
   * the same refusal, and count against the few allowed an hour (counted per
   * person, serialised on the person's row so racing messages cannot exceed it).
   */
  async checkIn(personId: bigint, typed: string, now: Date): Promise<CheckInResult> {
    return this.db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Person" WHERE id = ${personId} FOR UPDATE`;
      const since = new Date(now.getTime() - CHECK_IN.windowMs);
      const recent = await tx.checkInAttempt.findMany({ where: { personId, at: { gt: since } }, orderBy: { at: "desc" } });
      const oldestCounted = recent[CHECK_IN.wrongCodes - 1];
      if (oldestCounted) return { retryAt: new Date(oldestCounted.at.getTime() + CHECK_IN.windowMs) };
      const meeting = await tx.meeting.findFirst({
        where: { checkInCode: latinDigits(typed).trim(), status: "SCHEDULED", checkInOpenedAt: { lte: now }, checkInClosesAt: { gt: now } },
      });
      // Present for the NGO they belong to now; whoever left it is not invited any more.
      const invitation = meeting && (await this.meetings.invitation(personId, meeting.id));
      if (!meeting || !invitation) {
        await tx.checkInAttempt.deleteMany({ where: { personId, at: { lte: since } } });
        await tx.checkInAttempt.create({ data: { personId, at: now } });
        return { refused: true };
      }
      // Sending the code again keeps the first arrival time.
      if (!invitation.presentAt) await this.meetings.record(tx, invitation, { presentAt: now });
      return { checkedIn: meeting.title };
    });
  }

  /** The people invited now, for an official marking people present by hand: those not yet present first, then leaders first. */
  async invitees(actor: Actor, id: string) {
    const meeting = await this.meetings.managed(actor, id);
    const invitees = await this.meetings.inviteesNow(this.db, meeting);
    const [people, ngos, present] = await Promise.all([
      this.db.person.findMany({ where: { id: { in: invitees.map((i) => i.personId) } } }),
      this.db.ngo.findMany({ where: { id: { in: invitees.map((i) => i.ngoId) } }, select: { id: true, name: true } }),
      this.db.meetingInvitation.findMany({ where: { meetingId: id, presentAt: { not: null } } }),
    ]);
    const rows = invitees.flatMap((i) => {
      const person = people.find((p) => p.id === i.personId);
      const ngo = ngos.find((n) => n.id === i.ngoId);
      const presentAt = present.find((p) => p.personId === i.personId && p.ngoId === i.ngoId)?.presentAt ?? null;
      return person && ngo ? [{ ...i, person, ngo, presentAt }] : [];
    });
    return rows.sort(
      (a, b) =>
        Number(a.presentAt !== null) - Number(b.presentAt !== null) ||
        Number(b.isLeader) - Number(a.isLeader) ||
        Number(a.personId - b.personId),
    );
  }

  /** An official marks an invitee present (someone without Telegram at hand), for the NGO they belong to now. */
  async markPresent(actor: Actor, id: string, personId: bigint, now: Date): Promise<void> {
    await this.meetings.managed(actor, id);
    const invitation = await this.meetings.invitation(personId, id);
    if (!invitation) throw new DomainError("not-found"); // no longer in an invited NGO
    if (invitation.presentAt) return;
    await this.db.$transaction(async (tx) => {
      await this.meetings.record(tx, invitation, { presentAt: now });
      await audit(tx, {
        actorId: actor.id,
        action: "meeting.mark-present",
        entityType: "meeting",
        entityId: id,
        after: { personId: String(personId) },
      });
    });
  }

  /** Everyone invited with their answer and presence, leaders first, for /attendance. */
  async attendance(actor: Actor, id: string) {
    const meeting = await this.meetings.managed(actor, id);
    const rows = await this.db.meetingInvitation.findMany({
      where: { meetingId: id },
      include: { person: true, ngo: { select: { name: true } } },
      orderBy: [{ ngo: { name: "asc" } }, { isLeader: "desc" }, { personId: "asc" }],
    });
    return { meeting, rows, present: rows.filter((r) => r.presentAt).length };
  }
}
