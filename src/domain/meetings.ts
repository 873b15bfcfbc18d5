import { randomInt } from "node:crypto";
import {
  type AgendaItem,
  type AgendaOutcome,
  type County,
  type Field,
  type Meeting,
  type MeetingAnswer,
  type MeetingInvitation,
  Prisma,
} from "@prisma/client";
import type { Db } from "../data/prisma.js";
import { audit } from "./audit.js";
import { oncePerDraft } from "./drafts.js";
import { DomainError } from "./errors.js";
import { tell } from "./outbox.js";
import { countiesInScope } from "./people.js";
import type { Actor } from "./shared/actor.js";
import { audienceNgosSql, audiencePeopleSql } from "./shared/audience.js";
import { type Checked, checkLength } from "./shared/validation.js";
import { cleanInput, latinDigits } from "./text.js";

const CHECK_IN = {
  /** Check-in, open from when an official starts it, closes this long after the meeting's start, unless they end it sooner. */
  afterStartMs: 3 * 3_600_000,
  /** Codes a person may send in `windowMs` that are not one they can use; then they wait. */
  wrongCodes: 5,
  windowMs: 3_600_000,
} as const;

/** What a sent check-in code came to. */
export type CheckInResult = { checkedIn: string } | { refused: true } | { retryAt: Date };

export const MEETING_LIMITS = {
  title: { min: 3, max: 120 },
  theme: { min: 10, max: 500 },
  venue: { min: 3, max: 200 },
  headcount: { min: 1, max: 200 },
  agendaItem: { min: 10, max: 300 },
  /** Agenda items one NGO may add to one meeting. */
  agendaPerNgo: 5,
  /** How far ahead a meeting may be scheduled, in days. */
  daysAhead: 200,
} as const;

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

const checkTyped = (input: string, limits: { min: number; max: number }) => checkLength(cleanInput(input), limits);

export const checkMeetingTitle = (input: string) => checkTyped(input, MEETING_LIMITS.title);
export const checkMeetingTheme = (input: string) => checkTyped(input, MEETING_LIMITS.theme);
export const checkVenue = (input: string) => checkTyped(input, MEETING_LIMITS.venue);
export const checkAgendaItem = (input: string) => checkTyped(input, MEETING_LIMITS.agendaItem);
export const checkOutcomeNote = (input: string) => checkTyped(input, MEETING_LIMITS.agendaItem);

export type AgendaView = AgendaItem & { field: Field; ngo: { name: string } };

export function checkHeadcount(input: string): Checked<number> {
  const digits = cleanInput(input).replace(/\s/g, "");
  const count = /^\d{1,4}$/.test(digits) ? Number(digits) : Number.NaN;
  if (!(count >= MEETING_LIMITS.headcount.min && count <= MEETING_LIMITS.headcount.max)) {
    return { ok: false, error: "invalid-headcount", vars: { max: MEETING_LIMITS.headcount.max } };
  }
  return { ok: true, value: count };
}

/** A meeting's time: in the future, and not absurdly far. */
export function checkMeetingTime(startsAt: Date | null, now: Date): Checked<Date> {
  if (!startsAt) return { ok: false, error: "invalid-date-time" };
  if (startsAt.getTime() <= now.getTime()) return { ok: false, error: "invalid-time-past" };
  if (startsAt.getTime() > now.getTime() + MEETING_LIMITS.daysAhead * 86_400_000) {
    return { ok: false, error: "invalid-meeting-time-far", vars: { days: MEETING_LIMITS.daysAhead } };
  }
  return { ok: true, value: startsAt };
}

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
const invitedNgosSql = (meetingId: string) => Prisma.sql`n.id IN (SELECT "ngoId" FROM "MeetingNgo" WHERE "meetingId" = ${meetingId})`;

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
export class MeetingService {
  constructor(private readonly db: Db) {}

  /** The counties the actor may hold meetings in. */
  counties(actor: Actor): Promise<County[]> {
    return this.db.county.findMany({ where: countiesInScope(actor.roles), orderBy: { id: "asc" } });
  }

  private async checkCounty(actor: Actor, countyId: number): Promise<void> {
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

  /** Upcoming meetings in the actor's counties, soonest first. */
  async upcoming(actor: Actor, now: Date): Promise<MeetingView[]> {
    return this.db.meeting.findMany({
      where: { county: countiesInScope(actor.roles), status: "SCHEDULED", startsAt: { gt: now } },
      include: { county: true },
      orderBy: { startsAt: "asc" },
      take: 20,
    });
  }

  /** The people a scheduled meeting invites now, through the NGOs it invited. */
  private inviteesNow(db: Db | Prisma.TransactionClient, meeting: Pick<Meeting, "id" | "membersInvited">): Promise<Invitee[]> {
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
  private async record(db: Db | Prisma.TransactionClient, invitation: InvitationView, change: Partial<InvitationRecord>) {
    const { meetingId, personId, ngoId, isLeader, answer, headcount, answeredAt, presentAt } = invitation;
    const stands = { ngoId, isLeader, answer, headcount, answeredAt, presentAt, ...change };
    await db.meetingInvitation.upsert({
      where: { meetingId_personId: { meetingId, personId } },
      create: { meetingId, personId, ...stands },
      update: stands,
    });
  }

  /** Records the person's answer; pressing the same button twice (or on two devices) leaves one answer. */
  async answer(personId: bigint, meetingId: string, answer: MeetingAnswer, now: Date): Promise<InvitationView> {
    const invitation = await this.openInvitation(personId, meetingId, now);
    const change = invitation.answer === answer ? {} : { answer, answeredAt: now, ...(answer === "NO" ? { headcount: null } : {}) };
    await this.record(this.db, invitation, change);
    return (await this.invitation(personId, meetingId)) as InvitationView;
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

  /** An NGO's current leader puts a problem of the NGO on the agenda, before the meeting starts. */
  async addAgendaItem(personId: bigint, meetingId: string, item: { text: string; fieldId: number }, now: Date): Promise<AgendaItem> {
    const invitation = await this.leaderInvitation(personId, meetingId, now);
    const text = checkAgendaItem(item.text);
    if (!text.ok || !(await this.db.field.count({ where: { id: item.fieldId } }))) throw new DomainError("invalid-meeting");
    return this.db.$transaction(async (tx) => {
      // Serialised per NGO, so the limit holds when two presses (or two leaders, before and after a handover) race.
      await tx.$queryRaw`SELECT 1 FROM "MeetingNgo" WHERE "meetingId" = ${meetingId} AND "ngoId" = ${invitation.ngoId} FOR UPDATE`;
      const count = await tx.agendaItem.count({ where: { meetingId, ngoId: invitation.ngoId } });
      if (count >= MEETING_LIMITS.agendaPerNgo) throw new DomainError("agenda-full");
      const created = await tx.agendaItem.create({
        data: { meetingId, ngoId: invitation.ngoId, fieldId: item.fieldId, text: text.value, createdById: personId },
      });
      await audit(tx, { actorId: personId, action: "meeting.agenda.add", entityType: "meeting", entityId: meetingId, after: created });
      return created;
    });
  }

  /** The agenda, grouped by field of activity, for invitees and the officials of the meeting's county. */
  async agenda(viewer: Actor, meetingId: string): Promise<{ meeting: MeetingView; items: AgendaView[] }> {
    const meeting = await this.db.meeting.findUnique({ where: { id: meetingId }, include: { county: true } });
    if (!meeting) throw new DomainError("not-found");
    if (!(await this.invitation(viewer.id, meetingId))) await this.checkCounty(viewer, meeting.countyId);
    const items = await this.db.agendaItem.findMany({
      where: { meetingId },
      include: { field: true, ngo: { select: { name: true } } },
      orderBy: [{ field: { sortOrder: "asc" } }, { createdAt: "asc" }],
    });
    return { meeting, items };
  }

  /**
   * Starts check-in (or shows it again while it is open): a six-digit code
   * attendees send to the bot, working until `closesAt`. Two officials
   * pressing at once get the same code.
   */
  async startCheckIn(actor: Actor, id: string, now: Date): Promise<{ code: string; closesAt: Date }> {
    for (;;) {
      const meeting = await this.managed(actor, id);
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
        if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
      }
    }
  }

  /** Ends check-in: the code stops working at once. Returns how many are present. */
  async endCheckIn(actor: Actor, id: string, now: Date): Promise<{ title: string; present: number; invited: number }> {
    const meeting = await this.managed(actor, id);
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
      const invitation = meeting && (await this.invitation(personId, meeting.id));
      if (!meeting || !invitation) {
        await tx.checkInAttempt.deleteMany({ where: { personId, at: { lte: since } } });
        await tx.checkInAttempt.create({ data: { personId, at: now } });
        return { refused: true };
      }
      // Sending the code again keeps the first arrival time.
      if (!invitation.presentAt) await this.record(tx, invitation, { presentAt: now });
      return { checkedIn: meeting.title };
    });
  }

  /** The people invited now, for an official marking people present by hand: those not yet present first, then leaders first. */
  async invitees(actor: Actor, id: string) {
    const meeting = await this.managed(actor, id);
    const invitees = await this.inviteesNow(this.db, meeting);
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
    await this.managed(actor, id);
    const invitation = await this.invitation(personId, id);
    if (!invitation) throw new DomainError("not-found"); // no longer in an invited NGO
    if (invitation.presentAt) return;
    await this.db.$transaction(async (tx) => {
      await this.record(tx, invitation, { presentAt: now });
      await audit(tx, {
        actorId: actor.id,
        action: "meeting.mark-present",
        entityType: "meeting",
        entityId: id,
        after: { personId: String(personId) },
      });
    });
  }

  /** An agenda item whose outcome the actor may record: of a meeting of their counties that is not called off. */
  async outcomeItem(actor: Actor, itemId: string): Promise<AgendaItem> {
    const item = await this.db.agendaItem.findUnique({ where: { id: itemId } });
    if (!item) throw new DomainError("not-found");
    const meeting = await this.managed(actor, item.meetingId);
    if (meeting.status !== "SCHEDULED") throw new DomainError("meeting-cancelled");
    return item;
  }

  /** An official records what the meeting did about an agenda item; recording again replaces it. */
  async recordOutcome(actor: Actor, itemId: string, outcome: AgendaOutcome, note: string | null, now: Date): Promise<AgendaItem> {
    const item = await this.outcomeItem(actor, itemId);
    const text = note === null ? null : checkOutcomeNote(note);
    if (text && !text.ok) throw new DomainError("invalid-meeting");
    return this.db.$transaction(async (tx) => {
      const updated = await tx.agendaItem.update({
        where: { id: itemId },
        data: { outcome, outcomeNote: text?.ok ? text.value : null, outcomeById: actor.id, outcomeAt: now },
      });
      await audit(tx, {
        actorId: actor.id,
        action: "meeting.outcome",
        entityType: "meeting",
        entityId: item.meetingId,
        before: item,
        after: updated,
      });
      return updated;
    });
  }

  /** Meetings of the actor's counties, the latest first, past ones included. */
  recent(actor: Actor): Promise<MeetingView[]> {
    return this.db.meeting.findMany({
      where: { county: countiesInScope(actor.roles) },
      include: { county: true },
      orderBy: { startsAt: "desc" },
      take: 20,
    });
  }

  /** Everyone invited with their answer and presence, leaders first, for /attendance. */
  async attendance(actor: Actor, id: string) {
    const meeting = await this.managed(actor, id);
    const rows = await this.db.meetingInvitation.findMany({
      where: { meetingId: id },
      include: { person: true, ngo: { select: { name: true } } },
      orderBy: [{ ngo: { name: "asc" } }, { isLeader: "desc" }, { personId: "asc" }],
    });
    return { meeting, rows, present: rows.filter((r) => r.presentAt).length };
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
