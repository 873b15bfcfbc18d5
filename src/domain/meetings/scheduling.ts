import { type County, type Meeting, type MeetingInvitation, Prisma } from "@prisma/client";
import type { Db } from "../../data/prisma.js";
import { audit } from "../audit.js";
import { oncePerDraft } from "../drafts.js";
import { DomainError } from "../errors.js";
import { tell } from "../outbox.js";
import { countiesInScope, type ProvinceChoice } from "../people.js";
import type { Actor } from "../shared/actor.js";
import { audienceNgosSql, audiencePeopleSql } from "../shared/audience.js";
import { checkHeadcount, checkMeetingTheme, checkMeetingTime, checkMeetingTitle, checkVenue } from "./validators.js";

export type MeetingDraft = {
  countyId: number;
  title: string;
  theme: string;
  startsAt: Date;
  venue: string;
  location: { latitude: number; longitude: number } | null;
  /** Empty: every verified NGO of the county. */
  fieldIds: number[];
  membersInvited: boolean;
};

export type MeetingView = Meeting & { county: County };
export type InvitationView = MeetingInvitation & { meeting: MeetingView; ngo: { name: string } };
export type MeetingCounts = { invited: number; yes: number; no: number; unanswered: number; headcount: number };

/**
 * Which reminder a meeting is due now: the latest one (an index into
 * `before`, times before the start, earliest first) whose time has come,
 * if that time fell after the start was set (a meeting called two hours
 * ahead gets no "one day before" reminder), or null.
 */
export function dueReminderStep(meeting: Pick<Meeting, "startsAt" | "scheduledAt">, before: readonly number[], now: Date): number | null {
  let due: number | null = null;
  for (const [step, ahead] of before.entries()) {
    const at = meeting.startsAt.getTime() - ahead;
    if (at <= now.getTime() && at > meeting.scheduledAt.getTime()) due = step;
  }
  return meeting.startsAt > now ? due : null;
}

/** The NGOs (`n`) a meeting of these criteria invites: the county's verified NGOs, of the chosen fields. */
const chosenNgosSql = (meeting: Pick<Meeting, "countyId" | "fieldIds">) =>
  audienceNgosSql({ countyIds: [meeting.countyId], fieldIds: meeting.fieldIds });

/** The NGOs (`n`) a scheduled meeting invites. */
export const invitedNgosSql = (meetingId: string) =>
  Prisma.sql`n.id IN (SELECT "ngoId" FROM "MeetingNgo" WHERE "meetingId" = ${meetingId})`;

/** The people invited through these NGOs: one invitation per person, through the NGO they lead if they lead one. */
function inviteesSql(ngos: Prisma.Sql, membersInvited: boolean): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (r.pid) r.pid AS "personId", r."ngoId", r."isLeader"
    FROM (${audiencePeopleSql(ngos, membersInvited)}) r
    ORDER BY r.pid, r."isLeader" DESC, r."ngoId"`;
}

type Invitee = { personId: bigint; ngoId: string; isLeader: boolean };
type InvitationRecord = Pick<MeetingInvitation, "answer" | "headcount" | "answeredAt" | "presentAt">;

/**
 * Problem-centred meetings: officials schedule them for a county, the people
 * of its NGOs are invited and answer from the invitation itself.
 */
export class MeetingScheduling {
  constructor(private readonly db: Db) {}

  /** The counties the actor may hold meetings in. */
  counties(actor: Actor): Promise<County[]> {
    return this.db.county.findMany({ where: countiesInScope(actor.roles), orderBy: { id: "asc" } });
  }

  async checkCounty(actor: Actor, countyId: number): Promise<void> {
    if (!(await this.covers(actor, countyId))) throw new DomainError("forbidden");
  }

  /** Whether the actor holds meetings in the county (an official covering it, or a superadmin). */
  async covers(actor: Actor, countyId: number): Promise<boolean> {
    if (!actor.roles.superadmin && !actor.roles.official) return false;
    return (await this.db.county.count({ where: { AND: [countiesInScope(actor.roles), { id: countyId }] } })) > 0;
  }

  /** How many people (and NGOs) a meeting would invite now. */
  async countInvitees(actor: Actor, draft: Pick<MeetingDraft, "countyId" | "fieldIds" | "membersInvited">) {
    await this.checkCounty(actor, draft.countyId);
    const rows = await this.db.$queryRaw<{ people: bigint; ngos: bigint }[]>`
      SELECT count(*) AS people, count(DISTINCT "ngoId") FILTER (WHERE "isLeader") AS ngos
      FROM (${inviteesSql(chosenNgosSql(draft), draft.membersInvited)}) x`;
    return { people: Number(rows[0]?.people ?? 0), ngos: Number(rows[0]?.ngos ?? 0) };
  }

  /** Schedules the meeting; the same draft (`draftKey`) confirmed again gets the meeting it made. */
  async create(actor: Actor, draft: MeetingDraft, now: Date, draftKey?: string): Promise<{ meeting: Meeting; invited: number }> {
    return oncePerDraft(
      draftKey,
      (key) => this.createdFrom(actor, key),
      () => this.insert(actor, draft, now, draftKey),
    );
  }

  private async createdFrom(actor: Actor, draftKey: string): Promise<{ meeting: Meeting; invited: number } | null> {
    const meeting = await this.db.meeting.findFirst({ where: { draftKey, createdById: actor.id } });
    return meeting && { meeting, invited: await this.db.meetingInvitation.count({ where: { meetingId: meeting.id } }) };
  }

  /** Schedules the meeting and invites, in the same transaction, everyone it is for. */
  private async insert(actor: Actor, draft: MeetingDraft, now: Date, draftKey: string | undefined) {
    await this.checkCounty(actor, draft.countyId);
    const checks = [
      checkMeetingTitle(draft.title),
      checkMeetingTheme(draft.theme),
      checkVenue(draft.venue),
      checkMeetingTime(draft.startsAt, now),
    ];
    if (checks.some((c) => !c.ok)) throw new DomainError("invalid-meeting");
    return this.db.$transaction(async (tx) => {
      const meeting = await tx.meeting.create({
        data: {
          countyId: draft.countyId,
          title: draft.title,
          theme: draft.theme,
          startsAt: draft.startsAt,
          venue: draft.venue,
          latitude: draft.location?.latitude ?? null,
          longitude: draft.location?.longitude ?? null,
          fieldIds: [...new Set(draft.fieldIds)].sort((a, b) => a - b),
          membersInvited: draft.membersInvited,
          createdById: actor.id,
          scheduledAt: now,
          draftKey,
        },
      });
      await tx.$executeRaw`INSERT INTO "MeetingNgo" ("meetingId", "ngoId") SELECT ${meeting.id}, n.id FROM "Ngo" n WHERE ${chosenNgosSql(meeting)}`;
      const invitees = await this.inviteesNow(tx, meeting);
      if (invitees.length === 0) throw new DomainError("meeting-no-ngos");
      await tx.meetingInvitation.createMany({ data: invitees.map((i) => ({ meetingId: meeting.id, ...i })) });
      await tell(
        tx,
        invitees.map((i) => i.personId),
        { kind: "meeting-invitation", meetingId: meeting.id },
      );
      await audit(tx, {
        actorId: actor.id,
        action: "meeting.create",
        entityType: "meeting",
        entityId: meeting.id,
        after: { ...draft, invited: invitees.length },
      });
      return { meeting, invited: invitees.length };
    });
  }

  /** A meeting the actor may manage, or a refusal. */
  async managed(actor: Actor, id: string): Promise<MeetingView & { counts: MeetingCounts }> {
    const meeting = await this.db.meeting.findUnique({ where: { id }, include: { county: true } });
    if (!meeting) throw new DomainError("not-found");
    await this.checkCounty(actor, meeting.countyId);
    return { ...meeting, counts: await this.counts(id) };
  }

  async counts(meetingId: string): Promise<MeetingCounts> {
    const rows = await this.db.meetingInvitation.findMany({
      where: { meetingId },
      select: { answer: true, headcount: true, isLeader: true },
    });
    return {
      invited: rows.length,
      yes: rows.filter((r) => r.answer === "YES").length,
      no: rows.filter((r) => r.answer === "NO").length,
      unanswered: rows.filter((r) => r.answer === null).length,
      headcount: rows.reduce((sum, r) => sum + (r.headcount ?? 0), 0),
    };
  }

  /** Upcoming meetings in the actor's counties (within the chosen province, if any), soonest first. */
  async upcoming(actor: Actor, now: Date, province?: ProvinceChoice): Promise<MeetingView[]> {
    return this.db.meeting.findMany({
      where: { county: countiesInScope(actor.roles, province), status: "SCHEDULED", startsAt: { gt: now } },
      include: { county: true },
      orderBy: { startsAt: "asc" },
      take: 20,
    });
  }

  /** The people a scheduled meeting invites now, through the NGOs it invited. */
  inviteesNow(db: Db | Prisma.TransactionClient, meeting: Pick<Meeting, "id" | "membersInvited">): Promise<Invitee[]> {
    return db.$queryRaw<Invitee[]>`${inviteesSql(invitedNgosSql(meeting.id), meeting.membersInvited)}`;
  }

  /** The person's invitations to meetings yet to start, through the NGOs they lead or belong to now. */
  async invitationsOf(personId: bigint, now: Date): Promise<InvitationView[]> {
    const meetings = await this.db.meeting.findMany({
      where: {
        status: "SCHEDULED",
        startsAt: { gt: now },
        ngos: { some: { ngo: { OR: [{ leaderId: personId }, { members: { some: { personId } } }] } } },
      },
      select: { id: true },
      orderBy: { startsAt: "asc" },
    });
    const invitations = await Promise.all(meetings.map((m) => this.invitation(personId, m.id)));
    return invitations.filter((i) => i !== null);
  }

  /** The person's invitation as it stands now, or null if no NGO they lead or belong to now is invited. */
  async invitation(personId: bigint, meetingId: string): Promise<InvitationView | null> {
    return (await this.standing(personId, meetingId)).invitation;
  }

  /**
   * Rights are read from the NGOs' leadership and membership at this moment,
   * never from when the meeting was scheduled: the invitation is through the
   * invited NGO the person leads, else (members invited) one they belong to,
   * preferably the one they answered for before. `recorded` is their stored
   * row, whose answer holds only while it is for that same NGO.
   */
  private async standing(personId: bigint, meetingId: string) {
    const [meeting, recorded] = await Promise.all([
      this.db.meeting.findUnique({ where: { id: meetingId }, include: { county: true } }),
      this.db.meetingInvitation.findUnique({ where: { meetingId_personId: { meetingId, personId } } }),
    ]);
    if (!meeting) return { invitation: null, recorded };
    const through = await this.db.$queryRaw<{ ngoId: string; isLeader: boolean }[]>`
      SELECT r."ngoId", r."isLeader" FROM (${audiencePeopleSql(invitedNgosSql(meetingId), meeting.membersInvited)}) r WHERE r.pid = ${personId}`;
    const acting = through.find((r) => r.isLeader) ?? through.find((r) => r.ngoId === recorded?.ngoId) ?? through[0];
    if (!acting) return { invitation: null, recorded };
    const ngo = await this.db.ngo.findUniqueOrThrow({ where: { id: acting.ngoId }, select: { name: true } });
    const record = recorded?.ngoId === acting.ngoId ? recorded : { answer: null, headcount: null, answeredAt: null, presentAt: null };
    const invitation: InvitationView = { ...record, meetingId, personId, ...acting, meeting, ngo };
    return { invitation, recorded };
  }

  /** The person's invitation now, or the reason they may no longer act on it. */
  private async currentInvitation(personId: bigint, meetingId: string): Promise<InvitationView> {
    const { invitation, recorded } = await this.standing(personId, meetingId);
    if (invitation) return invitation;
    if (!recorded) throw new DomainError("meeting-not-invited");
    // Still in the NGO, which invited its leader only.
    const member = await this.db.membership.count({ where: { ngoId: recorded.ngoId, personId } });
    throw new DomainError(member ? "not-leader" : "meeting-left-ngo");
  }

  private async openInvitation(personId: bigint, meetingId: string, now: Date): Promise<InvitationView> {
    const invitation = await this.currentInvitation(personId, meetingId);
    if (invitation.meeting.status === "CANCELLED") throw new DomainError("meeting-cancelled");
    if (invitation.meeting.startsAt <= now) throw new DomainError("meeting-started");
    return invitation;
  }

  /** The invitation of the NGO's current leader, before they answer for it or add to the agenda. */
  async leaderInvitation(personId: bigint, meetingId: string, now: Date): Promise<InvitationView> {
    const invitation = await this.openInvitation(personId, meetingId, now);
    if (!invitation.isLeader) throw new DomainError("not-leader");
    return invitation;
  }

  /** Stores the person's row as the invitation now stands, with `change` applied. */
  async record(db: Db | Prisma.TransactionClient, invitation: InvitationView, change: Partial<InvitationRecord>) {
    const { meetingId, personId, ngoId, isLeader, answer, headcount, answeredAt, presentAt } = invitation;
    const stands = { ngoId, isLeader, answer, headcount, answeredAt, presentAt, ...change };
    await db.meetingInvitation.upsert({
      where: { meetingId_personId: { meetingId, personId } },
      create: { meetingId, personId, ...stands },
      update: stands,
    });
  }

  /** The NGO's current leader answers for it: it attends, with this many people (replacing an earlier leader's number). */
  async answerForNgo(personId: bigint, meetingId: string, headcount: number, now: Date): Promise<InvitationView> {
    const invitation = await this.leaderInvitation(personId, meetingId, now);
    if (!checkHeadcount(String(headcount)).ok) throw new DomainError("invalid-meeting");
    await this.db.$transaction(async (tx) => {
      await tx.meetingInvitation.updateMany({
        where: { meetingId, ngoId: invitation.ngoId, personId: { not: personId }, headcount: { not: null } },
        data: { headcount: null },
      });
      await this.record(tx, invitation, { answer: "YES", headcount, answeredAt: now });
    });
    return (await this.invitation(personId, meetingId)) as InvitationView;
  }

  /**
   * Reminds the invitees who have not declined, for reminder `step` of the
   * meeting starting at `startsAt`: recorded per person in the same
   * transaction as the message, so a sweep run twice (a restart, two workers)
   * reminds nobody twice. Nothing goes for a time the meeting no longer has,
   * for a cancelled meeting, or once it has started.
   */
  private async remind(meetingId: string, step: number, startsAt: Date, now: Date): Promise<number> {
    return this.db.$transaction(async (tx) => {
      const [meeting] = await tx.$queryRaw<Meeting[]>`SELECT * FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
      if (meeting?.status !== "SCHEDULED" || meeting.startsAt.getTime() !== startsAt.getTime() || startsAt <= now) return 0;
      const declined = new Set(
        (await tx.meetingInvitation.findMany({ where: { meetingId, answer: "NO" }, select: { personId: true, ngoId: true } })).map(
          (d) => `${d.personId}:${d.ngoId}`,
        ),
      );
      const invitees = (await this.inviteesNow(tx, meeting)).filter((i) => !declined.has(`${i.personId}:${i.ngoId}`));
      const reminded = new Set(
        (await tx.meetingReminder.findMany({ where: { meetingId, step, startsAt }, select: { personId: true } })).map((r) => r.personId),
      );
      const targets = invitees.map((i) => i.personId).filter((id) => !reminded.has(id));
      if (targets.length === 0) return 0;
      await tx.meetingReminder.createMany({ data: targets.map((personId) => ({ meetingId, personId, step, startsAt })) });
      await tell(tx, targets, { kind: "meeting-reminder", meetingId, startsAt: startsAt.toISOString() });
      return targets.length;
    });
  }

  /**
   * Sends the reminders that are due (see dueReminderStep) and not yet
   * recorded. The workers run it every tick: Postgres, not a delayed job in
   * Redis, knows which reminders are owed, so none is lost with Redis.
   */
  async remindDue(now: Date, before: readonly number[]): Promise<number> {
    const horizon = new Date(now.getTime() + Math.max(0, ...before));
    const meetings = await this.db.meeting.findMany({
      where: { status: "SCHEDULED", startsAt: { gt: now, lte: horizon } },
      select: { id: true, startsAt: true, scheduledAt: true },
    });
    let reminded = 0;
    for (const meeting of meetings) {
      const step = dueReminderStep(meeting, before, now);
      if (step !== null) reminded += await this.remind(meeting.id, step, meeting.startsAt, now);
    }
    return reminded;
  }

  /** Meetings of the actor's counties (within the chosen province, if any), the latest first, past ones included. */
  recent(actor: Actor, province?: ProvinceChoice): Promise<MeetingView[]> {
    return this.db.meeting.findMany({
      where: { county: countiesInScope(actor.roles, province) },
      include: { county: true },
      orderBy: { startsAt: "desc" },
      take: 20,
    });
  }

  /** The meetings of the actor's counties starting from `from` until `to`, cancelled ones too, earliest first (a month of the dashboard's calendar). */
  startingBetween(actor: Actor, from: Date, to: Date, province?: ProvinceChoice): Promise<MeetingView[]> {
    return this.db.meeting.findMany({
      where: { county: countiesInScope(actor.roles, province), startsAt: { gte: from, lt: to } },
      include: { county: true },
      orderBy: { startsAt: "asc" },
    });
  }

  /** Moves the meeting; everyone invited is told the new time. */
  async reschedule(actor: Actor, id: string, startsAt: Date, now: Date): Promise<Meeting> {
    const meeting = await this.managed(actor, id);
    if (meeting.status !== "SCHEDULED") throw new DomainError("meeting-cancelled");
    if (!checkMeetingTime(startsAt, now).ok) throw new DomainError("invalid-meeting");
    return this.db.$transaction(async (tx) => {
      const updated = await tx.meeting.update({ where: { id }, data: { startsAt, scheduledAt: now } });
      await tell(
        tx,
        (await this.inviteesNow(tx, meeting)).map((i) => i.personId),
        { kind: "meeting-rescheduled", meetingId: id },
      );
      await audit(tx, {
        actorId: actor.id,
        action: "meeting.reschedule",
        entityType: "meeting",
        entityId: id,
        before: { startsAt: meeting.startsAt },
        after: { startsAt },
      });
      return updated;
    });
  }

  /** Calls the meeting off; everyone invited is told, and its buttons stop working. */
  async cancel(actor: Actor, id: string): Promise<Meeting> {
    const meeting = await this.managed(actor, id);
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.meeting.updateMany({ where: { id, status: "SCHEDULED" }, data: { status: "CANCELLED" } });
      if (count === 0) throw new DomainError("meeting-cancelled");
      await tell(
        tx,
        (await this.inviteesNow(tx, meeting)).map((i) => i.personId),
        { kind: "meeting-cancelled", meetingId: id },
      );
      await audit(tx, { actorId: actor.id, action: "meeting.cancel", entityType: "meeting", entityId: id });
      return tx.meeting.findUniqueOrThrow({ where: { id } });
    });
  }
}
