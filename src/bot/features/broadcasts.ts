import { Composer, InlineKeyboard, InputFile } from "grammy";
import { formatDate } from "../../domain/calendar.js";
import { nameIn } from "../../domain/reference.js";
import { toCsv } from "../../reports/workbook.js";
import { broadcastKeyboard, broadcastStatusText } from "../broadcast-status.js";
import type { BotContext } from "../context.js";
import { BROADCAST } from "../conversations/broadcast.js";
import type { BotDeps } from "../deps.js";
import { displayName } from "../format.js";
import { officialOnly } from "../guards.js";

const DONE_KEY = { pause: "broadcast-paused", resume: "broadcast-resumed", cancel: "broadcast-cancelled" } as const;
const STATUS_ICON = { SCHEDULED: "🕒", SENDING: "🚀", PAUSED: "⏸", DONE: "✅", CANCELLED: "✖️" } as const;

/**
 * Broadcasts (officials): /broadcast composes one (a guided conversation),
 * /broadcasts lists recent and scheduled ones with their counts; the buttons
 * pause, resume or cancel one and export who did not get it.
 * Members mute broadcasts that are not essential in /settings.
 */
export function broadcastsFeature({ services, config }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const { broadcasts } = services;
  const actorOf = (ctx: BotContext) => ({ id: ctx.actor.person.id, roles: ctx.actor.roles });

  const compose = officialOnly(async (ctx) => {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    await ctx.conversation.enter(BROADCAST);
  });
  composer.command("broadcast", compose);
  composer.callbackQuery("bc:new", compose);

  const list = officialOnly(async (ctx) => {
    const recent = await broadcasts.list(actorOf(ctx));
    if (ctx.callbackQuery) await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard();
    for (const b of recent) {
      const when = formatDate(b.startedAt ?? b.sendAt, ctx.actor.locale);
      keyboard.text(`${STATUS_ICON[b.status]} ${b.label || ctx.t("broadcast-no-text")} — ${when}`, `bc:show:${b.id}`).row();
    }
    keyboard.text(ctx.t("button-new-broadcast"), "bc:new");
    await ctx.reply(ctx.t(recent.length ? "broadcasts-list" : "broadcasts-none"), { reply_markup: keyboard });
  });
  composer.command("broadcasts", list);
  composer.callbackQuery("menu:broadcasts", list);

  composer.callbackQuery(
    /^bc:show:(\w+)$/,
    officialOnly(async (ctx) => {
      const broadcast = await broadcasts.get(actorOf(ctx), ctx.match?.[1] ?? "");
      await ctx.answerCallbackQuery();
      await ctx.reply(broadcastStatusText({ t: ctx.t, locale: ctx.actor.locale }, broadcast, new Date(), config.broadcastRatePerSecond), {
        parse_mode: "HTML",
        reply_markup: broadcastKeyboard(ctx.t, broadcast),
      });
    }),
  );

  /** Pause, resume, cancel: the state changes in Postgres, with an intent for the workers (see domain/outbox.ts). */
  const control = (action: "pause" | "resume" | "cancel") =>
    officialOnly(async (ctx) => {
      const id = ctx.match?.[1] ?? "";
      const actor = actorOf(ctx);
      await broadcasts[action](actor, id);
      const broadcast = await broadcasts.get(actor, id);
      await ctx.answerCallbackQuery({ text: ctx.t(DONE_KEY[action]) });
      await ctx.editMessageText(
        broadcastStatusText({ t: ctx.t, locale: ctx.actor.locale }, broadcast, new Date(), config.broadcastRatePerSecond),
        {
          parse_mode: "HTML",
          reply_markup: broadcastKeyboard(ctx.t, broadcast),
        },
      );
    });
  composer.callbackQuery(/^bc:pause:(\w+)$/, control("pause"));
  composer.callbackQuery(/^bc:resume:(\w+)$/, control("resume"));
  composer.callbackQuery(/^bc:cancel:(\w+)$/, control("cancel"));

  composer.callbackQuery(
    /^bc:failed:(\w+)$/,
    officialOnly(async (ctx) => {
      const rows = await broadcasts.failedRecipients(actorOf(ctx), ctx.match?.[1] ?? "");
      await ctx.answerCallbackQuery();
      const { t, locale } = { t: ctx.t, locale: ctx.actor.locale };
      const header = ["name", "username", "telegram-id", "county", "status", "error"].map((c) => t(`broadcast-col-${c}`));
      const csv = toCsv(
        header,
        rows.map((r) => [
          r.person ? displayName(r.person) : "",
          r.person?.username ? `@${r.person.username}` : "",
          String(r.personId),
          nameIn(r.county, locale),
          t(`delivery-${r.status}`),
          r.error,
        ]),
      );
      await ctx.replyWithDocument(new InputFile(csv, "broadcast-not-delivered.csv"));
    }),
  );

  // Members choose whether broadcasts that are not essential reach them.
  const settings = async (ctx: BotContext) => {
    const muted = ctx.actor.person.mutedBroadcasts;
    const keyboard = new InlineKeyboard().text(ctx.t(muted ? "button-unmute" : "button-mute"), muted ? "settings:unmute" : "settings:mute");
    const note = ctx.actor.roles.leads ? `\n\n${ctx.t("settings-leader-note")}` : "";
    const text = ctx.t(muted ? "settings-muted" : "settings-unmuted") + note;
    if (ctx.callbackQuery) await ctx.editMessageText(text, { reply_markup: keyboard });
    else await ctx.reply(text, { reply_markup: keyboard });
  };
  composer.command("settings", settings);
  composer.callbackQuery(/^settings:(mute|unmute)$/, async (ctx) => {
    ctx.actor.person = await services.people.muteBroadcasts(ctx.actor.person.id, ctx.match[1] === "mute");
    await ctx.answerCallbackQuery();
    await settings(ctx);
  });

  return composer;
}
