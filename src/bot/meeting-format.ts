import type { TranslateFunction } from "@grammyjs/i18n";
import { InlineKeyboard } from "grammy";
import { formatDateTime, plainNumber } from "../domain/calendar.js";
import type { AgendaView } from "../domain/meetings/agenda.js";
import type { InvitationView, MeetingView } from "../domain/meetings/scheduling.js";
import { MEETING_LIMITS } from "../domain/meetings/validators.js";
import { LIMITS } from "../domain/ngo-rules.js";
import { nameIn } from "../domain/reference.js";
import { meetings } from "./callback-data/meetings.js";
import { escapeHtml, fitItems, isolate, LIST_BUDGET, shown, type Translator } from "./format.js";

/** A meeting's title for a message. */
export const meetingTitle = (meeting: { title: string }) => shown(meeting.title, MEETING_LIMITS.title.max);

/** A meeting as invitees and officials read it. */
export function meetingCard({ t, locale }: Translator, meeting: MeetingView): string {
  return t("meeting-card", {
    title: meetingTitle(meeting),
    county: escapeHtml(nameIn(meeting.county, locale)),
    theme: shown(meeting.theme, MEETING_LIMITS.theme.max),
    at: formatDateTime(meeting.startsAt, locale),
    venue: shown(meeting.venue, MEETING_LIMITS.venue.max),
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
    .text(`${mark("YES")}${t("button-attend")}`, meetings.attend.build({ meeting: id }))
    .text(`${mark("NO")}${t("button-not-attend")}`, meetings.notAttend.build({ meeting: id }));
  if (invitation.isLeader) {
    keyboard
      .row()
      .text(`${invitation.headcount ? "• " : ""}${t("button-answer-for-ngo")}`, meetings.headcount.build({ meeting: id }))
      .text(t("button-add-agenda"), meetings.addAgenda.build({ meeting: id }));
  }
  keyboard.row().text(t("button-agenda"), meetings.agenda.build({ meeting: id }));
  if (invitation.meeting.latitude !== null) keyboard.row().text(t("button-map"), meetings.map.build({ meeting: id }));
  return keyboard;
}

/** The agenda grouped by field of activity, each problem with the NGO that raised it and its outcome; numbered for officials recording outcomes. */
export function agendaText(tr: Translator, meeting: MeetingView, items: AgendaView[], numbered = false): string {
  const { t, locale } = tr;
  const heading = t("agenda-title", { title: meetingTitle(meeting) });
  if (items.length === 0)
    return `${heading}

${t("agenda-empty")}`;
  const blocks = items.map((item, i) =>
    [
      ...(item.fieldId !== items[i - 1]?.fieldId ? ["", `<b>${escapeHtml(nameIn(item.field, locale))}</b>`] : []),
      `${numbered ? `${plainNumber(i + 1, locale)}. ` : "• "}${isolate(shown(item.text, MEETING_LIMITS.agendaItem.max))} — ${isolate(shown(item.ngo.name, LIMITS.name.max))}`,
      ...(item.outcome
        ? [
            `   ${t(`outcome-${item.outcome}`)}${item.outcomeNote ? `: ${isolate(shown(item.outcomeNote, MEETING_LIMITS.agendaItem.max))}` : ""}`,
          ]
        : []),
    ].join("\n"),
  );
  const fitted = fitItems(blocks, LIST_BUDGET - heading.length, (count) => `\n${t("list-more", { count })}`);
  return [heading, ...fitted].join("\n");
}
