import { actorReader } from "../actor.js";
import { directory } from "../callback-data/directory.js";
import type { BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";
import { checkSearch, rememberQuery, resultsMessage } from "../search-results.js";
import { outcomeOf } from "./outcome.js";
import { askText } from "./prompts.js";

export const DIRECTORY_SEARCH = "directory-search";

/** Asks for part of a name and shows the first page of matching NGOs. */
export function directorySearchConversation({ services, redis }: BotDeps) {
  return async function directorySearch(conversation: BotConversation, ctx: ConversationContext): Promise<void> {
    const name = await askText(conversation, ctx, ctx.t("directory-ask-name"), checkSearch);
    const actor = actorReader(services.people, ctx.personId);
    // Rendered inside `external`, so what is stored for replays is plain text and buttons.
    const message = await conversation.external(() =>
      outcomeOf(async () => {
        const result = await services.directory.search(await actor(), { name }, 0);
        const token = await rememberQuery(redis, name);
        const { text, keyboard } = resultsMessage(ctx.t, ctx.locale, result, (page) => directory.search.build({ query: token, page }));
        return { text, buttons: keyboard.inline_keyboard };
      }),
    );
    if (!message.ok) await ctx.reply(ctx.t(`error-${message.code}`));
    else await ctx.reply(message.value.text, { reply_markup: { inline_keyboard: message.value.buttons } });
  };
}
