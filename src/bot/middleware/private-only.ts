import type { I18n } from "@grammyjs/i18n";
import { Composer } from "grammy";
import { isLocale } from "../../domain/calendar.js";
import type { BotContext } from "../context.js";

/** The bot works in private chats; elsewhere it says so (once per message) and goes no further. */
export function privateOnly(i18n: I18n): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const other = composer.drop((ctx) => ctx.chat === undefined || ctx.chat.type === "private");
  const locale = (code: string | undefined) => (isLocale(code) ? code : "fa");
  other.on("my_chat_member", async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === "member" || status === "administrator") {
      await ctx.reply(i18n.t(locale(ctx.from.language_code), "private-only"));
      await ctx.leaveChat();
    }
  });
  other.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: i18n.t(locale(ctx.from.language_code), "private-only") }));
  other.on("message", (ctx) => ctx.reply(i18n.t(locale(ctx.from.language_code), "private-only")));
  return composer;
}
