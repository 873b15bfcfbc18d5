import type { MiddlewareFn } from "grammy";
import type { BotSettings } from "../../config.js";
import type { PeopleService } from "../../domain/people.js";
import type { BotContext } from "../context.js";

/**
 * Loads the person behind the update (who they are on this bot's messenger), with their roles, fresh on every update,
 * and records that they started this bot (it may now message them).
 */
export function loadPerson(people: PeopleService, bot: Pick<BotSettings, "messenger" | "key">): MiddlewareFn<BotContext> {
  const { messenger } = bot;
  return async (ctx, next) => {
    const from = ctx.from;
    if (!from || from.is_bot) return;
    // The person blocked the bot: nothing can reach them until they come back.
    if (ctx.myChatMember?.new_chat_member.status === "kicked") {
      await people.blockedBot(messenger, BigInt(from.id), new Date());
      return;
    }
    ctx.actor = await people.touch({
      messenger,
      id: from.id,
      firstName: from.first_name,
      lastName: from.last_name,
      username: from.username,
      languageCode: from.language_code,
      bot: bot.key,
    });
    await next();
  };
}
