import type { TranslateFunction } from "@grammyjs/i18n";
import { InlineKeyboard } from "grammy";
import { formatDateTime } from "../domain/calendar.js";
import type { AgendaView, InvitationView, MeetingView } from "../domain/meetings.js";
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
  if (invitation.isLeader) {
    keyboard
      .row()
      .text(`${invitation.headcount ? "• " : ""}${t("button-answer-for-ngo")}`, `mt:count:${id}`)
      .text(t("button-add-agenda"), `mt:addagenda:${id}`);
  }
  keyboard.row().text(t("button-agenda"), `mt:agenda:${id}`);
  if (invitation.meeting.latitude !== null) keyboard.row().text(t("button-map"), `mt:map:${id}`);
  return keyboard;
}

/** Room in a Telegram message (4096 characters) for the agenda's lines. */
const AGENDA_BUDGET = 3600;

/** The agenda grouped by field of activity, each problem with the NGO that raised it and its outcome; numbered for officials recording outcomes. */
export function agendaText(tr: Translator, meeting: MeetingView, items: AgendaView[], numbered = false): string {
  const { t, locale } = tr;
  const lines = [t("agenda-title", { title: escapeHtml(meeting.title) })];
  if (items.length === 0) lines.push("", t("agenda-empty"));
  let field: number | undefined;
  let used = lines.join("\n").length;
  for (const [i, item] of items.entries()) {
    const block = [
      ...(item.fieldId !== field ? ["", `<b>${escapeHtml(nameIn(item.field, locale))}</b>`] : []),
      `${numbered ? `${i + 1}. ` : "• "}${escapeHtml(item.text)} — ${escapeHtml(item.ngo.name)}`,
      ...(item.outcome ? [`   ${t(`outcome-${item.outcome}`)}${item.outcomeNote ? `: ${escapeHtml(item.outcomeNote)}` : ""}`] : []),
    ];
    const size = block.join("\n").length + 1;
    if (used + size > AGENDA_BUDGET) {
      lines.push("", t("agenda-more", { count: items.length - i }));
      break;
    }
    lines.push(...block);
    used += size;
    field = item.fieldId;
  }
  return lines.join("\n");
}
