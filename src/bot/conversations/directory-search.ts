import { DomainError } from "../../domain/errors.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { checkSearch, rememberQuery, resultsMessage } from "../search-results.js";
import { askText } from "./prompts.js";

export const DIRECTORY_SEARCH = "directory-search";

/** Asks for part of a name and shows the first page of matching NGOs. */
export function directorySearchConversation({ services, redis }: BotDeps) {
  return async function directorySearch(conversation: BotConversation, ctx: ConversationContext): Promise<void> {
    const name = await askText(conversation, ctx, ctx.t("directory-ask-name"), checkSearch);
    const actorId = BigInt(ctx.from?.id ?? 0);
    // Rendered inside `external`, so what is stored for replays is plain text and buttons.
    const message = await conversation.external(async () => {
      const who = await services.people.find(actorId);
      if (!who) return { text: ctx.t("directory-forbidden"), buttons: [] };
      try {
        const result = await services.directory.search({ id: actorId, roles: who.roles }, { name }, 0);
        const token = await rememberQuery(redis, name);
        const { text, keyboard } = resultsMessage(ctx.t, ctx.locale, result, (page) => `dir:q:${token}:${page}`);
        return { text, buttons: keyboard.inline_keyboard };
      } catch (error) {
        if (error instanceof DomainError) return { text: ctx.t("directory-forbidden"), buttons: [] };
        throw error;
      }
    });
    await ctx.reply(message.text, { reply_markup: { inline_keyboard: message.buttons } });
  };
}
