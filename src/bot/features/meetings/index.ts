import { Composer } from "../../composer.js";
import type { BotContext } from "../../context.js";
import type { FeatureConversations } from "../../conversations/install.js";
import {
  MEETING_AGENDA,
  MEETING_HEADCOUNT,
  MEETING_NEW,
  MEETING_OUTCOME,
  MEETING_RESCHEDULE,
  meetingAgendaConversation,
  meetingHeadcountConversation,
  meetingNewConversation,
  meetingOutcomeConversation,
  meetingRescheduleConversation,
} from "../../conversations/meetings.js";
import type { BotDeps } from "../../deps.js";
import { attendanceFeature } from "./attendance.js";
import { invitationsFeature } from "./invitations.js";
import { schedulingFeature } from "./scheduling.js";

/** Meetings, one part per audience: scheduling (officials), invitations (invitees), attendance (both). */
export function meetingsFeature(deps: BotDeps): Composer<BotContext> {
  // Scheduling first: it takes /meetings of officials, invitations everyone else's.
  return new Composer<BotContext>(schedulingFeature(deps), invitationsFeature(deps), attendanceFeature(deps));
}

/** Scheduling and rescheduling, the NGO's headcount, an agenda item, an item's outcome. */
export function meetingsConversations(deps: BotDeps): FeatureConversations {
  return {
    [MEETING_NEW]: meetingNewConversation(deps),
    [MEETING_RESCHEDULE]: meetingRescheduleConversation(deps),
    [MEETING_HEADCOUNT]: meetingHeadcountConversation(deps),
    [MEETING_AGENDA]: meetingAgendaConversation(deps),
    [MEETING_OUTCOME]: meetingOutcomeConversation(deps),
  };
}
