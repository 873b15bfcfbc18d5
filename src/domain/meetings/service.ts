import type { Db } from "../../data/prisma.js";
import { MeetingAgenda } from "./agenda.js";
import { MeetingAttendance } from "./attendance.js";
import { MeetingScheduling } from "./scheduling.js";

/**
 * One entry point for callers: scheduling and invitations, with the agenda
 * and attendance parts, which build on them.
 */
export class MeetingService extends MeetingScheduling {
  private readonly agendaItems: MeetingAgenda;
  private readonly presence: MeetingAttendance;

  constructor(db: Db) {
    super(db);
    this.agendaItems = new MeetingAgenda(db, this);
    this.presence = new MeetingAttendance(db, this);
  }

  addAgendaItem = (...a: Parameters<MeetingAgenda["addAgendaItem"]>) => this.agendaItems.addAgendaItem(...a);
  agenda = (...a: Parameters<MeetingAgenda["agenda"]>) => this.agendaItems.agenda(...a);
  outcomeItem = (...a: Parameters<MeetingAgenda["outcomeItem"]>) => this.agendaItems.outcomeItem(...a);
  recordOutcome = (...a: Parameters<MeetingAgenda["recordOutcome"]>) => this.agendaItems.recordOutcome(...a);

  answer = (...a: Parameters<MeetingAttendance["answer"]>) => this.presence.answer(...a);
  startCheckIn = (...a: Parameters<MeetingAttendance["startCheckIn"]>) => this.presence.startCheckIn(...a);
  endCheckIn = (...a: Parameters<MeetingAttendance["endCheckIn"]>) => this.presence.endCheckIn(...a);
  checkIn = (...a: Parameters<MeetingAttendance["checkIn"]>) => this.presence.checkIn(...a);
  invitees = (...a: Parameters<MeetingAttendance["invitees"]>) => this.presence.invitees(...a);
  markPresent = (...a: Parameters<MeetingAttendance["markPresent"]>) => this.presence.markPresent(...a);
  attendance = (...a: Parameters<MeetingAttendance["attendance"]>) => this.presence.attendance(...a);
}
