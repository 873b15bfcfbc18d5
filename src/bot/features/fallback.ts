import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";

/** Whatever no feature handled gets a short, useful answer: never silence. */
export function fallbackFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: ctx.t("stale-button"), show_alert: false }));
  composer.on("message:forward_origin", (ctx) => ctx.reply(ctx.t("fallback-forwarded")));
  composer.on("message:entities:bot_command", (ctx) => ctx.reply(ctx.t("fallback-unknown-command")));
  composer.on("message:text", (ctx) => ctx.reply(ctx.t("fallback-text")));
  composer.on("message:sticker", (ctx) => ctx.reply(ctx.t("fallback-sticker")));
  composer.on("message", (ctx) => ctx.reply(ctx.t("fallback-other")));
  return composer;
}
