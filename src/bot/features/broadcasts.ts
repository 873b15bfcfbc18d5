import { InlineKeyboard, InputFile } from "grammy";
import { formatDate } from "../../domain/calendar.js";
import { toCsv } from "../../reports/workbook.js";
import { actorOf, tr } from "../actor.js";
import { broadcastKeyboard, broadcastStatusText } from "../broadcast-format.js";
import { broadcasts as buttons } from "../callback-data/broadcasts.js";
import { menu } from "../callback-data/menu.js";
import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";
import { BROADCAST, broadcastConversation } from "../conversations/broadcast.js";
import type { FeatureConversations } from "../conversations/install.js";
import type { BotDeps } from "../deps.js";
import { officialsOnly } from "../filters.js";
import { isolate } from "../format.js";
import { notDeliveredTable } from "../presenters/broadcasts.js";

const DONE_KEY = { pause: "broadcast-paused", resume: "broadcast-resumed", cancel: "broadcast-cancelled" } as const;
const STATUS_ICON = { SCHEDULED: "🕒", SENDING: "🚀", PAUSED: "⏸", DONE: "✅", CANCELLED: "✖️" } as const;

/**
 * Broadcasts (officials): /broadcast composes one (a guided conversation),
 * /broadcasts lists recent and scheduled ones with their counts; the buttons
 * pause, resume or cancel one and export who did not get it.
 * Members mute broadcasts that are not essential in /settings (features/settings.ts).
 */
export function broadcastsFeature({ services, config }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { broadcasts } = services;

  const compose = async (ctx: BotContext) => {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    await ctx.conversation.enter(BROADCAST);
  };
  composer.command("broadcast").filter(officialsOnly, compose);
  composer.callbackQuery(buttons.compose.filter).filter(officialsOnly, compose);

  const list = async (ctx: BotContext) => {
    const recent = await broadcasts.list(actorOf(ctx));
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard();
    for (const b of recent) {
      const when = formatDate(b.startedAt ?? b.sendAt, ctx.actor.locale);
      keyboard
        .text(
          `${STATUS_ICON[b.status]} ${isolate(b.label || ctx.t("broadcast-no-text"))} — ${isolate(when)}`,
          buttons.show.build({ broadcast: b.id }),
        )
        .row();
    }
    keyboard.text(ctx.t("button-new-broadcast"), buttons.compose.build());
    await ctx.reply(ctx.t(recent.length ? "broadcasts-list" : "broadcasts-none"), { reply_markup: keyboard });
  };
  composer.command("broadcasts").filter(officialsOnly, list);
  composer.callbackQuery(menu.broadcasts.filter).filter(officialsOnly, list);

  composer.callbackQuery(buttons.show.filter).filter(officialsOnly, async (ctx) => {
    const broadcast = await broadcasts.get(actorOf(ctx), buttons.show.unpack(ctx.match).broadcast);
    await ctx.answerCallbackQuery();
    await ctx.reply(broadcastStatusText(tr(ctx), broadcast, new Date(), config.broadcastRatePerSecond), {
      parse_mode: "HTML",
      reply_markup: broadcastKeyboard(ctx.t, broadcast),
    });
  });

  /** Pause, resume, cancel: the state changes in Postgres, with an intent for the workers (see domain/outbox.ts). */
  for (const action of ["pause", "resume", "cancel"] as const) {
    const button = buttons[action];
    composer.callbackQuery(button.filter).filter(officialsOnly, async (ctx) => {
      const id = button.unpack(ctx.match).broadcast;
      const actor = actorOf(ctx);
      await broadcasts[action](actor, id);
      const broadcast = await broadcasts.get(actor, id);
      await ctx.answerCallbackQuery({ text: ctx.t(DONE_KEY[action]) });
      await ctx.editMessageText(broadcastStatusText(tr(ctx), broadcast, new Date(), config.broadcastRatePerSecond), {
        parse_mode: "HTML",
        reply_markup: broadcastKeyboard(ctx.t, broadcast),
      });
    });
  }

  composer.callbackQuery(buttons.notDelivered.filter).filter(officialsOnly, async (ctx) => {
    const rows = await broadcasts.failedRecipients(actorOf(ctx), buttons.notDelivered.unpack(ctx.match).broadcast);
    await ctx.answerCallbackQuery();
    const { header, rows: cells } = notDeliveredTable(tr(ctx), rows);
    const csv = toCsv(header, cells);
    await ctx.replyWithDocument(new InputFile(csv, "broadcast-not-delivered.csv"));
  });

  return composer;
}

/** Composing a broadcast. */
export function broadcastsConversations(deps: BotDeps): FeatureConversations {
  return { [BROADCAST]: broadcastConversation(deps) };
}
