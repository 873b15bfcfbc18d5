import type { TranslateFunction } from "@grammyjs/i18n";
import { InlineKeyboard } from "grammy";
import { formatDateTime } from "../domain/calendar.js";
import type { InvitationView, MeetingView } from "../domain/meetings.js";
import { nameIn } from "../domain/reference.js";
import { escapeHtml, type Translator } from "./format.js";

/** A meeting as invitees and officials read it. */
export function meetingCard({ t, locale }: Translator, meeting: MeetingView): string {
  return t("meeting-card", {
    title: escapeHtml(meeting.title),
    county: escapeHtml(nameIn(meeting.county, locale)),
    theme: escapeHtml(meeting.theme),
    at: formatDateTime(meeting.startsAt, locale),
    venue: escapeHtml(meeting.venue),
  });
}

/** The invitation with the person's answer so far. */
export function invitationText(tr: Translator, invitation: InvitationView): string {
  const { t } = tr;
  const answer =
    invitation.answer === null
      ? t("meeting-answer-none")
      : invitation.headcount
        ? t("meeting-answer-ngo", { name: escapeHtml(invitation.ngo.name), count: invitation.headcount })
        : t(`meeting-answer-${invitation.answer}`);
  return `${t("meeting-invited", { name: escapeHtml(invitation.ngo.name) })}\n\n${meetingCard(tr, invitation.meeting)}\n\n${answer}\n${t("meeting-answer-until")}`;
}

/** Attend / not attend (the current answer marked), answering for the NGO (leaders), and the map when there is one. */
export function invitationKeyboard(t: TranslateFunction, invitation: InvitationView): InlineKeyboard {
  const id = invitation.meetingId;
  const mark = (answer: "YES" | "NO") => (invitation.answer === answer && !invitation.headcount ? "• " : "");
  const keyboard = new InlineKeyboard()
    .text(`${mark("YES")}${t("button-attend")}`, `mt:yes:${id}`)
    .text(`${mark("NO")}${t("button-not-attend")}`, `mt:no:${id}`);
  if (invitation.isLeader) keyboard.row().text(`${invitation.headcount ? "• " : ""}${t("button-answer-for-ngo")}`, `mt:count:${id}`);
  if (invitation.meeting.latitude !== null) keyboard.row().text(t("button-map"), `mt:map:${id}`);
  return keyboard;
}
