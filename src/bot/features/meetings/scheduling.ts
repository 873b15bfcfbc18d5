import { InlineKeyboard } from "grammy";
import { formatDateTime } from "../../../domain/calendar.js";
import type { ProvinceChoice } from "../../../domain/people.js";
import { nameIn } from "../../../domain/reference.js";
import { actorOf, tr } from "../../actor.js";
import { meetings as buttons } from "../../callback-data/meetings.js";
import { menu } from "../../callback-data/menu.js";
import { Composer } from "../../composer.js";
import type { BotContext } from "../../context.js";
import { MEETING_NEW, MEETING_OUTCOME, MEETING_RESCHEDULE } from "../../conversations/meetings.js";
import type { BotDeps } from "../../deps.js";
import { isOfficial, officialsOnly } from "../../filters.js";
import { escapeHtml, isolate } from "../../format.js";
import { meetingCard } from "../../meeting-format.js";
import { scopedCommand } from "../../province-picker.js";

/**
 * Meetings, for officials: /meeting_new (guided), /meetings (upcoming meetings
 * of their counties, with the answers so far), reschedule and cancel, and
 * recording what a meeting did about an agenda item.
 */
export function schedulingFeature(deps: BotDeps): Composer<BotContext> {
  const { services } = deps;
  const composer = new Composer<BotContext>();
  const { meetings } = services;

  const create = async (ctx: BotContext) => {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    await ctx.conversation.enter(MEETING_NEW);
  };
  composer.command("meeting_new").filter(officialsOnly, create);
  composer.callbackQuery(buttons.create.filter).filter(officialsOnly, create);

  // /meetings of officials; invitees get their invitations (invitations.ts).
  const list = async (ctx: BotContext, province: ProvinceChoice) => {
    const { locale } = ctx.actor;
    const keyboard = new InlineKeyboard();
    const upcoming = await meetings.upcoming(actorOf(ctx), new Date(), province);
    for (const m of upcoming) {
      keyboard
        .text(
          `${isolate(formatDateTime(m.startsAt, locale))} — ${isolate(nameIn(m.county, locale))}: ${isolate(m.title)}`,
          buttons.show.build({ meeting: m.id }),
        )
        .row();
    }
    keyboard.text(ctx.t("button-new-meeting"), buttons.create.build());
    await ctx.reply(ctx.t(upcoming.length ? "meetings-upcoming" : "meetings-none"), { reply_markup: keyboard });
  };
  const openList = scopedCommand(composer, deps, "meetings", "meetings", list, isOfficial);
  composer.callbackQuery(menu.meetings.filter).filter(isOfficial, async (ctx) => {
    await ctx.answerCallbackQuery();
    await openList(ctx);
  });

  // One meeting, the answers so far, reschedule and cancel
  composer.callbackQuery(buttons.show.filter).filter(officialsOnly, async (ctx) => {
    const meeting = await meetings.managed(actorOf(ctx), buttons.show.unpack(ctx.match).meeting);
    await ctx.answerCallbackQuery();
    const { counts } = meeting;
    const id = { meeting: meeting.id };
    const keyboard = new InlineKeyboard().text(ctx.t("button-agenda"), buttons.agenda.build(id));
    if (meeting.status === "SCHEDULED") keyboard.text(ctx.t("button-check-in"), buttons.startCheckIn.build(id));
    keyboard.row();
    if (meeting.status === "SCHEDULED") {
      keyboard
        .text(ctx.t("button-reschedule"), buttons.reschedule.build(id))
        .text(ctx.t("button-cancel-meeting"), buttons.cancel.build(id));
    }
    await ctx.reply(`${meetingCard(tr(ctx), meeting)}\n\n${ctx.t("meeting-counts", { ...counts })}`, {
      parse_mode: "HTML",
      reply_markup: keyboard,
    });
  });
  composer.callbackQuery(buttons.reschedule.filter).filter(officialsOnly, async (ctx) => {
    const meeting = await meetings.managed(actorOf(ctx), buttons.reschedule.unpack(ctx.match).meeting);
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter(MEETING_RESCHEDULE, meeting.id);
  });
  composer.callbackQuery(buttons.cancel.filter).filter(officialsOnly, async (ctx) => {
    const meeting = await meetings.managed(actorOf(ctx), buttons.cancel.unpack(ctx.match).meeting);
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("meeting-cancel-confirm", { title: escapeHtml(meeting.title) }), {
      parse_mode: "HTML",
      reply_markup: new InlineKeyboard()
        .text(ctx.t("button-yes-cancel-meeting"), buttons.cancelConfirmed.build({ meeting: meeting.id }))
        .text(ctx.t("button-cancel"), menu.cancel.build()),
    });
  });
  composer.callbackQuery(buttons.cancelConfirmed.filter).filter(officialsOnly, async (ctx) => {
    const meeting = await meetings.cancel(actorOf(ctx), buttons.cancelConfirmed.unpack(ctx.match).meeting);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("meeting-cancelled-done", { title: escapeHtml(meeting.title) }), { parse_mode: "HTML" });
  });

  // The outcome of an agenda item, from the agenda's numbered buttons
  composer.callbackQuery(buttons.recordOutcome.filter).filter(officialsOnly, async (ctx) => {
    // Refused before any question when the item is not the official's to record.
    const item = await meetings.outcomeItem(actorOf(ctx), buttons.recordOutcome.unpack(ctx.match).item);
    await ctx.answerCallbackQuery();
    await ctx.conversation.enter(MEETING_OUTCOME, item.id, item.text);
  });

  return composer;
}
