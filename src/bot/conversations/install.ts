import { type ConversationBuilder, createConversation } from "@grammyjs/conversations";
import { Composer, type MiddlewareFn } from "grammy";
import { installTransformers } from "../api-transformers.js";
import type { BotContext, BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/**
 * The conversations of one feature, each under its id, with the plugins every
 * conversation gets. The bot installs every feature's conversations before any
 * feature's handlers, so a person in the middle of one gets their updates there.
 */
export function featureConversations(
  deps: BotDeps,
  conversations: Record<string, ConversationBuilder<BotContext, ConversationContext>>,
): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const plugins = conversationPlugins(deps);
  for (const [id, builder] of Object.entries(conversations)) composer.use(createConversation(builder, { id, plugins }));
  return composer;
}

/**
 * Conversations build their own context objects: give them the person's saved
 * language (read through `external`, so replays do not query again), i18n,
 * and retries on flood limits.
 */
function conversationPlugins({ i18n }: BotDeps) {
  return (conversation: BotConversation): MiddlewareFn<ConversationContext>[] => [
    async (ctx, next) => {
      const saved = await conversation.external((outer) => outer.actor.locale);
      ctx.locale = saved;
      installTransformers(ctx.api);
      await next();
    },
    i18n.middleware() as MiddlewareFn<ConversationContext>,
  ];
}
