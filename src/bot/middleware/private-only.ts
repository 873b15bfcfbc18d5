import type { I18n } from "@grammyjs/i18n";
import { telegramLocale } from "../../domain/people.js";
import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";

/** The bot works in private chats; elsewhere it says so (once per message) and goes no further. */
export function privateOnly(i18n: I18n): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const other = composer.drop((ctx) => ctx.chat === undefined || ctx.chat.type === "private");
  other.on("my_chat_member", async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if (status === "member" || status === "administrator") {
      try {
        await ctx.reply(i18n.t(telegramLocale(ctx.from.language_code), "private-only"));
      } finally {
        await ctx.leaveChat(); // even where the bot may not post
      }
    }
  });
  other.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: i18n.t(telegramLocale(ctx.from.language_code), "private-only") }));
  other.on("message", (ctx) => ctx.reply(i18n.t(telegramLocale(ctx.from.language_code), "private-only")));
  return composer;
}
