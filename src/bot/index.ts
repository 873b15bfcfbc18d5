import { type ConversationData, conversations, createConversation, type VersionedState } from "@grammyjs/conversations";
import { limit } from "@grammyjs/ratelimiter";
import { sequentialize } from "@grammyjs/runner";
import { RedisAdapter } from "@grammyjs/storage-redis";
import { Bot, type Context, type MiddlewareFn } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { telegramLocale } from "../domain/people.js";
import { installTransformers } from "./api-transformers.js";
import type { BotContext, BotConversation, ConversationContext } from "./context.js";
import { BROADCAST, broadcastConversation } from "./conversations/broadcast.js";
import { DIRECTORY_SEARCH, directorySearchConversation } from "./conversations/directory-search.js";
import { GRANT_OFFICIAL, grantOfficialConversation } from "./conversations/grant-official.js";
import {
  MEETING_AGENDA,
  MEETING_HEADCOUNT,
  MEETING_NEW,
  MEETING_OUTCOME,
  MEETING_RESCHEDULE,
  meetingAgendaConversation,
  meetingHeadcountConversation,
  meetingNewConversation,
  meetingOutcomeConversation,
  meetingRescheduleConversation,
} from "./conversations/meetings.js";
import { NEEDS_OPEN, needsOpenConversation } from "./conversations/needs-open.js";
import { NEEDS_SURVEY, needsSurveyConversation } from "./conversations/needs-survey.js";
import { NEEDS_TOPIC, needsTopicConversation } from "./conversations/needs-topic.js";
import { NGO_EDIT, ngoEditConversation } from "./conversations/ngo-edit.js";
import { REGISTRATION, registrationConversation } from "./conversations/registration.js";
import { REJECTION, rejectionConversation } from "./conversations/rejection.js";
import type { BotDeps } from "./deps.js";
import { broadcastsFeature } from "./features/broadcasts.js";
import { coverageFeature } from "./features/coverage.js";
import { directoryFeature } from "./features/directory.js";
import { duplicatesFeature } from "./features/duplicates.js";
import { fallbackFeature } from "./features/fallback.js";
import { kpiFeature } from "./features/kpi.js";
import { languageFeature } from "./features/language.js";
import { meetingsFeature } from "./features/meetings/index.js";
import { membershipFeature } from "./features/membership.js";
import { needsFeature } from "./features/needs.js";
import { officialsFeature } from "./features/officials.js";
import { partnersFeature } from "./features/partners.js";
import { profileFeature } from "./features/profile.js";
import { registrationFeature } from "./features/registration.js";
import { reviewFeature, reviewRefusals } from "./features/review.js";
import { settingsFeature } from "./features/settings.js";
import { startFeature } from "./features/start.js";
import { answerEveryPress } from "./middleware/callback-answers.js";
import { handleBotError } from "./middleware/errors.js";
import { refuseAbsurdNumbers } from "./middleware/forged-presses.js";
import { loadPerson } from "./middleware/person.js";
import { privateOnly } from "./middleware/private-only.js";

/** Builds the bot: middleware in order, then every feature, registered here and nowhere else. */
export function createBot(deps: BotDeps, options: { botInfo?: UserFromGetMe } = {}): Bot<BotContext> {
  const { config, i18n, redis, logger, services } = deps;
  const bot = new Bot<BotContext>(config.botToken, {
    client: { apiRoot: config.botApiRoot },
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  installTransformers(bot.api);

  // Updates of one chat are handled one after another (conversation state depends on it).
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  // Every button press is answered exactly once, also when nothing below did (flood limit, a handler that forgot).
  bot.use(answerEveryPress(logger));
  // Everything below runs inside the error boundary, however updates arrive (polling, webhook).
  const guarded = bot.errorBoundary(handleBotError(i18n, logger, reviewRefusals(deps)));
  guarded.use(privateOnly(i18n));
  guarded.use(
    limit({
      timeFrame: config.rateLimit.windowMs,
      limit: config.rateLimit.max,
      storageClient: redis,
      keyPrefix: "ratelimit:",
      // Called for the first update over the limit only; the presses after it are answered by answerEveryPress.
      onLimitExceeded: async (ctx: BotContext) => {
        const locale = telegramLocale(ctx.from?.language_code);
        if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: i18n.t(locale, "rate-limited") });
        else await ctx.reply(i18n.t(locale, "rate-limited"));
      },
    }),
  );
  guarded.use(loadPerson(services.people));
  guarded.use(i18n);
  guarded.use(refuseAbsurdNumbers);

  guarded.use(
    conversations<BotContext, ConversationContext>({
      storage: {
        type: "key",
        prefix: "conversation:",
        adapter: new RedisAdapter<VersionedState<ConversationData>>({ instance: redis, ttl: config.conversationTtlSeconds }),
      },
    }),
  );
  // /cancel runs before the conversations, so it reaches a person in the middle of one.
  guarded.command("cancel", async (ctx) => {
    const active = Object.keys(await ctx.conversation.active()).length > 0;
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t(active ? "cancelled" : "nothing-to-cancel"), { reply_markup: { remove_keyboard: true } });
  });
  const plugins = conversationPlugins(deps);
  guarded.use(createConversation(registrationConversation(deps), { id: REGISTRATION, plugins }));
  guarded.use(createConversation(rejectionConversation(deps), { id: REJECTION, plugins }));
  guarded.use(createConversation(grantOfficialConversation(deps), { id: GRANT_OFFICIAL, plugins }));
  guarded.use(createConversation(ngoEditConversation(deps), { id: NGO_EDIT, plugins }));
  guarded.use(createConversation(directorySearchConversation(deps), { id: DIRECTORY_SEARCH, plugins }));
  guarded.use(createConversation(needsOpenConversation(deps), { id: NEEDS_OPEN, plugins }));
  guarded.use(createConversation(needsSurveyConversation(deps), { id: NEEDS_SURVEY, plugins }));
  guarded.use(createConversation(needsTopicConversation(deps), { id: NEEDS_TOPIC, plugins }));
  guarded.use(createConversation(broadcastConversation(deps), { id: BROADCAST, plugins }));
  guarded.use(createConversation(meetingNewConversation(deps), { id: MEETING_NEW, plugins }));
  guarded.use(createConversation(meetingRescheduleConversation(deps), { id: MEETING_RESCHEDULE, plugins }));
  guarded.use(createConversation(meetingHeadcountConversation(deps), { id: MEETING_HEADCOUNT, plugins }));
  guarded.use(createConversation(meetingAgendaConversation(deps), { id: MEETING_AGENDA, plugins }));
  guarded.use(createConversation(meetingOutcomeConversation(deps), { id: MEETING_OUTCOME, plugins }));

  guarded.use(membershipFeature(deps)); // before start: it takes "/start <invite>"
  guarded.use(startFeature());
  guarded.use(languageFeature(deps));
  guarded.use(registrationFeature());
  guarded.use(reviewFeature(deps));
  guarded.use(officialsFeature(deps));
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
  guarded.use(fallbackFeature());

  // Only the sequentializer and answerEveryPress run outside the boundary; log whatever fails there.
  bot.catch((error) =>
    logger.error({ err: error.error, updateId: error.ctx.update.update_id }, "update failed outside the error boundary"),
  );
  return bot;
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
