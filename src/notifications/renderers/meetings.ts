import { invitationKeyboard, invitationText, meetingCard } from "../../bot/meeting-format.js";
import type { NotificationOf, RenderContext, Rendered, Renderers } from "../render.js";

/** An invitation, or the news that the meeting moved, while the meeting is still to come. */
async function invitation(
  notification: NotificationOf<"meeting-invitation" | "meeting-rescheduled">,
  { recipient, tr, services }: RenderContext,
): Promise<Rendered | null> {
  const { t } = tr;
  const invitation = await services.meetings.invitation(recipient.person.id, notification.meetingId);
  const meeting = invitation?.meeting;
  if (!invitation || !meeting || meeting.status !== "SCHEDULED" || meeting.startsAt <= new Date()) return null;
  const moved = notification.kind === "meeting-rescheduled" ? `${t("meeting-moved")}\n\n` : "";
  return { text: moved + invitationText(tr, invitation), markup: invitationKeyboard(t, invitation) };
}

/** Meetings: invitees are invited, told of a new time, reminded, and told when a meeting is called off. */
export const meetingRenderers: Renderers<"meeting-invitation" | "meeting-rescheduled" | "meeting-reminder" | "meeting-cancelled"> = {
  "meeting-invitation": invitation,
  "meeting-rescheduled": invitation,
  "meeting-reminder": async (notification, { recipient, tr, services }) => {
    const { t } = tr;
    const invitation = await services.meetings.invitation(recipient.person.id, notification.meetingId);
    const meeting = invitation?.meeting;
    // Too late to matter: the meeting moved, was called off or has begun; or the person declined meanwhile.
    if (meeting?.status !== "SCHEDULED" || meeting.startsAt.toISOString() !== notification.startsAt) return null;
    if (!invitation || meeting.startsAt <= new Date() || invitation.answer === "NO") return null;
    return { text: `${t("meeting-reminder")}\n\n${invitationText(tr, invitation)}`, markup: invitationKeyboard(t, invitation) };
  },
  "meeting-cancelled": async (notification, { recipient, tr, services }) => {
    const invitation = await services.meetings.invitation(recipient.person.id, notification.meetingId);
    if (!invitation) return null;
    return { text: `${tr.t("meeting-called-off")}\n\n${meetingCard(tr, invitation.meeting)}` };
  },
};
