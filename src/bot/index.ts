import { type ConversationData, conversations, type VersionedState } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { RedisAdapter } from "@grammyjs/storage-redis";
import { Bot, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Redis } from "ioredis";
import { telegramLocale } from "../domain/people.js";
import { botApiClient } from "../messengers/bot-api-fetch.js";
import { installTransformers } from "./api-transformers.js";
import { Composer } from "./composer.js";
import type { BotContext, ConversationContext } from "./context.js";
import { installConversations } from "./conversations/install.js";
import type { BotDeps } from "./deps.js";
import { broadcastsConversations, broadcastsFeature } from "./features/broadcasts.js";
import { countiesConversations, countiesFeature } from "./features/counties.js";
import { coverageFeature } from "./features/coverage.js";
import { dashboardFeature } from "./features/dashboard.js";
import { directoryConversations, directoryFeature } from "./features/directory.js";
import { duplicatesFeature } from "./features/duplicates.js";
import { fallbackFeature } from "./features/fallback.js";
import { kpiFeature } from "./features/kpi.js";
import { languageFeature } from "./features/language.js";
import { meetingsConversations, meetingsFeature } from "./features/meetings/index.js";
import { membershipFeature } from "./features/membership.js";
import { needsConversations, needsFeature } from "./features/needs.js";
import { officialsConversations, officialsFeature } from "./features/officials.js";
import { partnersFeature } from "./features/partners.js";
import { profileConversations, profileFeature } from "./features/profile.js";
import { registrationConversations, registrationFeature } from "./features/registration.js";
import { reviewConversations, reviewFeature, reviewRefusals } from "./features/review.js";
import { settingsFeature } from "./features/settings.js";
import { startFeature } from "./features/start.js";
import { answerEveryPress } from "./middleware/callback-answers.js";
import { handleBotError } from "./middleware/errors.js";
import { refuseAbsurdNumbers } from "./middleware/forged-presses.js";
import { loadPerson } from "./middleware/person.js";
import { privateOnly } from "./middleware/private-only.js";
import { rateLimit } from "./middleware/rate-limit.js";

/** Builds the bot: middleware in order, then every feature (its conversations, then its commands and buttons), registered here and nowhere else. */
export function createBot(deps: BotDeps, options: { botInfo?: UserFromGetMe } = {}): Bot<BotContext> {
  const { config, i18n, redis, logger, services, messenger } = deps;
  const bot = new Bot<BotContext>(messenger.settings.token, {
    client: botApiClient(messenger.settings.apiRoot),
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  installTransformers(bot.api, messenger);

  // Updates in the form the features expect, whichever messenger sent them (commands marked as commands).
  bot.use(messenger.normaliseUpdate);
  // Updates of one chat are handled one after another (conversation state depends on it).
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  // Every button press is answered exactly once, also when nothing below did (flood limit, a handler that forgot).
  bot.use(answerEveryPress(logger));
  // Everything below runs inside the error boundary, however updates arrive (polling, webhook).
  const guarded = new Composer<BotContext>();
  bot.errorBoundary(handleBotError(i18n, logger, reviewRefusals(deps)), guarded);
  guarded.use(privateOnly(i18n));
  guarded.use(
    rateLimit<BotContext>(redis, {
      windowMs: config.rateLimit.windowMs,
      max: config.rateLimit.max,
      // People of two messengers may share an id: each messenger counts its own.
      keyPrefix: `ratelimit:${messenger.keyScope}`,
      // Called for the first update over the limit only; the presses after it are answered by answerEveryPress.
      onLimitExceeded: async (ctx) => {
        const locale = telegramLocale(ctx.from?.language_code);
        if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: i18n.t(locale, "rate-limited") });
        else await ctx.reply(i18n.t(locale, "rate-limited"));
      },
    }),
  );
  guarded.use(loadPerson(services.people, messenger.settings));
  guarded.use(i18n);
  guarded.use(refuseAbsurdNumbers);

  guarded.use(
    conversations<BotContext, ConversationContext>({
      storage: {
        type: "key",
        prefix: `conversation:${messenger.keyScope}`,
        // The adapter calls only GET, SET and DEL, which Redis Cluster has too; its type names the single-server client.
        adapter: new RedisAdapter<VersionedState<ConversationData>>({ instance: redis as Redis, ttl: config.conversationTtlSeconds }),
      },
    }),
  );
  // /cancel runs before the conversations, so it reaches a person in the middle of one.
  guarded.command("cancel", async (ctx) => {
    const active = Object.keys(await ctx.conversation.active()).length > 0;
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t(active ? "cancelled" : "nothing-to-cancel"), { reply_markup: { remove_keyboard: true } });
  });
  // Every feature's conversations before any feature's handlers: a person in the middle of one gets their updates there.
  guarded.use(
    installConversations(
      deps,
      registrationConversations(deps),
      reviewConversations(deps),
      officialsConversations(deps),
      countiesConversations(deps),
      profileConversations(deps),
      directoryConversations(deps),
      needsConversations(deps),
      broadcastsConversations(deps),
      meetingsConversations(deps),
    ),
  );

  guarded.use(membershipFeature(deps)); // before start: it takes "/start <invite>"
  guarded.use(startFeature());
  guarded.use(languageFeature(deps));
  guarded.use(registrationFeature());
  guarded.use(reviewFeature(deps));
  guarded.use(officialsFeature(deps));
  guarded.use(countiesFeature());
  guarded.use(profileFeature(deps));
  guarded.use(directoryFeature(deps));
  guarded.use(partnersFeature(deps));
  guarded.use(coverageFeature(deps));
  guarded.use(duplicatesFeature(deps));
  guarded.use(needsFeature(deps));
  guarded.use(broadcastsFeature(deps));
  guarded.use(settingsFeature(deps));
  guarded.use(meetingsFeature(deps));
  guarded.use(kpiFeature(deps));
  guarded.use(dashboardFeature(deps));
  guarded.use(fallbackFeature());

  // Only the sequentializer and answerEveryPress run outside the boundary; log whatever fails there.
  bot.catch((error) =>
    logger.error({ err: error.error, updateId: error.ctx.update.update_id }, "update failed outside the error boundary"),
  );
  return bot;
}
