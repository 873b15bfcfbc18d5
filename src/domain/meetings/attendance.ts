import { randomInt } from "node:crypto";
import { type County, type Meeting, type MeetingAnswer, Prisma } from "@prisma/client";
import { Batcher } from "../../data/batch.js";
import { type Db, queryPrepared } from "../../data/prisma.js";
import { audit } from "../audit.js";
import { isUniqueViolation } from "../drafts.js";
import { DomainError } from "../errors.js";
import type { Actor } from "../shared/actor.js";
import type { InvitationView, MeetingScheduling } from "./scheduling.js";
import { readCheckInCode } from "./validators.js";

const CHECK_IN = {
  /** Check-in, open from when an official starts it, closes this long after the meeting's start, unless they end it sooner. */
  afterStartMs: 3 * 3_600_000,
  /** Codes a person may send in `windowMs` that are not one they can use; then they wait. */
  wrongCodes: 5,
  windowMs: 3_600_000,
} as const;

/** What answer() reads back: the meeting, its county, the invitation as saved (nulls: nothing saved), and why not. */
type AnswerRow = Meeting & {
  county: County;
  ngoName: string | null;
  savedNgoId: string | null;
  savedIsLeader: boolean | null;
  savedAnswer: MeetingAnswer | null;
  savedHeadcount: number | null;
  savedAnsweredAt: Date | null;
  savedPresentAt: Date | null;
  invited: boolean;
  recordedNgoId: string | null;
  stillMember: boolean;
};

/** A press of "I will attend" or "I cannot attend", as answer() records it. */
type Press = { personId: bigint; meetingId: string; answer: MeetingAnswer; now: Date };

/** A press's row read back: the invitation as saved, or why nothing was saved, as MeetingScheduling refuses an invitation. */
function invitationOrRefusal(row: AnswerRow, { personId, meetingId }: Press): InvitationView | DomainError {
  const { county, ngoName, savedNgoId, savedIsLeader, savedAnswer, savedHeadcount, savedAnsweredAt, savedPresentAt, ...why } = row;
  const { invited, recordedNgoId, stillMember, ...meeting } = why;
  if (savedNgoId === null || savedIsLeader === null || ngoName === null) {
    if (invited) return new DomainError(meeting.status === "CANCELLED" ? "meeting-cancelled" : "meeting-started");
    if (!recordedNgoId) return new DomainError("meeting-not-invited");
    return new DomainError(stillMember ? "not-leader" : "meeting-left-ngo");
  }
  return {
    meetingId,
    personId,
    ngoId: savedNgoId,
    isLeader: savedIsLeader,
    answer: savedAnswer,
    headcount: savedHeadcount,
    answeredAt: savedAnsweredAt,
    presentAt: savedPresentAt,
    meeting: { ...meeting, county },
    ngo: { name: ngoName },
  };
}

/** What a sent check-in code came to. */
export type CheckInResult = { checkedIn: string } | { refused: true } | { retryAt: Date };

/** Who comes and who came: answers to invitations, check-in with a code shown in the room, marking present by hand, and the attendance list. */
export class MeetingAttendance {
  constructor(
    private readonly db: Db,
    private readonly meetings: MeetingScheduling,
  ) {}

  /** Presses being recorded: those that wait at the same moment share one statement (see record()). */
  private readonly presses = new Batcher<Press, InvitationView>((presses) => this.record(presses), {
    maxSize: 100,
    // A statement may not write one invitation twice: the same person's second press waits for the next.
    key: (press) => `${press.meetingId} ${press.personId}`,
  });

  /**
   * Records the person's answer and returns the invitation as it now stands;
   * pressing the same button twice (or on two devices) leaves one answer. The
   * invitation is through the NGOs the person leads or belongs to now, as
   * MeetingScheduling.invitation reads it (the NGO they lead, else the one they
   * answered for before), and a meeting called off or begun takes no answers.
   */
  answer(personId: bigint, meetingId: string, answer: MeetingAnswer, now: Date): Promise<InvitationView> {
    return this.presses.call({ personId, meetingId, answer, now });
  }

  /**
   * Thousands of invitees answer at once, so the presses that wait at the same
   * moment are one statement, with one round trip and one commit (README,
   * Performance): each invitation is kept as it stood (same NGO, same answer)
   * or takes the answer anew, and each press reads back its own row, with why
   * nothing was saved for a press refused (that press alone fails).
   */
  private async record(presses: Press[]): Promise<(InvitationView | DomainError)[]> {
    const rows = await queryPrepared<AnswerRow>(
      this.db,
      Prisma.sql`
      -- Each press's rows are read by key, by scalar subqueries and LATERAL ... LIMIT 1: joined, Postgres hashed whole
      -- tables of a province's size (the meeting's NGOs, its invitations, the memberships) for a few dozen presses.
      WITH p AS (
        SELECT * FROM unnest(${presses.map((p) => p.meetingId)}::text[], ${presses.map((p) => p.personId)}::int8[],
          ${presses.map((p) => p.answer)}::"MeetingAnswer"[], ${presses.map((p) => p.now)}::timestamp(3)[])
          WITH ORDINALITY AS p("meetingId", "personId", answer, at, i)
      ),
      q AS (
        SELECT p.*, m.status, m."startsAt", m."membersInvited",
          (SELECT "ngoId" FROM "MeetingInvitation" WHERE "meetingId" = p."meetingId" AND "personId" = p."personId") AS "recordedNgoId"
        FROM p LEFT JOIN "Meeting" m ON m.id = p."meetingId"
      ),
      -- The NGO the person acts for: of those they lead, or belong to if members are invited, one the meeting invites
      -- (audiencePeopleSql(invitedNgosSql(...)) for one person, read from the person's side), the one answered for before
      -- if it still is.
      acting AS (
        SELECT q.*, a."ngoId", a."isLeader" FROM q LEFT JOIN LATERAL (
          SELECT r."ngoId", r."isLeader" FROM (
            SELECT n.id AS "ngoId", TRUE AS "isLeader" FROM "Ngo" n WHERE n."leaderId" = q."personId"
            UNION ALL SELECT x."ngoId", FALSE FROM "Membership" x WHERE x."personId" = q."personId" AND q."membersInvited"
          ) r
          WHERE (SELECT TRUE FROM "MeetingNgo" WHERE "meetingId" = q."meetingId" AND "ngoId" = r."ngoId")
          ORDER BY r."isLeader" DESC, r."ngoId" = q."recordedNgoId" DESC NULLS LAST, r."ngoId"
          LIMIT 1
        ) a ON TRUE
      ),
      saved AS (
        INSERT INTO "MeetingInvitation" AS t ("meetingId", "personId", "ngoId", "isLeader", answer, "answeredAt")
        SELECT "meetingId", "personId", "ngoId", "isLeader", answer, at
        FROM acting WHERE "ngoId" IS NOT NULL AND status <> 'CANCELLED' AND "startsAt" > at
        -- Rows locked in one order, so that two processes' statements cannot deadlock.
        ORDER BY "meetingId", "personId"
        ON CONFLICT ("meetingId", "personId") DO UPDATE SET
          "ngoId" = EXCLUDED."ngoId",
          "isLeader" = EXCLUDED."isLeader",
          answer = EXCLUDED.answer,
          -- What the row holds stays only while it is for the same NGO; a NO clears the NGO's headcount.
          "answeredAt" = CASE WHEN t."ngoId" = EXCLUDED."ngoId" AND t.answer = EXCLUDED.answer THEN t."answeredAt" ELSE EXCLUDED."answeredAt" END,
          headcount = CASE WHEN t."ngoId" = EXCLUDED."ngoId" AND (t.answer = EXCLUDED.answer OR EXCLUDED.answer <> 'NO') THEN t.headcount END,
          "presentAt" = CASE WHEN t."ngoId" = EXCLUDED."ngoId" THEN t."presentAt" END
        RETURNING t."meetingId", t."personId", t."ngoId", t."isLeader", t.answer, t.headcount, t."answeredAt", t."presentAt"
      )
      SELECT m.*, (SELECT to_jsonb(c) FROM "County" c WHERE c.id = m."countyId") AS county,
        (SELECT name FROM "Ngo" WHERE id = s."ngoId") AS "ngoName",
        s."ngoId" AS "savedNgoId", s."isLeader" AS "savedIsLeader", s.answer AS "savedAnswer", s.headcount AS "savedHeadcount",
        s."answeredAt" AS "savedAnsweredAt", s."presentAt" AS "savedPresentAt",
        a."ngoId" IS NOT NULL AS invited, a."recordedNgoId",
        (SELECT TRUE FROM "Membership" WHERE "ngoId" = a."recordedNgoId" AND "personId" = a."personId") IS NOT NULL AS "stillMember"
      FROM acting a
        LEFT JOIN "Meeting" m ON m.id = a."meetingId"
        LEFT JOIN saved s ON s."meetingId" = a."meetingId" AND s."personId" = a."personId"
      ORDER BY a.i`,
    );
    if (rows.length !== presses.length) throw new Error(`${presses.length} presses read back ${rows.length} rows`);
    return rows.map((row, i) => invitationOrRefusal(row, presses[i] as Press));
  }

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
        where: {
          checkInCode: readCheckInCode(typed) ?? "",
          status: "SCHEDULED",
          checkInOpenedAt: { lte: now },
          checkInClosesAt: { gt: now },
        },
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
