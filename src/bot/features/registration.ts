import { menu } from "../callback-data/menu.js";
import { Composer } from "../composer.js";
import type { BotContext } from "../context.js";
import type { FeatureConversations } from "../conversations/install.js";
import { REGISTRATION, registrationConversation } from "../conversations/registration.js";
import type { BotDeps } from "../deps.js";

/** /register starts the guided NGO registration (src/bot/conversations/registration.ts). */
export function registrationFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  const start = async (ctx: BotContext) => {
    if (ctx.actor.roles.leads) {
      await ctx.reply(ctx.t("register-already-leads-short"));
      return;
    }
    await ctx.conversation.enter(REGISTRATION);
  };
  composer.command("register", start);
  composer.callbackQuery(menu.register.filter, async (ctx) => {
    await ctx.answerCallbackQuery();
    await start(ctx);
  });
  return composer;
}

/** The guided registration /register starts. */
export function registrationConversations(deps: BotDeps): FeatureConversations {
  return { [REGISTRATION]: registrationConversation(deps) };
}
