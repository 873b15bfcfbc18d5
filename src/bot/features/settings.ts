import { InlineKeyboard } from "grammy";
import { settings as buttons } from "../callback-data/settings.js";
import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/** /settings: members choose whether broadcasts that are not essential reach them. */
export function settingsFeature({ services }: BotDeps): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  const settings = async (ctx: BotContext) => {
    const muted = ctx.actor.person.mutedBroadcasts;
    const keyboard = new InlineKeyboard().text(
      ctx.t(muted ? "button-unmute" : "button-mute"),
      buttons.mute.build({ choice: muted ? "unmute" : "mute" }),
    );
    const note = ctx.actor.roles.leads ? `\n\n${ctx.t("settings-leader-note")}` : "";
    const text = ctx.t(muted ? "settings-muted" : "settings-unmuted") + note;
    if (ctx.callbackQuery) await ctx.editMessageText(text, { reply_markup: keyboard });
    else await ctx.reply(text, { reply_markup: keyboard });
  };
  composer.command("settings", settings);
  composer.callbackQuery(buttons.mute.filter, async (ctx) => {
    ctx.actor.person = await services.people.muteBroadcasts(ctx.actor.person.id, buttons.mute.unpack(ctx.match).choice === "mute");
    await ctx.answerCallbackQuery();
    await settings(ctx);
  });

  return composer;
}
