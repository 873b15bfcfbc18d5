import type { Checked } from "../../domain/ngo-rules.js";
import { cleanInput } from "../../domain/text.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { rememberQuery, resultsMessage } from "../search-results.js";
import { askText } from "./prompts.js";

export const DIRECTORY_SEARCH = "directory-search";

const checkSearch = (text: string): Checked<string> => {
  const name = cleanInput(text);
  if (name.length < 2) return { ok: false, error: "invalid-too-short", vars: { min: 2 } };
  if (name.length > 60) return { ok: false, error: "invalid-too-long", vars: { max: 60, length: name.length } };
  return { ok: true, value: name };
};

/** Asks for part of a name and shows the first page of matching NGOs. */
export function directorySearchConversation({ services, redis }: BotDeps) {
  return async function directorySearch(conversation: BotConversation, ctx: ConversationContext): Promise<void> {
    const name = await askText(conversation, ctx, ctx.t("directory-ask-name"), checkSearch);
    const actorId = BigInt(ctx.from?.id ?? 0);
    // Rendered inside `external`, so what is stored for replays is plain text and buttons.
    const message = await conversation.external(async () => {
      const who = await services.people.find(actorId);
      if (!who) return { text: ctx.t("directory-forbidden"), buttons: [] };
      const token = await rememberQuery(redis, name);
      const result = await services.directory.search({ id: actorId, roles: who.roles }, { name }, 0);
      const { text, keyboard } = resultsMessage(ctx.t, ctx.locale, result, (page) => `dir:q:${token}:${page}`);
      return { text, buttons: keyboard.inline_keyboard };
    });
    await ctx.reply(message.text, { reply_markup: { inline_keyboard: message.buttons } });
  };
}
