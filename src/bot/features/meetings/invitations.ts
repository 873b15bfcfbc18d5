import type { MeetingAnswer } from "@prisma/client";
import { InlineKeyboard } from "grammy";
import { formatDateTime, plainNumber } from "../../../domain/calendar.js";
import { actorOf, tr } from "../../actor.js";
import { meetings as buttons } from "../../callback-data/meetings.js";
import { menu } from "../../callback-data/menu.js";
import { Composer } from "../../composer.js";
import type { BotContext } from "../../context.js";
import { MEETING_AGENDA, MEETING_HEADCOUNT } from "../../conversations/meetings.js";
import type { BotDeps } from "../../deps.js";
import { isolate } from "../../format.js";
import { agendaText, invitationKeyboard, invitationText } from "../../meeting-format.js";

/** Agenda items with an outcome button (Telegram allows 100 buttons in a keyboard). */
const OUTCOME_BUTTONS = 60;

/**
 * Meetings, for invitees: /meetings lists their invitations; they answer from
 * the invitation itself (attending or not, the NGO's headcount, a problem for
 * the agenda), see the agenda and the map.
 */
export function invitationsFeature({ services }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { meetings } = services;

  // Officials got their meetings in scheduling.ts.
  const list = async (ctx: BotContext) => {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard();
    const invitations = await meetings.invitationsOf(ctx.actor.person.id, new Date());
    for (const i of invitations) {
      keyboard
        .text(
          `${isolate(formatDateTime(i.meeting.startsAt, ctx.actor.locale))} — ${isolate(i.meeting.title)}`,
          buttons.invitation.build({ meeting: i.meetingId }),
        )
        .row();
    }
    await ctx.reply(ctx.t(invitations.length ? "meetings-invited" : "meetings-no-invitations"), { reply_markup: keyboard });
  };
  composer.command("meetings", list);
  composer.callbackQuery(menu.meetings.filter, list);

  // Answers from the invitation, which then shows the answer
  for (const [button, value] of [
    [buttons.attend, "YES"],
    [buttons.notAttend, "NO"],
  ] as const satisfies readonly (readonly [unknown, MeetingAnswer])[]) {
    composer.callbackQuery(button.filter, async (ctx) => {
      const invitation = await meetings.answer(ctx.actor.person.id, button.unpack(ctx.match).meeting, value, new Date());
      // The answer and the edit go out together; both are waited for, so a failure surfaces after the answer landed.
      const sent = await Promise.allSettled([
        ctx.answerCallbackQuery({ text: ctx.t("meeting-answer-recorded") }),
        ctx.editMessageText(invitationText(tr(ctx), invitation), {
          parse_mode: "HTML",
          reply_markup: invitationKeyboard(ctx.t, invitation),
        }),
      ]);
      for (const each of sent) if (each.status === "rejected") throw each.reason;
    });
  }

  // Only whoever leads the NGO now answers for it or adds to the agenda.
  for (const [button, conversation] of [
    [buttons.headcount, MEETING_HEADCOUNT],
    [buttons.addAgenda, MEETING_AGENDA],
  ] as const) {
    composer.callbackQuery(button.filter, async (ctx) => {
      const invitation = await meetings.leaderInvitation(ctx.actor.person.id, button.unpack(ctx.match).meeting, new Date());
      await ctx.answerCallbackQuery();
      await ctx.conversation.enter(conversation, invitation.meetingId);
    });
  }

  composer.callbackQuery(buttons.agenda.filter, async (ctx) => {
    const { meeting, items } = await meetings.agenda(actorOf(ctx), buttons.agenda.unpack(ctx.match).meeting);
    await ctx.answerCallbackQuery();
    // Officials of the county record outcomes from here: one numbered button per item.
    const manages = meeting.status === "SCHEDULED" && (await meetings.covers(actorOf(ctx), meeting.countyId));
    const keyboard = new InlineKeyboard();
    if (manages) {
      items.slice(0, OUTCOME_BUTTONS).forEach((item, i) => {
        keyboard.text(`✍️ ${plainNumber(i + 1, ctx.actor.locale)}`, buttons.recordOutcome.build({ item: item.id }));
        if (i % 5 === 4) keyboard.row();
      });
    }
    await ctx.reply(agendaText(tr(ctx), meeting, items, manages), { parse_mode: "HTML", reply_markup: keyboard });
  });

  composer.callbackQuery(buttons.invitation.filter, async (ctx) => {
    const invitation = await meetings.invitation(ctx.actor.person.id, buttons.invitation.unpack(ctx.match).meeting);
    if (!invitation) return ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    await ctx.answerCallbackQuery();
    await ctx.reply(invitationText(tr(ctx), invitation), { parse_mode: "HTML", reply_markup: invitationKeyboard(ctx.t, invitation) });
  });
  composer.callbackQuery(buttons.map.filter, async (ctx) => {
    const invitation = await meetings.invitation(ctx.actor.person.id, buttons.map.unpack(ctx.match).meeting);
    const { latitude, longitude } = invitation?.meeting ?? {};
    if (latitude == null || longitude == null) return ctx.answerCallbackQuery({ text: ctx.t("stale-button") });
    await ctx.answerCallbackQuery();
    await ctx.replyWithLocation(latitude, longitude);
  });

  return composer;
}
