import type { I18n, TranslateFunction } from "@grammyjs/i18n";
import { type Api, GrammyError, InlineKeyboard } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import { dayOfDeadline, formatDate, type Quarter } from "../domain/calendar.js";
import { LIMITS } from "../domain/ngo-rules.js";
import type { Notification } from "../domain/outbox.js";
import type { PersonWithRoles } from "../domain/people.js";
import { nameIn } from "../domain/reference.js";
import type { Locale } from "../domain/shared/locale.js";
import type { Sender, SendFailure } from "../jobs/delivery.js";
import { broadcastKeyboard, broadcastStatusText } from "./broadcast-status.js";
import { syncPersonCommands } from "./commands.js";
import type { AppServices } from "./deps.js";
import { escapeHtml, inviteLink, joinList, leaderLink, ngoCard, personName, shown } from "./format.js";
import { reviewMessage } from "./keyboards/review.js";
import { quarterKey, quarterName } from "./kpi-report.js";
import { invitationKeyboard, invitationText, meetingCard } from "./meeting-format.js";

type Rendered = { text: string; markup?: InlineKeyboardMarkup };

/** Sends notifications in each recipient's own language; used by the delivery workers. */
export class TelegramSender implements Sender {
  constructor(
    private readonly api: Api,
    private readonly i18n: I18n,
    private readonly services: AppServices,
    private readonly botUsername: string,
  ) {}

  async notify(personId: bigint, notification: Notification): Promise<void> {
    const recipient = await this.services.people.find(personId);
    if (!recipient) return; // the person deleted their data meanwhile
    const rendered = await this.render(notification, recipient);
    if (!rendered) return;
    await this.api.sendMessage(Number(personId), rendered.text, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(rendered.markup ? { reply_markup: rendered.markup } : {}),
    });
  }

  async copy(personId: bigint, fromChatId: bigint, messageId: number, options: { paid: boolean }): Promise<void> {
    await this.api.copyMessage(Number(personId), Number(fromChatId), messageId, options.paid ? { allow_paid_broadcast: true } : {});
  }

  async syncCommands(personId: bigint): Promise<void> {
    await syncPersonCommands(this.api, this.i18n, personId, await this.services.people.find(personId));
  }

  classify(error: unknown): SendFailure {
    if (error instanceof GrammyError) {
      if (error.error_code === 429) return { kind: "rate-limited", retryAfterSeconds: error.parameters.retry_after ?? 1 };
      if (error.error_code === 403) return { kind: "unreachable" };
      if (error.error_code === 400) return { kind: "rejected" };
      return { kind: "transient" };
    }
    // Network failures (HttpError) and anything unexpected are retried with backoff.
    return { kind: "transient" };
  }

  private async render(notification: Notification, recipient: PersonWithRoles): Promise<Rendered | null> {
    const locale: Locale = recipient.locale;
    const t: TranslateFunction = (key, vars) => this.i18n.t(locale, key, vars);
    const tr = { t, locale };
    switch (notification.kind) {
      case "official-granted":
      case "official-revoked":
        return { text: t(notification.kind) };
      case "needs-invitation":
      case "needs-reminder": {
        const waiting = await this.services.needs.stillWaiting(recipient.person.id, notification.roundId, new Date());
        if (!waiting) return null; // answered, closed, or no longer this person's NGO
        const key =
          notification.kind === "needs-invitation" ? "needs-invitation" : notification.last ? "needs-reminder-last" : "needs-reminder";
        return {
          text: t(key, {
            name: escapeHtml(waiting.ngoName),
            title: escapeHtml(waiting.round.title),
            deadline: formatDate(dayOfDeadline(waiting.round.deadline), locale),
          }),
          markup: new InlineKeyboard().text(t("button-answer-survey"), `needs:answer:${waiting.round.id}`),
        };
      }
      case "needs-closed": {
        const summary = await this.services.needs.closingSummary(notification.roundId);
        if (!summary) return null;
        return {
          text: t("needs-closed", { title: escapeHtml(summary.round.title), answered: summary.answered, invited: summary.invited }),
          markup: new InlineKeyboard().text(t("button-needs-report"), `needs:r:${summary.round.id}`),
        };
      }
      case "meeting-invitation":
      case "meeting-rescheduled": {
        const invitation = await this.services.meetings.invitation(recipient.person.id, notification.meetingId);
        const meeting = invitation?.meeting;
        if (!invitation || !meeting || meeting.status !== "SCHEDULED" || meeting.startsAt <= new Date()) return null;
        const moved = notification.kind === "meeting-rescheduled" ? `${t("meeting-moved")}\n\n` : "";
        return { text: moved + invitationText(tr, invitation), markup: invitationKeyboard(t, invitation) };
      }
      case "meeting-reminder": {
        const invitation = await this.services.meetings.invitation(recipient.person.id, notification.meetingId);
        const meeting = invitation?.meeting;
        // Too late to matter: the meeting moved, was called off or has begun; or the person declined meanwhile.
        if (meeting?.status !== "SCHEDULED" || meeting.startsAt.toISOString() !== notification.startsAt) return null;
        if (!invitation || meeting.startsAt <= new Date() || invitation.answer === "NO") return null;
        return { text: `${t("meeting-reminder")}\n\n${invitationText(tr, invitation)}`, markup: invitationKeyboard(t, invitation) };
      }
      case "meeting-cancelled": {
        const invitation = await this.services.meetings.invitation(recipient.person.id, notification.meetingId);
        if (!invitation) return null;
        return { text: `${t("meeting-called-off")}\n\n${meetingCard(tr, invitation.meeting)}` };
      }
      case "quarter-nudge":
      case "quarter-missing": {
        const quarter = { year: notification.year, quarter: notification.quarter as Quarter["quarter"] };
        if (!recipient.roles.official) return null; // no longer an official
        const ids = notification.kind === "quarter-nudge" ? [notification.countyId] : notification.countyIds;
        // Counties that have scheduled their meeting since the check are no longer named.
        const missing = new Set(await this.services.kpi.stillWithoutMeeting(ids, quarter));
        if (missing.size === 0) return null;
        const counties = (await this.services.reference.counties())
          .filter((c) => missing.has(c.id))
          .map((c) => escapeHtml(nameIn(c, locale)));
        const vars = { quarter: quarterName(tr, quarter), counties: joinList(counties, locale), count: counties.length };
        return notification.kind === "quarter-nudge"
          ? { text: t("quarter-nudge", vars), markup: new InlineKeyboard().text(t("button-new-meeting"), "mt:new") }
          : { text: t("quarter-missing", vars), markup: new InlineKeyboard().text(t("button-kpi"), `kpi:s:${quarterKey(quarter)}`) };
      }
      case "broadcast-done": {
        const broadcast = await this.services.broadcasts.find(notification.broadcastId);
        if (!broadcast) return null;
        return { text: broadcastStatusText(tr, broadcast, new Date()), markup: broadcastKeyboard(t, broadcast) };
      }
      case "partner-request": {
        const request = await this.services.partners.incoming(notification.requestId);
        if (request?.status !== "PENDING") return null;
        const from = request.fromNgo;
        return {
          text: `${t("partner-request", { from: escapeHtml(from.name), to: escapeHtml(request.toNgo.name) })}\n\n${ngoCard(tr, from, { showPhone: false, detail: "public" })}`,
          markup: new InlineKeyboard()
            .text(t("button-accept"), `partner:accept:${request.id}`)
            .text(t("button-decline"), `partner:decline:${request.id}`),
        };
      }
      default: {
        const ngo = await this.services.ngos.card(notification.ngoId);
        if (!ngo) return null;
        const name = escapeHtml(ngo.name);
        switch (notification.kind) {
          case "ngo-pending": {
            if (ngo.status !== "PENDING") return null; // reviewed before this went out
            return reviewMessage(tr, ngo);
          }
          case "ngo-approved":
            return {
              text: t("ngo-approved", { name, link: inviteLink(this.botUsername, ngo.inviteToken) }),
              markup: new InlineKeyboard().text(t("button-members"), "members:list"),
            };
          case "ngo-rejected":
            return { text: t("ngo-rejected", { name, reason: shown(ngo.rejectionReason ?? "", LIMITS.rejectionReason.max) }) };
          case "member-joined": {
            const member = await this.services.people.find(BigInt(notification.memberId));
            return member ? { text: t("member-joined", { name, member: personName(member.person) }) } : null;
          }
          case "member-removed":
            return { text: t("member-removed", { name }) };
          case "leadership-received":
            return { text: t("leadership-received", { name }) };
          case "partner-contact": {
            const leader = ngo.leader ? leaderLink(ngo.leader) : "—";
            return { text: t("partner-contact", { name, leader }) };
          }
          case "partner-declined":
            return { text: t("partner-declined", { name }) };
          case "ngo-merged":
            return { text: t("ngo-merged", { name }) };
        }
      }
    }
  }
}
