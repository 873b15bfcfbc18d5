import type { AgendaItem, AgendaOutcome, Field } from "@prisma/client";
import type { Db } from "../../data/prisma.js";
import { audit } from "../audit.js";
import { DomainError } from "../errors.js";
import type { Actor } from "../shared/actor.js";
import type { MeetingScheduling, MeetingView } from "./scheduling.js";
import { checkAgendaItem, checkOutcomeNote, MEETING_LIMITS } from "./validators.js";

export type AgendaView = AgendaItem & { field: Field; ngo: { name: string } };

/** A meeting's agenda: the problems NGO leaders put on it, and what the meeting did about each. */
export class MeetingAgenda {
  constructor(
    private readonly db: Db,
    private readonly meetings: MeetingScheduling,
  ) {}

  /** An NGO's current leader puts a problem of the NGO on the agenda, before the meeting starts. */
  async addAgendaItem(personId: bigint, meetingId: string, item: { text: string; fieldId: number }, now: Date): Promise<AgendaItem> {
    const invitation = await this.meetings.leaderInvitation(personId, meetingId, now);
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
    if (!(await this.meetings.invitation(viewer.id, meetingId))) await this.meetings.checkCounty(viewer, meeting.countyId);
    const items = await this.db.agendaItem.findMany({
      where: { meetingId },
      include: { field: true, ngo: { select: { name: true } } },
      orderBy: [{ field: { sortOrder: "asc" } }, { createdAt: "asc" }],
    });
    return { meeting, items };
  }

  /** An agenda item whose outcome the actor may record: of a meeting of their counties that is not called off. */
  async outcomeItem(actor: Actor, itemId: string): Promise<AgendaItem> {
    const item = await this.db.agendaItem.findUnique({ where: { id: itemId } });
    if (!item) throw new DomainError("not-found");
    const meeting = await this.meetings.managed(actor, item.meetingId);
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
}
