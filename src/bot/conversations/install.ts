import { type ConversationBuilder, createConversation } from "@grammyjs/conversations";
import { Api, type MiddlewareFn, type NextFunction } from "grammy";
import { installTransformers } from "../api-transformers.js";
import type { BotContext, BotConversation, ConversationContext } from "../context.js";
import type { BotDeps } from "../deps.js";

/** A feature's conversations, each under its id (`<feature>Conversations` of the feature's module). */
export type FeatureConversations = Record<string, ConversationBuilder<BotContext, ConversationContext>>;

/**
 * Every feature's conversations, with the plugins every conversation gets. The bot installs them before any
 * feature's handlers, so a person in the middle of one gets their updates there.
 */
export function installConversations(deps: BotDeps, ...features: FeatureConversations[]): MiddlewareFn<BotContext> {
  const plugins = conversationPlugins(deps);
  const installed = features.flatMap((conversations) =>
    Object.entries(conversations).map(([id, builder]) => ({ id, middleware: createConversation(builder, { id, plugins }) })),
  );
  return registeredWhenNeeded(installed);
}

/**
 * The conversations' middleware in order, as `composer.use` of each would run them, except that one the person is not
 * in (nearly all of them, for nearly every update) is not run until something enters a conversation: all it would do
 * is register itself for `enter` and wait in `await next()` for the rest of the update. That was some thirty frames
 * and 20 KB per update, kept past scavenges and promoted (README, Performance). One the person is in is resumed in
 * its place, with the rest as its `next`.
 */
function registeredWhenNeeded(installed: readonly { id: string; middleware: MiddlewareFn<BotContext> }[]): MiddlewareFn<BotContext> {
  const from = async (index: number, waiting: MiddlewareFn<BotContext>[], ctx: BotContext, next: NextFunction): Promise<void> => {
    for (let i = index; i < installed.length; i++) {
      const { id, middleware } = installed[i] as (typeof installed)[number];
      if (ctx.conversation.active(id) > 0) {
        await middleware(ctx, () => from(i + 1, waiting, ctx, next));
        return;
      }
      waiting.push(middleware);
    }
    const { conversation } = ctx;
    const enter = conversation.enter.bind(conversation);
    conversation.enter = async (name, ...args) => {
      // Registered before the first entry of the update, with a `next` that does nothing: they are not in use.
      for (const middleware of waiting.splice(0)) await middleware(ctx, nothingNext);
      return enter(name, ...args);
    };
    return next();
  };
  return (ctx, next) => from(0, [], ctx, next);
}

const nothingNext: NextFunction = () => Promise.resolve();

/**
 * Conversations build their own context objects: give them the person (their
 * id and saved language, read through `external`, so replays do not query
 * again), i18n, retries on flood limits and their messenger's form of calls.
 *
 * The conversation's Api keeps each call's answer for replays (its one transformer). Ours go beneath it, so a
 * replay gets the answer they ended with: installed on top, a 429 once waited out was waited out again at every
 * later step of the conversation, since each update replays it from the start.
 */
function conversationPlugins({ i18n, messenger }: BotDeps) {
  return (conversation: BotConversation): MiddlewareFn<ConversationContext>[] => [
    async (ctx, next) => {
      // Stored as JSON, so the id travels as a string.
      const saved = await conversation.external((outer) => ({ locale: outer.actor.locale, personId: String(outer.actor.person.id) }));
      ctx.locale = saved.locale;
      ctx.personId = BigInt(saved.personId);
      const api = new Api(ctx.api.token, ctx.api.options);
      installTransformers(api, messenger);
      api.config.use(...ctx.api.config.installedTransformers());
      (ctx as { api: Api }).api = api;
      await next();
    },
    i18n.middleware() as MiddlewareFn<ConversationContext>,
  ];
}
